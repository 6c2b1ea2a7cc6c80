package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
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
        return LongStream.rangeClosed(1, 400);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Whether a record's plan is about one of the areas: by the plan's scope, in the scope's era. */
    private static boolean about(Hit<?> hit, java.util.Set<String> areas) {
        return CATALOG.areasOf(hit.plan()).stream().anyMatch(areas::contains);
    }

    /** The areas a query for a province matches, as the catalog resolves the name. */
    private static java.util.Set<String> areas(String province, boolean predecessors) {
        return CATALOG.areaKeys(province, java.util.Optional.empty(), predecessors, false);
    }

    /**
     * A province, then an indicator and perhaps a year, with nothing else: the province's finer index is the answer,
     * taken with no search. It must be what the search finds when the indicator comes first, and what a filter finds,
     * for every area the catalog's plans are about (and a name spelled otherwise), every indicator its targets use,
     * every year they have and a year they do not.
     */
    @Test
    void aProvinceThenAnIndicatorFindsWhatTheSearchFinds() {
        var indicators = TARGETS.stream().map(h -> h.item().indicator()).distinct().toList();
        var years = new ArrayList<Integer>(TARGETS.stream().map(h -> h.item().year()).distinct().toList());
        years.add(2019);
        var provinces = new ArrayList<>(PROVINCES);
        CATALOG.plans().list().stream().map(io.github.provplan.plan.Plan::province).distinct().forEach(provinces::add);
        int found = 0;
        for (String province : provinces) {
            var names = areas(province, false);
            for (String indicator : indicators) {
                var expected = TARGETS.stream()
                        .filter(h -> about(h, names) && h.item().indicator().equals(indicator)).toList();
                assertAnswers(expected, CATALOG.targets().province(province).indicator(indicator));
                assertEquals(expected, CATALOG.targets().indicator(indicator).province(province).list());
                for (int year : years) {
                    var ofYear = expected.stream().filter(h -> h.item().year() == year).toList();
                    assertAnswers(ofYear, CATALOG.targets().province(province).indicator(indicator).year(year));
                    assertAnswers(ofYear, CATALOG.targets().province(province).year(year).indicator(indicator));
                    assertEquals(ofYear, CATALOG.targets().indicator(indicator).year(year).province(province).list());
                    found += ofYear.size();
                }
            }
        }
        // Each target has one year, so the years together found each of a province's targets once.
        long expected = provinces.stream().mapToLong(p -> TARGETS.stream().filter(h -> about(h, areas(p, false)))
                .count()).sum();
        assertTrue(expected > TARGETS.size(), "every target once, some twice: " + expected);
        assertEquals(expected, found);
    }

    private static void assertAnswers(List<Hit<Target>> expected, TargetQuery query) {
        assertEquals(expected, query.list());
        assertEquals(expected, query.stream().toList());
        assertEquals(expected.size(), query.count());
        assertEquals(expected.stream().findFirst(), query.first());
    }

    /**
     * Conditions in a random order, an indicator or a year sometimes asked twice (both must hold) and beside a kind of
     * plan, whose index may have fewer candidates than the province's: the finer indexes by province, indicator
     * and year must answer only what they answer.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void targetQueriesFindWhatAFilterFinds(long seed) {
        var random = new Random(seed);
        var conditions = new ArrayList<UnaryOperator<TargetQuery>>();
        var tests = new ArrayList<Predicate<Hit<Target>>>();
        if (random.nextBoolean()) {
            String province = pick(random, PROVINCES);
            boolean predecessors = random.nextBoolean();
            var names = areas(province, predecessors);
            conditions.add(q -> predecessors ? q.province(province).includingPredecessors() : q.province(province));
            tests.add(h -> about(h, names));
        }
        for (int i = random.nextInt(4) == 0 ? 2 : 1; i > 0; i--) {
            if (random.nextBoolean()) {
                String indicator = random.nextInt(4) == 0 ? "grdp-growth" : pick(random, TARGETS).item().indicator();
                conditions.add(q -> q.indicator(indicator));
                tests.add(h -> h.item().indicator().equals(indicator));
            }
            if (random.nextBoolean()) {
                int year = random.nextInt(4) == 0 ? pick(random, TARGETS).item().year()
                        : pick(random, List.of(2019, 2023, 2024, 2025, 2030));
                conditions.add(q -> q.year(year));
                tests.add(h -> h.item().year() == year);
            }
        }
        if (random.nextInt(4) == 0) {
            var kind = pick(random, TARGETS).plan().kind();
            conditions.add(q -> q.planKind(kind));
            tests.add(h -> h.plan().kind() == kind);
        }
        if (random.nextInt(4) == 0) {
            var relation = pick(random, TARGETS).item().relation();
            conditions.add(q -> q.relation(relation));
            tests.add(h -> h.item().relation() == relation);
        }
        Collections.shuffle(conditions, random);
        TargetQuery query = CATALOG.targets();
        for (var condition : conditions) {
            query = condition.apply(query);
        }
        List<Hit<Target>> expected = TARGETS.stream().filter(h -> tests.stream().allMatch(t -> t.test(h))).toList();
        assertEquals(expected, query.list());
        assertEquals(expected, query.stream().toList());
        assertEquals(expected.size(), query.count());
        assertEquals(expected.stream().findFirst(), query.first());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void directiveQueriesFindWhatAFilterFinds(long seed) {
        var random = new Random(seed);
        // Conditions in a random order: the index by issuer and theme must answer them asked either way round.
        var conditions = new ArrayList<UnaryOperator<DirectiveQuery>>();
        var tests = new ArrayList<Predicate<Hit<Directive>>>();
        if (random.nextBoolean()) {
            String province = pick(random, PROVINCES);
            conditions.add(q -> q.province(province));
            tests.add(h -> about(h, areas(province, false)));
        }
        for (int i = random.nextInt(3) == 0 ? 2 : 1; i > 0; i--) {
            if (random.nextInt(3) > 0) {
                Theme theme = pick(random, DIRECTIVES).item().themes().get(0);
                Theme other = pick(random, List.of(Theme.values()));
                Theme[] themes = random.nextBoolean() ? new Theme[] {theme} : new Theme[] {theme, other};
                conditions.add(q -> q.theme(themes));
                tests.add(h -> List.of(themes).stream().anyMatch(h.item()::isAbout));
            }
            if (random.nextInt(3) > 0) {
                var by = pick(random, DIRECTIVES).item().by();
                String issuer = random.nextBoolean() ? by.body() : by.person().map(Text::words).orElse(by.body());
                conditions.add(q -> q.issuer(issuer));
                tests.add(h -> Text.words(h.item().by().body()).equals(Text.words(issuer))
                        || h.item().by().person().map(Text::words).filter(Text.words(issuer)::equals).isPresent());
            }
        }
        if (random.nextInt(3) == 0) {
            String phrase = pick(random, PHRASES);
            conditions.add(q -> q.text(phrase));
            // In the action or in the quote: a phrase does not run from one into the other.
            tests.add(h -> java.util.stream.Stream.of(h.item().action(), h.item().quote().text())
                    .anyMatch(text -> (" " + Text.words(text) + " ").contains(" " + phrase + " ")));
        }
        if (random.nextInt(3) == 0) {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1600));
            LocalDate to = from.plusDays(random.nextInt(400));
            conditions.add(q -> q.deadlineBetween(from, to));
            tests.add(h -> h.item().deadline().filter(d -> !d.firstDay().isBefore(from)
                    && !d.lastDay().isAfter(to)).isPresent());
        }
        Collections.shuffle(conditions, random);
        DirectiveQuery query = CATALOG.directives();
        for (var condition : conditions) {
            query = condition.apply(query);
        }
        List<Hit<Directive>> expected = DIRECTIVES.stream().filter(h -> tests.stream().allMatch(t -> t.test(h)))
                .toList();
        assertEquals(expected, query.list());
        assertEquals(expected.size(), query.count());
        assertEquals(expected.stream().findFirst(), query.first());
    }
}
