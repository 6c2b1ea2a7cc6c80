package io.github.provplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.indicator.Indicators;
import io.github.provplan.indicator.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ModelTest {
    private static final Quote QUOTE = Quote.of("khu vực nông, lâm, thủy sản khoảng 7,5%", "003_0227d8db9f58ceca.txt");

    @Test
    void figuresCompareByValue() {
        var a = Target.of(Indicators.GRDP_SHARE_AGRICULTURE, Relation.ABOUT, new BigDecimal("7.50"), Unit.PERCENT,
                YearRange.of(2030), QUOTE);
        var b = Target.of(Indicators.GRDP_SHARE_AGRICULTURE, Relation.ABOUT, new BigDecimal("7.5"), Unit.PERCENT,
                YearRange.of(2030), QUOTE);
        assertEquals(a, b);
        assertEquals(new BigDecimal("7.5"), a.value().orElseThrow());
        var hundred = Target.of(Indicators.GRDP_SHARE_AGRICULTURE, Relation.PLAIN, new BigDecimal("1E+2"),
                Unit.PERCENT, YearRange.of(2030), QUOTE);
        assertEquals("100", hundred.value().orElseThrow().toString());
    }

    @Test
    void aFigureAlreadyNormalIsKeptAsGiven() {
        var given = new BigDecimal("7.5");
        var target = Target.of(Indicators.GRDP_SHARE_AGRICULTURE, Relation.ABOUT, given, Unit.PERCENT,
                YearRange.of(2030), QUOTE);
        assertSame(given, target.value().orElseThrow());
        var withZero = new BigDecimal("7.50");
        var normalized = Target.of(Indicators.GRDP_SHARE_AGRICULTURE, Relation.ABOUT, withZero, Unit.PERCENT,
                YearRange.of(2030), QUOTE).value().orElseThrow();
        assertEquals(1, normalized.scale());
        assertNotSame(withZero, normalized);
    }

    @Test
    void anOptionalFigureAlreadyNormalIsKeptAsGiven() {
        Optional<BigDecimal> low = Optional.of(new BigDecimal("8.5"));
        Optional<BigDecimal> high = Optional.of(new BigDecimal("9.50"));
        var target = new Target(Indicators.GRDP_GROWTH, Relation.RANGE, Optional.empty(), low, high,
                Unit.PERCENT_PER_YEAR, YearRange.of(2021, 2025), OptionalInt.empty(), Optional.empty(), QUOTE);
        assertSame(low, target.low());
        assertNotSame(high, target.high());
        assertEquals("9.5", target.high().orElseThrow().toString());
        assertEquals(Optional.empty(), target.value());
        var e = assertThrows(NullPointerException.class, () -> new Target(Indicators.GRDP_GROWTH, Relation.RANGE,
                null, low, high, Unit.PERCENT_PER_YEAR, YearRange.of(2021, 2025), OptionalInt.empty(),
                Optional.empty(), QUOTE));
        assertEquals("value", e.getMessage());
    }

    @Test
    void rangeNeedsLowNotAboveHigh() {
        var e = assertThrows(IllegalArgumentException.class, () -> Target.range(Indicators.GRDP_GROWTH,
                Relation.RANGE, new BigDecimal("9"), new BigDecimal("8"), Unit.PERCENT_PER_YEAR,
                YearRange.of(2021, 2025), QUOTE));
        assertEquals("low: low 9 is above high 8", e.getMessage());
    }

    @Test
    void relationDecidesWhichFiguresATargetHas() {
        assertThrows(IllegalArgumentException.class, () -> new Target(Indicators.PCI, Relation.QUALITATIVE,
                Optional.of(BigDecimal.ONE), Optional.empty(), Optional.empty(), Unit.RANK, YearRange.of(2023),
                OptionalInt.empty(), Optional.of("nhóm đầu"), QUOTE));
        assertThrows(IllegalArgumentException.class, () -> new Target(Indicators.PCI, Relation.QUALITATIVE,
                Optional.empty(), Optional.empty(), Optional.empty(), Unit.RANK, YearRange.of(2023),
                OptionalInt.empty(), Optional.empty(), QUOTE));
        assertThrows(IllegalArgumentException.class, () -> new Target(Indicators.GRDP_GROWTH, Relation.ABOVE,
                Optional.empty(), Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TEN), Unit.PERCENT,
                YearRange.of(2023), OptionalInt.empty(), Optional.empty(), QUOTE));
    }

    @Test
    void averageAnnualRateSpansSeveralYears() {
        var target = Target.of(Indicators.GRDP_GROWTH, Relation.PLAIN, new BigDecimal("9"), Unit.PERCENT_PER_YEAR,
                YearRange.of(2021, 2030), QUOTE);
        assertTrue(target.isAverageAnnual());
        assertEquals(2030, target.year());
        assertThrows(IllegalArgumentException.class, () -> Target.of(Indicators.GRDP_GROWTH, Relation.PLAIN,
                new BigDecimal("9"), Unit.PERCENT_PER_YEAR, YearRange.of(2030), QUOTE));
    }

    @Test
    void baseYearComesBeforeTheTargetAndTheChangeIsInPercent() {
        var target = Target.changeSince(Indicators.STATE_BUDGET_REVENUE, Relation.ABOVE, new BigDecimal("12"), 2023,
                YearRange.of(2024), QUOTE);
        assertEquals(OptionalInt.of(2023), target.baseYear());
        assertEquals("state-budget-revenue above 12 % on 2023 in 2024", target.toString());
        assertThrows(IllegalArgumentException.class, () -> Target.changeSince(Indicators.STATE_BUDGET_REVENUE,
                Relation.ABOVE, new BigDecimal("12"), 2024, YearRange.of(2024), QUOTE));
    }

    @Test
    void recordsCopyWhatTheyAreGivenAndReturnUnmodifiableLists() {
        var support = new ArrayList<>(List.of("Sở Tài chính"));
        var assignees = new Assignees("Sở Kế hoạch và Đầu tư", support);
        support.add("Sở Xây dựng");
        assertEquals(List.of("Sở Tài chính"), assignees.support());
        assertThrows(UnsupportedOperationException.class, () -> assignees.support().add("x"));

        var plan = Plan.builder("p", PlanKind.RESOLUTION, "Long An", "Nghị quyết", Actor.of("Tỉnh ủy Long An"))
                .source(Source.of("s")).build();
        assertThrows(UnsupportedOperationException.class, () -> plan.targets().add(null));
        assertThrows(UnsupportedOperationException.class, () -> plan.sources().clear());
    }

    @Test
    void directivesNeedDistinctThemes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Directive(Actor.of("UBND tỉnh"),
                Assignees.of("các sở, ngành"), "báo cáo", List.of(Theme.TRANSPORT, Theme.TRANSPORT), Optional.empty(),
                QUOTE));
        assertEquals("themes: lists 'transport' twice", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Directive(Actor.of("UBND tỉnh"),
                Assignees.of("các sở, ngành"), "báo cáo", List.of(), Optional.empty(), QUOTE));
    }

    @Test
    void planToStringNamesKindProvinceAndNumber() {
        var plan = Plan.builder("long-an-master-plan-2021-2030", PlanKind.MASTER_PLAN, "Long An",
                "Quy hoạch tỉnh Long An thời kỳ 2021-2030, tầm nhìn đến năm 2050", Actor.of("Thủ tướng Chính phủ"))
                .number("686/QĐ-TTg").period(YearRange.of(2021, 2030)).vision(2050).build();
        assertEquals("long-an-master-plan-2021-2030 [master-plan, Long An, 686/QĐ-TTg] "
                + "Quy hoạch tỉnh Long An thời kỳ 2021-2030, tầm nhìn đến năm 2050", plan.toString());
        assertTrue(plan.covers(2050));
        assertTrue(plan.covers(2021));
        assertEquals(false, plan.covers(2040));
        var e = assertThrows(IllegalArgumentException.class, () -> plan.toBuilder().vision(2030).build());
        assertEquals("vision: vision year 2030 is not after the period 2021-2030", e.getMessage());
    }
}
