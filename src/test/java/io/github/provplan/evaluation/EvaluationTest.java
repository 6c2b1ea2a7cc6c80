package io.github.provplan.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Evaluations against expectations worked out by hand; each comment shows the arithmetic. */
class EvaluationTest {
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();
    private static final TargetEvaluator EVALUATOR = TargetEvaluator.standard();
    private static final Quote QUOTE = Quote.of("test", "test");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal round(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP);
    }

    private static Target masterPlanTarget(String indicator) {
        return CATALOG.targets().plan("long-an-master-plan-2021-2030").indicator(indicator).first().orElseThrow()
                .item();
    }

    @Test
    void firstHalf2023GrdpEstimateAgainstTheNinePercentPlanTarget() {
        Target ninePercent = masterPlanTarget(Indicators.GRDP_GROWTH);
        Observation firstHalf = CATALOG.observations().indicator(Indicators.GRDP_GROWTH).first().orElseThrow().item();
        Evaluation evaluation = EVALUATOR.evaluate(ninePercent, firstHalf);
        // The target is for 2021-2030: a figure for 2023-H1 does not judge it. So far, as a plain figure for a
        // higher-is-better indicator is met at 9 or more, 3.43 is 5.57 points short.
        assertEquals(Outcome.NOT_DUE, evaluation.outcome());
        assertEquals(Optional.of(d("3.43")), evaluation.actual());
        assertEquals("not yet due (the target is for 2021-2030, the figure for 2023-H1): so far, 3.43 % does not "
                + "meet grdp-growth at least 9 %/năm in 2021-2030, as the plan's figure for an indicator where higher "
                + "is better", evaluation.explanation());
    }

    @Test
    void rangeTargetIsMetAtBothBoundsAndMissedJustOutside() {
        Target range = Target.range(Indicators.GRDP_GROWTH, Relation.RANGE, d("8"), d("9"), Unit.PERCENT_PER_YEAR,
                YearRange.of(2026, 2030), QUOTE);
        assertEquals(Outcome.MET, EVALUATOR.evaluate(range, d("8")).outcome());
        assertEquals(Outcome.MET, EVALUATOR.evaluate(range, d("9")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(range, d("7.99")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(range, d("9.01")).outcome());
    }

    @Test
    void aboutRangeAllowsTheToleranceOutsideEachBound() {
        Target aboutRange = Target.range(Indicators.GRDP_PER_CAPITA, Relation.ABOUT_RANGE, d("140"), d("160"),
                Unit.MILLION_VND, YearRange.of(2030), QUOTE);
        // 5% of 140 is 7, so the low end is 133; 5% of 160 is 8, so the high end is 168.
        assertEquals(Outcome.MET, EVALUATOR.evaluate(aboutRange, d("133")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(aboutRange, d("132.99")).outcome());
        assertEquals(Outcome.MET, EVALUATOR.evaluate(aboutRange, d("168")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(aboutRange, d("168.01")).outcome());
        // With a 1% tolerance: 138.6 to 161.6.
        var strict = EVALUATOR.withAboutTolerance(d("0.01"));
        assertEquals(Outcome.NOT_MET, strict.evaluate(aboutRange, d("138.5")).outcome());
        assertEquals(Outcome.MET, strict.evaluate(aboutRange, d("161.6")).outcome());
    }

    @Test
    void everyRelationWithOneFigure() {
        Target above = masterPlanTarget(Indicators.GRDP_PER_CAPITA);   // above 180
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(above, d("180")).outcome());
        assertEquals(Outcome.MET, EVALUATOR.evaluate(above, d("180.1")).outcome());
        Target about = masterPlanTarget(Indicators.GRDP_SHARE_AGRICULTURE);   // about 7.5: 7.125 to 7.875
        assertEquals(Outcome.MET, EVALUATOR.evaluate(about, d("7.125")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(about, d("7.9")).outcome());
        Target atLeast = CATALOG.targets().indicator(Indicators.AGRICULTURE_GROWTH).first().orElseThrow().item();
        assertEquals(Outcome.MET, EVALUATOR.evaluate(atLeast, d("2.5")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(atLeast, d("2.49")).outcome());
        Target below = Target.of("poverty-rate", Relation.BELOW, d("1"), Unit.PERCENT, YearRange.of(2030), QUOTE);
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(below, d("1")).outcome());
        assertEquals(Outcome.MET, EVALUATOR.evaluate(below, d("0.99")).outcome());
        Target atMost = Target.of("poverty-rate", Relation.AT_MOST, d("1"), Unit.PERCENT, YearRange.of(2030), QUOTE);
        assertEquals(Outcome.MET, EVALUATOR.evaluate(atMost, d("1")).outcome());
        // Plain, lower is better: the PCI rank 10 is met by rank 8, not by rank 12.
        Target rank = Target.of(Indicators.PCI, Relation.PLAIN, d("10"), Unit.RANK, YearRange.of(2025), QUOTE);
        assertEquals(Outcome.MET, EVALUATOR.evaluate(rank, d("8")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(rank, d("12")).outcome());
        // Plain share: judged as "about".
        Target share = Target.of(Indicators.GRDP_SHARE_SERVICES, Relation.PLAIN, d("20"), Unit.PERCENT,
                YearRange.of(2030), QUOTE);
        assertEquals(Outcome.MET, EVALUATOR.evaluate(share, d("21")).outcome());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluate(share, d("22")).outcome());
    }

    @Test
    void qualitativeTargetsAreNotComputable() {
        Target pci = CATALOG.targets().province("Long An").indicator(Indicators.PCI).year(2023).first().orElseThrow()
                .item();
        Evaluation evaluation = EVALUATOR.evaluate(pci, d("5"));
        assertEquals(Outcome.NOT_COMPUTABLE, evaluation.outcome());
        assertEquals("the target is qualitative (“trở lại nhóm đầu cả nước”): there is no figure to compare",
                evaluation.explanation());
    }

    @Test
    void baseYearTargetFromTheTwoLevels() {
        Target revenue = CATALOG.targets().indicator(Indicators.STATE_BUDGET_REVENUE).first().orElseThrow().item();
        // Above 12% on 2023: from 20,000 to 22,500 is +12.5%, met; to 22,400 is exactly +12%, not above.
        Evaluation met = EVALUATOR.evaluateChange(revenue, d("20000"), d("22500"));
        assertEquals(Outcome.MET, met.outcome());
        assertEquals(Optional.of(d("12.5")), met.actual());
        assertEquals(Outcome.NOT_MET, EVALUATOR.evaluateChange(revenue, d("20000"), d("22400")).outcome());
        assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluateChange(
                masterPlanTarget(Indicators.GRDP_PER_CAPITA), d("100"), d("200")));
    }

    @Test
    void averageRatesAreGeometric() {
        // √(1.05 × 1.07) − 1 = √1.1235 − 1 = 0.0599528...: 5.9953%, not the arithmetic 6%.
        assertEquals(d("5.9953"), round(GrowthRates.average(List.of(d("5"), d("7"))), 4));
        // Four years of 2.5, 8, 7.2 and −1: (1.025 × 1.08 × 1.072 × 0.99)^(1/4) − 1 = 4.1105%; arithmetic 4.175.
        assertEquals(d("4.1105"), round(GrowthRates.average(List.of(d("2.5"), d("8"), d("7.2"), d("-1"))), 4));
    }

    @Test
    void averageRateLongAnStillNeedsFor2025To2030() {
        Target ninePercent = masterPlanTarget(Indicators.GRDP_GROWTH);
        var rates = new TreeMap<Integer, BigDecimal>(Map.of(2021, d("5"), 2022, d("5"), 2023, d("5"), 2024, d("5")));
        RateProgress progress = EVALUATOR.progress(ninePercent, rates);
        // Ten years at 9% multiply GRDP by 1.09^10 = 2.367364; four years at 5% by 1.05^4 = 1.215506.
        // The six years left must multiply it by 2.367364 / 1.215506 = 1.947636, which is 1.117510^6: 11.7510%.
        assertEquals(4, progress.yearsAchieved());
        assertEquals(6, progress.yearsLeft());
        assertEquals(0, d("5").compareTo(progress.achievedAverage()));
        assertEquals(d("11.7510"), round(progress.requiredAverage().orElseThrow(), 4));
        // Six years are left: not yet due, and 5% a year so far is below 9%: off track.
        assertEquals(Outcome.NOT_DUE, progress.outcome());
        assertFalse(progress.onTrack());
        assertThrows(IllegalArgumentException.class, () -> EVALUATOR.progress(ninePercent,
                new TreeMap<>(Map.of(2021, d("5"), 2023, d("5")))));
        // One year at 5%: nine left must multiply GRDP by 2.367364 / 1.05 = 2.254632, which is 1.094537^9: 9.4537%.
        RateProgress oneYear = EVALUATOR.progress(ninePercent, new TreeMap<>(Map.of(2021, d("5"))));
        assertEquals(d("9.4537"), round(oneYear.requiredAverage().orElseThrow(), 4));
        assertTrue(oneYear.toString().startsWith("grdp-growth: 5 %/năm over 1 year, 9.4537"), oneYear::toString);
        assertTrue(oneYear.toString().contains(" %/năm needed in the 9 years left (not-due, off track)"),
                oneYear::toString);
    }

    @Test
    void sdgGrowthRateRatioMethodWorkedByHand() {
        // Baseline 20 in 2015, target 40 in 2030: required rate 2^(1/15) − 1 = 4.7294%.
        // Current 25 in 2020: actual rate 1.25^(1/5) − 1 = 4.5640%; ratio 0.9650, substantial progress.
        ProgressAssessment at25 = SdgProgress.assess(d("20"), 2015, d("25"), 2020, d("40"), 2030);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, at25.status());
        assertEquals(d("0.9650"), round(at25.ratio().orElseThrow(), 4));
        assertEquals(d("4.5640"), round(at25.actualRate(), 4));
        assertEquals(d("4.7294"), round(at25.requiredRate(), 4));
        // Current 24: 1.2^(1/5) − 1 = 3.7137%, ratio 0.7852, moderate.
        assertEquals(ProgressStatus.MODERATE_PROGRESS, SdgProgress.assess(d("20"), 2015, d("24"), 2020, d("40"), 2030)
                .status());
        // Current 22: 1.1^(1/5) − 1 = 1.9245%, ratio 0.4069, limited.
        assertEquals(d("0.4069"), round(SdgProgress.assess(d("20"), 2015, d("22"), 2020, d("40"), 2030).ratio()
                .orElseThrow(), 4));
        // Current 18: the rate is negative, deterioration; current 40: achieved.
        assertEquals(ProgressStatus.DETERIORATION, SdgProgress.assess(d("20"), 2015, d("18"), 2020, d("40"), 2030)
                .status());
        assertEquals(ProgressStatus.TARGET_ACHIEVED, SdgProgress.assess(d("20"), 2015, d("40"), 2020, d("40"), 2030)
                .status());
    }

    @Test
    void sdgProjectionMethodWorkedByHand() {
        // From 20 (2015) to 25 (2020) the rate is 1.25^(1/5) per year; ten more years give 25 × 1.25^2 = 39.0625.
        // That covers (39.0625 − 20) / (40 − 20) = 0.953125 of the required change: substantial progress.
        ProgressAssessment projected = SdgProgress.assessProjected(d("20"), 2015, d("25"), 2020, d("40"), 2030);
        assertEquals(d("39.0625"), round(projected.projected().orElseThrow(), 4));
        assertEquals(d("0.953125"), round(projected.ratio().orElseThrow(), 6));
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, projected.status());
    }

    @Test
    void sdgProgressOfACatalogTarget() {
        // 27 hospital beds per 10,000 people by 2030; say 20 in 2020 and 23 in 2025.
        // Required (27/20)^(1/10) − 1 = 3.0465%; actual (23/20)^(1/5) − 1 = 2.8346%; ratio 0.9305: moderate.
        Target beds = masterPlanTarget(Indicators.HOSPITAL_BEDS_PER_10000);
        ProgressAssessment assessment = SdgProgress.assess(beds, d("20"), 2020, d("23"), 2025);
        assertEquals(d("0.9305"), round(assessment.ratio().orElseThrow(), 4));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, assessment.status());
    }

    @Test
    void economicStructureSumsCompletenessAndGaps() {
        IndicatorRegistry indicators = CATALOG.indicators();
        var observed = EconomicStructure.of(indicators, Indicators.GRDP_STRUCTURE, Map.of(
                Indicators.GRDP_SHARE_AGRICULTURE, d("16.41"), Indicators.GRDP_SHARE_INDUSTRY, d("50.92"),
                Indicators.GRDP_SHARE_SERVICES, d("27.13")));
        var planned = EconomicStructure.of(indicators, Indicators.GRDP_STRUCTURE, Map.of(
                Indicators.GRDP_SHARE_AGRICULTURE, d("7.5"), Indicators.GRDP_SHARE_INDUSTRY, d("61.8"),
                Indicators.GRDP_SHARE_SERVICES, d("24.2"), Indicators.GRDP_SHARE_TAXES, d("6.5")));
        assertEquals(d("94.46"), observed.sum());
        assertEquals(false, observed.isComplete());
        assertEquals(List.of(Indicators.GRDP_SHARE_TAXES), observed.missing());
        assertEquals(0, d("100").compareTo(planned.sum()));
        assertTrue(planned.isComplete());
        // 16.41 − 7.5 = 8.91; 50.92 − 61.8 = −10.88; 27.13 − 24.2 = 2.93 (in the registry's order of codes).
        assertEquals(Map.of(Indicators.GRDP_SHARE_AGRICULTURE, d("8.91"), Indicators.GRDP_SHARE_INDUSTRY, d("-10.88"),
                Indicators.GRDP_SHARE_SERVICES, d("2.93")), observed.gapTo(planned));
    }
}
