package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds' part of the bundled catalog says exactly what the seeds say: every quote stands in its seed, every figure stands in its
 * quote as the text writes it, and every figure a seed gives with a unit is in the catalog.
 */
class CatalogFidelityTest {
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();

    /** The plans of the seeds; the real texts beyond them are checked against their saved passages (RealTextsTest). */
    static Stream<Plan> plans() {
        return Seeds.plans(CATALOG);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyQuoteIsAnExactSubstringOfItsSeed(Plan plan) {
        List<Quote> quotes = Seeds.quotes(plan);
        assertTrue(quotes.size() > 0, plan::id);
        for (Quote quote : quotes) {
            assertTrue(Seeds.FILES.contains(quote.source()), () -> "unknown seed " + quote.source());
            assertTrue(Seeds.folded(quote.source()).contains(Seeds.fold(quote.text())),
                    () -> plan.id() + ": not in " + quote.source() + ": " + quote.text());
        }
    }

    /** How Vietnamese text writes a figure: a decimal comma and a thousands dot (7,5; 12.000). */
    static String vietnamese(BigDecimal figure) {
        String plain = figure.toPlainString();
        String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String fraction = plain.contains(".") ? "," + plain.substring(plain.indexOf('.') + 1) : "";
        var grouped = new StringBuilder(whole);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, '.');
        }
        return grouped + fraction;
    }

    @Test
    void vietnameseNotationOfFigures() {
        assertEquals("7,5", vietnamese(new BigDecimal("7.5")));
        assertEquals("12.000", vietnamese(new BigDecimal("12000")));
        assertEquals("3,43", vietnamese(new BigDecimal("3.43")));
        assertEquals("180", vietnamese(new BigDecimal("180")));
    }

    private static boolean standsAlone(String text, String number) {
        return Pattern.compile("(?<![\\d,.])" + Pattern.quote(number) + "(?![\\d]|[,.]\\d)").matcher(text).find();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyFigureAppearsInItsQuoteAsTheTextWritesIt(Plan plan) {
        for (Target target : plan.targets()) {
            for (BigDecimal figure : target.figures()) {
                assertTrue(standsAlone(target.quote().text(), vietnamese(figure)),
                        () -> target + " has " + vietnamese(figure) + ", not in: " + target.quote().text());
            }
            target.baseYear().ifPresent(year -> assertTrue(target.quote().text().contains("năm " + year),
                    () -> target + ": base year not in its quote"));
        }
        for (var observation : plan.observations()) {
            assertTrue(standsAlone(observation.quote().text(), vietnamese(observation.value())),
                    () -> observation + " not in: " + observation.quote().text());
            assertEquals(observation.estimate(), observation.quote().text().contains("ước"), observation::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyDeadlineAppearsInItsQuote(Plan plan) {
        for (Directive directive : plan.directives()) {
            directive.deadline().ifPresent(deadline -> {
                String written = deadline.day().isPresent()
                        ? String.format(Locale.ROOT, "%02d/%02d/%d", deadline.day().getAsInt(),
                                deadline.month().getAsInt(), deadline.year())
                        : Integer.toString(deadline.year());
                assertTrue(directive.quote().text().contains(written), () -> directive + ": " + written);
            });
        }
    }

    /** A figure with a unit in a seed: "3,43%", "180 triệu đồng", "27 giường", "11 bác sỹ". */
    private static final Pattern FIGURE_WITH_UNIT =
            Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?)\\s*(%|triệu đồng|tỷ đồng|giường|bác sỹ)");

    static Stream<String> seeds() {
        return Seeds.FILES.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFigureASeedGivesWithAUnitIsInTheCatalog(String seed) {
        var catalogFigures = new ArrayList<BigDecimal>();
        for (Plan plan : Seeds.plans(CATALOG).toList()) {
            plan.targets().stream().filter(t -> t.quote().source().equals(seed))
                    .forEach(t -> catalogFigures.addAll(t.figures()));
            plan.observations().stream().filter(o -> o.quote().source().equals(seed))
                    .forEach(o -> catalogFigures.add(o.value()));
        }
        Matcher matcher = FIGURE_WITH_UNIT.matcher(Seeds.folded(seed));
        var missing = new ArrayList<String>();
        int found = 0;
        while (matcher.find()) {
            found++;
            var figure = new BigDecimal(matcher.group(1).replace(".", "").replace(',', '.'));
            if (catalogFigures.stream().noneMatch(f -> f.compareTo(figure) == 0)) {
                missing.add(matcher.group());
            }
        }
        assertEquals(List.of(), missing, seed);
        assertEquals(catalogFigures.size(), found, () -> seed + ": the catalog has figures the seed does not give");
    }
}
