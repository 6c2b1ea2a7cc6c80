package io.github.provplan.catalog;

import io.github.provplan.plan.Plan;
import java.util.Objects;

/**
 * A record found by a query, with the plan it belongs to, so that a caller never has to search back. Two hits are
 * equal when their records are equal and their plans have the same id.
 *
 * <p>Hits are immutable and safe to share between threads.
 *
 * @param <T> the kind of record: {@link io.github.provplan.plan.Target}, {@link io.github.provplan.plan.Directive},
 *            {@link io.github.provplan.plan.Observation} or {@link io.github.provplan.plan.Proposal}
 */
public final class Hit<T> {
    private final T item;
    private final Origin origin;
    final int ordinal;

    /**
     * A plan and the registry's name for its province, which queries match against: one for all the hits of a plan,
     * so that a hit holds one reference for both (24 bytes a hit, not 32; a catalog holds a hit for every record).
     */
    record Origin(Plan plan, String canonicalProvince) {
    }

    Hit(T item, Origin origin, int ordinal) {
        this.item = item;
        this.origin = origin;
        this.ordinal = ordinal;
    }

    /**
     * The record found.
     *
     * @return the target, directive, observation or proposal
     */
    public T item() {
        return item;
    }

    /**
     * The plan that holds it.
     *
     * @return the plan
     */
    public Plan plan() {
        return origin.plan();
    }

    /**
     * The area of that plan, as the catalog names it: the registry's name of its (first) province ("Hồ Chí Minh" for
     * "TP. HCM"), with "(before 1 July 2025)" for an earlier unit whose name a merged unit took over ("Tuyên Quang
     * (before 1 July 2025)"); {@code Việt Nam} for a national plan; the region's name for a regional one.
     *
     * @return the area's name
     */
    public String province() {
        return origin.canonicalProvince();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hit<?> that && item.equals(that.item) && plan().id().equals(that.plan().id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, plan().id());
    }

    @Override
    public String toString() {
        return item + " [" + plan().id() + "]";
    }
}
