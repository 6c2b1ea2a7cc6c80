package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever indexes a query uses, it finds what a plain filter over every record finds, in the same order: checked
 * on the bundled catalog with questions drawn from fixed seeds.
 */
class QueryConsistencyTest {
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();
    private static final List<Hit<Target>> TARGETS = CATALOG.targets().list();
    private static final List<Hit<Directive>> DIRECTIVES = CATALOG.directives().list();
    private static final List<String> PROVINCES = List.of("Long An", "Lạng Sơn", "Tây Ninh", "lang son");
    private static final List<String> PHRASES = List.of("giao thong", "dau tu", "dau tu cong", "tinh", "ha tang giao",
            "thu ngan sach nha nuoc", "chuyen doi so", "khong co");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String canonical(String province) {
        return CATALOG.provinces().resolve(province).name();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void targetQueriesFindWhatAFilterFinds(long seed) {
        var random = new Random(seed);
        TargetQuery query = CATALOG.targets();
        List<Hit<Target>> expected = TARGETS;
        if (random.nextBoolean()) {
            String province = pick(random, PROVINCES);
            boolean predecessors = random.nextBoolean();
            var names = CATALOG.provinces().names(province, predecessors);
            query = predecessors ? query.province(province).includingPredecessors() : query.province(province);
            expected = expected.stream().filter(h -> names.contains(canonical(h.province()))).toList();
        }
        if (random.nextBoolean()) {
            String indicator = pick(random, TARGETS).item().indicator();
            query = query.indicator(indicator);
            expected = expected.stream().filter(h -> h.item().indicator().equals(indicator)).toList();
        }
        if (random.nextBoolean()) {
            int year = pick(random, List.of(2019, 2023, 2024, 2030, 2024));
            query = query.year(year);
            expected = expected.stream().filter(h -> h.item().year() == year).toList();
        }
        assertEquals(expected, query.list());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void directiveQueriesFindWhatAFilterFinds(long seed) {
        var random = new Random(seed);
        DirectiveQuery query = CATALOG.directives();
        List<Hit<Directive>> expected = DIRECTIVES;
        if (random.nextInt(3) == 0) {
            Theme theme = pick(random, DIRECTIVES).item().themes().get(0);
            query = query.theme(theme);
            expected = expected.stream().filter(h -> h.item().isAbout(theme)).toList();
        }
        if (random.nextInt(3) == 0) {
            String issuer = pick(random, DIRECTIVES).item().by().body();
            query = query.issuer(issuer);
            expected = expected.stream().filter(h -> h.item().by().body().equals(issuer)).toList();
        }
        if (random.nextInt(3) == 0) {
            String phrase = pick(random, PHRASES);
            query = query.text(phrase);
            expected = expected.stream().filter(h -> (" " + Text.words(h.item().action() + " "
                    + h.item().quote().text()) + " ").contains(" " + phrase + " ")).toList();
        }
        if (random.nextInt(3) == 0) {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1600));
            LocalDate to = from.plusDays(random.nextInt(400));
            query = query.deadlineBetween(from, to);
            expected = expected.stream().filter(h -> h.item().deadline().filter(d -> !d.firstDay().isBefore(from)
                    && !d.lastDay().isAfter(to)).isPresent()).toList();
        }
        assertEquals(expected, query.list());
    }
}
