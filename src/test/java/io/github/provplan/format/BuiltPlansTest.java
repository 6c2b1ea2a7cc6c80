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
}
