package io.github.provplan.format;

import io.github.provplan.indicator.Indicator;
import io.github.provplan.internal.Checks;
import io.github.provplan.plan.Plan;
import java.util.List;

/**
 * What one read returns: the plans, in input order, and the indicators the input declares beyond the bundled ones.
 *
 * @param indicators indicators declared by the input (a catalog file's {@code "indicators"})
 * @param plans      the plans
 */
public record PlanSet(List<Indicator> indicators, List<Plan> plans) {
    public PlanSet {
        indicators = Checks.list(indicators, "indicators");
        plans = Checks.list(plans, "plans");
    }

    public static PlanSet of(List<Plan> plans) {
        return new PlanSet(List.of(), plans);
    }

    public static PlanSet of(Plan... plans) {
        return new PlanSet(List.of(), List.of(plans));
    }
}
