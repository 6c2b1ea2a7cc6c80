package io.github.provplan.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanReader;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.ObservationStatus;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Ranking;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format 2's targets judged as they should be, with the figures of Tây Ninh's 2026-2030 proposal
 * (src/main/resources/io/github/provplan/catalog/cong2-tay-ninh-grdp-per-capita-yearly-path.json): a yearly path year by year, a figure in
 * the unit of the target's equivalent against that equivalent, a figure before the target's year not judged.
 */
class FormatTwoEvaluationTest {
    private static final TargetEvaluator EVALUATOR = TargetEvaluator.standard();
    private static final Plan TAY_NINH = PlanReader.create()
            .read(Path.of("src/main/resources/io/github/provplan/catalog/cong2-tay-ninh-grdp-per-capita-yearly-path.json")).plans().get(0);
    private static final Quote QUOTE = Quote.of("t", "test");

    private static Target target(Relation relation) {
        return TAY_NINH.targets().stream().filter(t -> t.relation() == relation).findFirst().orElseThrow();
    }

    private static Observation perCapita(String value, Unit unit, ReportingPeriod period) {
        return new Observation("grdp-per-capita", new BigDecimal(value), unit, period, false, QUOTE);
    }

    @Test
    void aYearlyPathIsJudgedAgainstTheMilestoneOfTheFiguresYear() {
        Target path = target(Relation.PATH);
        // 2026: 133,5 triệu đồng, a plain figure for a higher-is-better indicator: met at 133.5 or more.
        Evaluation met = EVALUATOR.evaluate(path, perCapita("135", Unit.MILLION_VND, ReportingPeriod.wholeYear(2026)));
        assertEquals(Outcome.MET, met.outcome());
        assertTrue(met.explanation().contains("against the path's milestone for 2026"), met.explanation());
        // 2028: 170,2; 160 is short of it, though it is above 2027's 150.64.
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(path, perCapita("160", Unit.MILLION_VND,
                ReportingPeriod.wholeYear(2028))).outcome());
        // 2025 (dự kiến 118,25 triệu đồng): before the path begins, not due.
        Evaluation early = EVALUATOR.evaluate(path, new Observation("grdp-per-capita", Relation.PLAIN,
                new BigDecimal("118.25"), Unit.MILLION_VND, ReportingPeriod.wholeYear(2025), true,
                ObservationStatus.EXPECTED, Optional.empty(), Optional.empty(), Optional.empty(), QUOTE));
        assertEquals(Outcome.NOT_DUE, early.outcome());
    }

    @Test
    void aFigureInTheEquivalentsUnitIsJudgedAgainstTheEquivalentNeverConverted() {
        Target range = target(Relation.RANGE);   // 210-225 triệu đồng (tương đương 8.000-8.500 USD) in 2030
        Evaluation dollars = EVALUATOR.evaluate(range, perCapita("8200", Unit.USD, ReportingPeriod.wholeYear(2030)));
        assertEquals(Outcome.MET, dollars.outcome());
        assertTrue(dollars.explanation().contains("against the target's equivalent in USD"), dollars.explanation());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(range, perCapita("8600", Unit.USD,
                ReportingPeriod.wholeYear(2030))).outcome());
        // Billions of đồng convert exactly into millions: 0.215 billion is 215 million, inside the range.
        assertEquals(Outcome.MET, EVALUATOR.evaluate(range, perCapita("0.215", Unit.BILLION_VND,
                ReportingPeriod.wholeYear(2030))).outcome());
        // A target with no equivalent in dollars is never judged by dollars.
        Target income = target(Relation.ABOUT);
        IllegalArgumentException currencies = assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluate(
                income, new Observation("income-per-capita", new BigDecimal("3600"), Unit.USD,
                        ReportingPeriod.wholeYear(2030), false, QUOTE)));
        assertEquals("the observation is in 'usd', the target in 'million-vnd': currencies never convert",
                currencies.getMessage());
    }

    @Test
    void figuresBeforeTheTargetsYearAreNotDueAndAfterItAreNotItsFigures() {
        Target range = target(Relation.RANGE);
        Evaluation before = EVALUATOR.evaluate(range, perCapita("118.25", Unit.MILLION_VND,
                ReportingPeriod.wholeYear(2025)));
        assertEquals(Outcome.NOT_DUE, before.outcome());
        assertEquals("not yet due (the target is for 2030, the figure for 2025): so far, 118.25 triệu đồng does not "
                + "meet grdp-per-capita from 210 to 225 triệu đồng in 2030", before.explanation());
        assertEquals(Outcome.NOT_COMPUTABLE, EVALUATOR.evaluate(range, perCapita("230", Unit.MILLION_VND,
                ReportingPeriod.wholeYear(2031))).outcome());
    }

    @Test
    void aRankIsJudgedAsARank() {
        // "top 10 of 63": the unit rank, at most 10.
        Target top10 = new Target("pci", Relation.AT_MOST, Optional.of(BigDecimal.TEN), Optional.empty(),
                Optional.empty(), Unit.RANK, Optional.empty(), Optional.of(Ranking.of(63)),
                io.github.provplan.plan.Measure.LEVEL, YearRange.of(2025), true, java.util.OptionalInt.empty(),
                java.util.List.of(), Optional.empty(), Optional.empty(), QUOTE);
        assertEquals(Outcome.MET, EVALUATOR.evaluate(top10, new BigDecimal("5")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(top10, new BigDecimal("12")).outcome());
    }

    @Test
    void aRangeOfAverageRatesNeedsItsLowEndAndSdgProgressReachesIt() {
        // The example's "GRDP tăng bình quân 8 - 9%/năm giai đoạn 2026 - 2030", after 10% in 2026 and 9.5% in 2027.
        Target range = PlanReader.create().read(Path.of("docs/examples/example-plan.json")).plans().get(0).targets()
                .get(0);
        RateProgress progress = EVALUATOR.progress(range, new java.util.TreeMap<>(java.util.Map.of(2026,
                new BigDecimal("10"), 2027, new BigDecimal("9.5"))));
        // Five years at the low end, 8%, multiply GRDP by 1.08^5 = 1.469328; two years gave 1.10 x 1.095 = 1.2045,
        // so the three left must multiply it by 1.219866 = 1.068490^3: 6.8490% a year.
        assertEquals(new BigDecimal("6.8490"), progress.requiredAverage().orElseThrow()
                .setScale(4, java.math.RoundingMode.HALF_EVEN));
        assertEquals(Outcome.NOT_DUE, progress.outcome());
        // The average so far, 9.7494%, is above the range's high end: off track, though fast.
        assertEquals(false, progress.onTrack());
        // SDG progress takes a range's low end as its target: 100 in 2020, 120 in 2025, target 150-160 in 2030.
        Target level = Target.range("grdp-per-capita", Relation.RANGE, new BigDecimal("150"), new BigDecimal("160"),
                Unit.MILLION_VND, YearRange.of(2030), QUOTE);
        assertEquals(SdgProgress.assess(new BigDecimal("100"), 2020, new BigDecimal("120"), 2025,
                new BigDecimal("150"), 2030), SdgProgress.assess(level, new BigDecimal("100"), 2020,
                new BigDecimal("120"), 2025));
    }
}
