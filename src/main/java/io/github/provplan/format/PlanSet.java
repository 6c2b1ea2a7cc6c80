package io.github.provplan.format;

import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * Plans that passed every check the reader makes, with the units and indicators they declare beyond the bundled
 * ones: what one read returns, and what {@link #of} makes of plans built in code, checked by the same rules, so that
 * a plan set is valid however it was made and {@link PlanWriter} always writes what the reader reads back.
 *
 * <pre>{@code
 * PlanSet read = PlanReader.create().read(Path.of("my-plans/"));
 * PlanSet built = PlanSet.of(Plan.builder("p", PlanKind.RESOLUTION, "Long An", "Nghị quyết", Actor.of("Tỉnh ủy"))
 *         .build());
 * }</pre>
 *
 * <p>Plan sets are immutable, and safe to share between threads.
 */
public final class PlanSet {
    private final List<Unit> units;
    private final List<Indicator> indicators;
    private final List<Plan> plans;

    private PlanSet(List<Unit> units, List<Indicator> indicators, List<Plan> plans) {
        this.units = units;
        this.indicators = indicators;
        this.plans = plans;
    }

    /** A set the reader has checked. */
    static PlanSet checked(List<Unit> units, List<Indicator> indicators, List<Plan> plans) {
        return new PlanSet(List.copyOf(units), List.copyOf(indicators), List.copyOf(plans));
    }

    /**
     * Plans built in code, with the units and indicators they declare, checked as the reader checks a file: unique
     * ids, known indicators and fitting units, quotes that name their plan's sources, target years inside the plan,
     * shares that add up, dates in order.
     *
     * @param units      units the plans use beyond the bundled ones
     * @param indicators indicators the plans use beyond the bundled ones
     * @param plans      the plans
     * @return the checked set
     * @throws PlanFormatException listing every problem, each at the pointer of its record in the set
     *                             ({@code (built in code):1:1: /plans/0/targets/2/indicator: unknown indicator …})
     */
    public static PlanSet of(List<Unit> units, List<Indicator> indicators, List<Plan> plans) {
        return PlanReader.create().check(Checks.list(units, "units"), Checks.list(indicators, "indicators"),
                Checks.list(plans, "plans"));
    }

    /**
     * Plans built in code that use only the bundled units and indicators, checked as {@link #of(List, List, List)}
     * checks them.
     *
     * @param plans the plans
     * @return the checked set
     * @throws PlanFormatException listing every problem
     */
    public static PlanSet of(List<Plan> plans) {
        return of(List.of(), List.of(), plans);
    }

    /**
     * The same for plans given one by one.
     *
     * @param plans the plans
     * @return the checked set
     * @throws PlanFormatException listing every problem
     */
    public static PlanSet of(Plan... plans) {
        Objects.requireNonNull(plans, "plans");
        return of(Checks.list(java.util.Arrays.asList(plans), "plans"));
    }

    /**
     * Units declared by the input (a format 2 catalog file's {@code "units"}).
     *
     * @return an unmodifiable list, empty when none
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * Indicators declared by the input (a catalog file's {@code "indicators"}).
     *
     * @return an unmodifiable list, empty when none
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * The plans, in input order.
     *
     * @return an unmodifiable list
     */
    public List<Plan> plans() {
        return plans;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSet that && units.equals(that.units) && indicators.equals(that.indicators)
                && plans.equals(that.plans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, indicators, plans);
    }

    /** {@code PlanSet[3 plans, 1 indicator, 0 units]}. */
    @Override
    public String toString() {
        return "PlanSet[" + plans.size() + (plans.size() == 1 ? " plan, " : " plans, ") + indicators.size()
                + (indicators.size() == 1 ? " indicator, " : " indicators, ") + units.size()
                + (units.size() == 1 ? " unit]" : " units]");
    }
}
