package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.provplan.plan.Actor;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Source;
import io.github.provplan.plan.Target;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.YearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plans built in code are checked by the reader's rules when they become a set: one set of rules both ways in. */
class BuiltPlansTest {
    private static Plan.Builder longAn() {
        return Plan.builder("long-an-test", PlanKind.RESOLUTION, "Long An", "Nghị quyết", Actor.of("Tỉnh ủy Long An"))
                .period(YearRange.of(2021, 2025))
                .source(new Source("s", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void everyProblemTheReaderWouldReportIsReportedAtItsPointer() {
        Plan plan = longAn()
                .target(Target.of("grdp-growht", Relation.AT_LEAST, new BigDecimal("8"), Unit.PERCENT,
                        YearRange.of(2025), Quote.of("tăng trưởng 8%", "s")))
                .target(Target.of("grdp-growth", Relation.AT_LEAST, new BigDecimal("8"), Unit.PERCENT,
                        YearRange.of(2025), Quote.of("tăng trưởng 8%", "not-a-source")))
                .build();
        // In the order the checks run, as a file's problems on one line and column would be.
        var e = assertThrows(PlanFormatException.class, () -> PlanSet.of(plan));
        assertEquals(List.of(
                "(built in code):1:1: /plans/0/targets/1/quote/source: quote names source 'not-a-source', which is "
                        + "not among the plan's sources: s",
                "(built in code):1:1: /plans/0/targets/0/indicator: unknown indicator 'grdp-growht'; did you mean "
                        + "'grdp-growth'?; declare new indicators in a catalog file's \"indicators\""),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aValidPlanBuiltInCodeIsWrittenAndReadBackEqual() {
        Plan plan = longAn().target(Target.of("grdp-growth", Relation.AT_LEAST, new BigDecimal("8"), Unit.PERCENT,
                YearRange.of(2025), Quote.of("tăng trưởng 8%", "s"))).build();
        PlanSet set = PlanSet.of(plan);
        assertEquals(set, PlanReader.create().read(PlanWriter.create().write(set), "built.json"));
    }

    @Test
    void aScopeNamesUnitsOfItsEraEachOnceHoweverItIsMade() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> io.github.provplan.plan.Scope.province("Atlantis", io.github.provplan.province.Era.FROM_JULY_2025));
        assertEquals("provinces: unknown province 'Atlantis'", e.getMessage());
        var before = assertThrows(IllegalArgumentException.class,
                () -> io.github.provplan.plan.Scope.province("Long An", io.github.provplan.province.Era.FROM_JULY_2025));
        assertEquals("provinces: 'Long An' is a province before 1 July 2025, not from then on; from 1 July 2025 its "
                + "area is part of Tây Ninh (the scope's era is from-july-2025)", before.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> io.github.provplan.plan.Scope.provinces(
                io.github.provplan.province.Era.FROM_JULY_2025, List.of("Tây Ninh", "tay ninh")));
        assertEquals("provinces: 'tay ninh' and 'Tây Ninh' are the same province, Tây Ninh", twice.getMessage());
    }

    @Test
    void aUnitMadeInCodeMustBeTheOneItsCodeNames() {
        // A bundled code is the bundled unit: another one of that code cannot even be made.
        var scaleZero = assertThrows(IllegalArgumentException.class, () -> Unit.of("million-vnd",
                io.github.provplan.indicator.Quantity.MONEY, Optional.of("VND"), 0, "đ"));
        assertEquals("code: unit 'million-vnd' is already defined by provplan (money of VND, scale 6, 'triệu đồng'); "
                + "use it as it is, or give this unit another code", scaleZero.getMessage());
        // A declared code is the declared unit: the set's, not another made in code.
        var declared = Unit.of("thousand-ha", io.github.provplan.indicator.Quantity.AREA, Optional.empty(), 7,
                "nghìn ha");
        var other = Unit.of("thousand-ha", io.github.provplan.indicator.Quantity.AREA, Optional.empty(), 4, "ha");
        var forest = new io.github.provplan.indicator.Indicator("forest-area", "Diện tích rừng", "Forest area",
                List.of(declared), io.github.provplan.indicator.Direction.HIGHER_IS_BETTER, Optional.empty(), false);
        Plan plan = longAn().target(Target.of("forest-area", Relation.ABOVE, new BigDecimal("180"), other,
                YearRange.of(2025), Quote.of("trên 180 nghìn ha", "s"))).build();
        var e = assertThrows(PlanFormatException.class, () -> PlanSet.of(List.of(declared), List.of(forest),
                List.of(plan)));
        assertEquals("(built in code):1:1: /plans/0/targets/0/unit: unit 'thousand-ha' is not the unit of that code "
                + "this read knows (thousand-ha (nghìn ha)); use that one, or another code",
                e.problems().get(0).toString());
        var undeclared = Unit.of("my-unit", io.github.provplan.indicator.Quantity.INDEX, Optional.empty(), 0, "");
        Plan withUndeclared = longAn().target(Target.of("hdi", Relation.ABOVE, new BigDecimal("0.7"), undeclared,
                YearRange.of(2025), Quote.of("HDI trên 0,7", "s"))).build();
        var unknown = assertThrows(PlanFormatException.class, () -> PlanSet.of(withUndeclared));
        assertEquals("(built in code):1:1: /plans/0/targets/0/unit: unit 'my-unit' is not declared: give it in the "
                + "set's units", unknown.problems().get(0).toString());
    }
}
