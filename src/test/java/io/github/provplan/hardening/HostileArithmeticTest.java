package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.evaluation.EconomicStructure;
import io.github.provplan.evaluation.GrowthRates;
import io.github.provplan.evaluation.SdgProgress;
import io.github.provplan.evaluation.TargetEvaluator;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Target;
import io.github.provplan.province.Era;
import io.github.provplan.province.Province;
import io.github.provplan.province.ProvinceRegistry;
import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.indicator.Quantity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The evaluation API and unit conversion given figures and years no plan has: each either returns a documented
 * result or throws {@link IllegalArgumentException} with its own message, within a second or two.
 */
class HostileArithmeticTest {
    private static final BigDecimal HUGE_EXPONENT = new BigDecimal("1E+2147483647");
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();
    private static final TargetEvaluator EVALUATOR = TargetEvaluator.of(CATALOG.indicators());
    private static final Target LEVEL = CATALOG.targets().list().stream().map(Hit::item)
            .filter(t -> t.relation().hasFigure() && !t.isAverageAnnual() && !t.isChangeSinceBaseYear()).findFirst()
            .orElseThrow();
    private static final Target AVERAGE = CATALOG.targets().list().stream().map(Hit::item)
            .filter(t -> t.isAverageAnnual() && t.relation().hasFigure()).findFirst().orElseThrow();

    /** Asserts an IllegalArgumentException whose message has {@code words}, thrown within two seconds. */
    private static void refused(String words, Executable call) {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(IllegalArgumentException.class, call));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void figuresBeyondADocumentsAreRefusedBeforeAnyArithmetic() {
        refused("actual: figure 1E+2147483647 is too large (at most 10^18)", () -> EVALUATOR.evaluate(LEVEL,
                HUGE_EXPONENT));
        refused("actual: figure 1E-2147483647 has more than 12 decimal places", () -> EVALUATOR.evaluate(LEVEL,
                new BigDecimal("1E-2147483647")));
        refused("ratesByYear value for " + AVERAGE.period().start() + ": figure 1E+1000 is too large",
                () -> EVALUATOR.progress(AVERAGE, new TreeMap<>(Map.of(AVERAGE.period().start(),
                        new BigDecimal("1E+1000")))));
        refused("annualRatesPercent[0]: figure 1E+100000000 is too large",
                () -> GrowthRates.average(List.of(new BigDecimal("1E+100000000"))));
        refused("level: figure", () -> EVALUATOR.evaluateChange(LEVEL, BigDecimal.ONE, HUGE_EXPONENT));
        refused("fraction: figure", () -> EVALUATOR.withAboutTolerance(new BigDecimal("5E-999999999")));
        refused("value: figure", () -> Unit.BILLION_VND.convert(HUGE_EXPONENT, Unit.MILLION_VND));
        refused("shares value for 'grdp-industry-construction': figure", () -> EconomicStructure.of(
                CATALOG.indicators(), "grdp", Map.of("grdp-industry-construction", HUGE_EXPONENT)));
        refused("baseline: figure", () -> SdgProgress.assess(HUGE_EXPONENT, 2020, BigDecimal.TEN, 2025,
                BigDecimal.ONE, 2030));
    }

    @Test
    void yearsAndRatesOutsideWhatAPlanMeansAreRefused() {
        refused("periodYears: 2147483647 years is outside 1..1000",
                () -> GrowthRates.requiredAverage(BigDecimal.valueOf(7), Integer.MAX_VALUE, List.of()));
        refused("periodYears: 0 years", () -> GrowthRates.requiredAverage(BigDecimal.valueOf(7), 0, List.of()));
        refused("targetAveragePercent: a rate of -100% leaves nothing to grow",
                () -> GrowthRates.requiredAverage(BigDecimal.valueOf(-100), 5, List.of()));
        refused("targetAveragePercent: a rate of -250% leaves nothing to grow",
                () -> GrowthRates.requiredAverage(BigDecimal.valueOf(-250), 4, List.of()));
        refused("achievedRatesPercent[1]: a rate of -100%",
                () -> GrowthRates.requiredAverage(BigDecimal.ONE, 5, List.of(BigDecimal.ONE,
                        BigDecimal.valueOf(-100))));
        refused("annualRatesPercent: 2147483647 years is outside 1..1000",
                () -> GrowthRates.average(Collections.nCopies(Integer.MAX_VALUE, BigDecimal.ONE)));
        refused("achievedRatesPercent: 2147483647 rates", () -> GrowthRates.requiredAverage(BigDecimal.ONE, 5,
                Collections.nCopies(Integer.MAX_VALUE, BigDecimal.ONE)));
        refused("baselineYear: year -2147483648 is outside 1900-2200", () -> SdgProgress.assess(BigDecimal.ONE,
                Integer.MIN_VALUE, BigDecimal.TEN, 2025, BigDecimal.valueOf(20), Integer.MAX_VALUE));
        refused("targetYear: year 2147483647", () -> SdgProgress.assessProjected(BigDecimal.ONE, 2020,
                BigDecimal.TEN, 2025, BigDecimal.valueOf(20), Integer.MAX_VALUE));
    }

    @Test
    void extremeButBoundedFiguresGiveNumbers() {
        BigDecimal most = new BigDecimal("1000000000000000000");
        // A product of 1000 factors of 10^16 is 10^16000, far beyond a double: the root's first guess comes from
        // the decimal exponent, and the average is the rate itself.
        BigDecimal average = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> GrowthRates.average(Collections.nCopies(1000, most)));
        assertClose(most, average);
        BigDecimal least = new BigDecimal("-99.9999999");
        assertClose(least, GrowthRates.average(Collections.nCopies(400, least)));
        // Over 1000 years at 10^18 %, with nothing achieved yet, the remaining years need the same rate.
        assertClose(most, assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> GrowthRates.requiredAverage(most, 1000, List.of())));
        // One year left after 999 years of near -100%: the last year must make up for all of them. The answer
        // is about 10^9,000 %, and comes as a number, without a place after the point.
        BigDecimal catchUp = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> GrowthRates.requiredAverage(BigDecimal.ONE, 1000, Collections.nCopies(999, least)));
        assertTrue(catchUp.precision() > 8_000 && catchUp.scale() == 0, () -> catchUp.precision() + " digits");
        // Ordinary figures are as before: 5% and 7% average 5.9953%, √(1.05 × 1.07) − 1 to 10 places.
        assertEquals(new BigDecimal("5.9952829139"), GrowthRates.average(List.of(BigDecimal.valueOf(5),
                BigDecimal.valueOf(7))));
        // The largest figure converts exactly: 10^18 million tonnes are 10^24 tonnes, and back.
        BigDecimal tonnes = Unit.MILLION_TONNES.convert(most, Unit.TONNES);
        assertEquals(0, new BigDecimal("1000000000000000000000000").compareTo(tonnes), tonnes::toString);
        assertEquals(new BigDecimal("0.000001"), Unit.TONNES.convert(BigDecimal.ONE, Unit.MILLION_TONNES));
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual) {
        BigDecimal error = expected.subtract(actual).abs();
        assertTrue(error.compareTo(expected.abs().movePointLeft(20)) <= 0, () -> expected + " vs " + actual);
    }

    @Test
    void aUnitOfNoRegistryIsRefusedByName() {
        ProvinceRegistry registry = ProvinceRegistry.bundled();
        Province stranger = new Province("99", "Atlantis", Era.FROM_JULY_2025, false, List.of(),
                List.of("Lost Land"));
        refused("Atlantis (99, from 1 July 2025) is not a unit of this registry",
                () -> registry.predecessors(stranger));
        refused("is not a unit of this registry", () -> registry.successor(stranger));
        Province tayNinh = registry.find("Tây Ninh", Era.FROM_JULY_2025).orElseThrow();
        assertEquals(List.of("Long An", "Tây Ninh"), registry.predecessors(tayNinh).stream().map(Province::name)
                .sorted().toList());
    }

    @org.junit.jupiter.api.Test
    void anAverageOfOneRateIsThatRateAndAnAverageAboveMinusHundredStaysAbove() {
        var rate = new java.math.BigDecimal("7.123456789012");
        org.junit.jupiter.api.Assertions.assertEquals(rate, io.github.provplan.evaluation.GrowthRates.average(
                java.util.Collections.nCopies(5, rate)));
        var nearly = new java.math.BigDecimal("-99.999999999999");
        org.junit.jupiter.api.Assertions.assertEquals(nearly, io.github.provplan.evaluation.GrowthRates.average(
                java.util.List.of(nearly)));
        var mixed = io.github.provplan.evaluation.GrowthRates.average(java.util.List.of(nearly,
                new java.math.BigDecimal("-99.999999999998")));
        // (1e-14 * 2e-14)^(1/2) = 1.41421356...e-14: -99.99999999999858578..., 12 places rounded up.
        org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal("-99.999999999998"), mixed);
    }

    @org.junit.jupiter.api.Test
    void anEconomicStructureRefusesWhatNoStructureIs() {
        var one = java.util.Map.of("a", java.math.BigDecimal.ONE);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new io.github.provplan.evaluation.EconomicStructure("\u200b", one, java.util.List.of("a")));
        org.junit.jupiter.api.Assertions.assertEquals("the share of 'a' must lie between 0 and 100, not -500",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new io.github.provplan.evaluation.EconomicStructure("grdp", java.util.Map.of("a",
                                new java.math.BigDecimal("-500")), java.util.List.of("a"))).getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new io.github.provplan.evaluation.EconomicStructure("grdp", one, java.util.List.of("a", "a")));
    }

    /**
     * Scales at the ends of {@code int} are refused as -19 is, by the model and in a file: Integer.MIN_VALUE, whose
     * absolute value is itself, once passed the check and made figures of ten to the two billionth power.
     */
    @Test
    void aScaleOutsideEighteenIsRefusedAtTheEndsOfInt() {
        for (int scale : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -19, 19, Integer.MAX_VALUE}) {
            refused("scale " + scale + " is outside -18..18",
                    () -> Unit.of("weird-vnd", Quantity.MONEY, Optional.of("VND"), scale, "w"));
            String json = "{\"formatVersion\": 2, \"units\": [{\"code\": \"weird-vnd\", \"quantity\": \"money\", "
                    + "\"of\": \"VND\", \"scale\": " + scale + ", \"symbol\": \"w\"}], \"plans\": []}";
            var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().read(
                    new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "units.json"));
            assertEquals("/units/0/scale", e.problems().get(0).pointer(), e.getMessage());
            assertTrue(e.problems().get(0).message().contains("is outside -18..18"), e.getMessage());
        }
        assertEquals(new BigDecimal("1E+18"), Unit.of("most-vnd", Quantity.MONEY, Optional.of("VND"), 18, "m")
                .convert(BigDecimal.ONE, Unit.of("least-vnd", Quantity.MONEY, Optional.of("VND"), 0, "l")));
    }
}
