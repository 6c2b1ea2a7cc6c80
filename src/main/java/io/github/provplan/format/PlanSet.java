package io.github.provplan.format;

import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What one read returns: the plans, in input order, and the units and indicators the input declares beyond the
 * bundled ones.
 *
 * <pre>{@code
 * PlanSet set = PlanReader.create().read(Path.of("my-plans/"));
 * set.plans().size();
 * }</pre>
 *
 * <p>Plan sets are immutable, and safe to share between threads.
 *
 * @param units      units declared by the input (a format 2 catalog file's {@code "units"})
 * @param indicators indicators declared by the input (a catalog file's {@code "indicators"})
 * @param plans      the plans
 */
public record PlanSet(List<Unit> units, List<Indicator> indicators, List<Plan> plans) {
    /**
     * Creates a plan set, keeping unmodifiable copies of its lists. It does not cross-check them: that is what the
     * reader does, and {@link io.github.provplan.catalog.PlanCatalog#of} checks ids and declarations.
     *
     * @param units      units declared by the input
     * @param indicators indicators declared by the input
     * @param plans      the plans
     * @throws NullPointerException if an element is null, naming its list and place ({@code plans[2]})
     */
    public PlanSet {
        units = Checks.list(units, "units");
        indicators = Checks.list(indicators, "indicators");
        plans = Checks.list(plans, "plans");
    }

    /**
     * Plans and declared indicators, with no declared units.
     *
     * @param indicators declared indicators
     * @param plans      the plans
     */
    public PlanSet(List<Indicator> indicators, List<Plan> plans) {
        this(List.of(), indicators, plans);
    }

    /**
     * Plans with no declared units or indicators: plans that use only the bundled ones.
     *
     * @param plans the plans
     * @return the plan set
     * @throws NullPointerException if an element is null, naming its place ({@code plans[2]})
     */
    public static PlanSet of(List<Plan> plans) {
        return new PlanSet(List.of(), plans);
    }

    /**
     * Plans with no declared units or indicators, as {@link #of(List)}.
     *
     * @param plans the plans
     * @return the plan set
     * @throws NullPointerException if an element is null, naming its place ({@code plans[2]})
     */
    public static PlanSet of(Plan... plans) {
        Objects.requireNonNull(plans, "plans");
        return new PlanSet(List.of(), Checks.list(java.util.Arrays.asList(plans), "plans"));
    }
}
