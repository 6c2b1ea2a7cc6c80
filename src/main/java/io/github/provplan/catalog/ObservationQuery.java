package io.github.provplan.catalog;

import io.github.provplan.plan.Observation;
import io.github.provplan.plan.PlanKind;
import java.util.List;
import java.util.Objects;

/**
 * Finds reported figures: {@code catalog.observations().province("Long An").indicator("grdp-growth").list()}. See
 * {@link CatalogQuery} for how queries combine and order their results.
 *
 * <p>Queries are immutable and safe to share between threads.
 */
public final class ObservationQuery extends CatalogQuery<Hit<Observation>, ObservationQuery> {
    ObservationQuery(PlanCatalog catalog, State<Hit<Observation>> state) {
        super(catalog, catalog.index.observations, state);
    }

    @Override
    ObservationQuery create(State<Hit<Observation>> state) {
        return new ObservationQuery(catalog, state);
    }

    /**
     * Keeps figures for one indicator.
     *
     * @param code the indicator's code, such as {@code grdp-growth}
     * @return this query, narrowed
     * @throws IllegalArgumentException for an indicator the catalog does not know, suggesting the closest code
     */
    public ObservationQuery indicator(String code) {
        catalog.indicators().get(code);
        return indexed(catalog.index.observationsByIndicator.getOrDefault(code, List.of()),
                hit -> hit.item().indicator().equals(code));
    }

    /**
     * Keeps figures whose period begins in {@code year}: a period within the year, or a run of years that starts in
     * it ({@code 2021-2025} is found by 2021).
     *
     * @param year the year
     * @return this query, narrowed
     */
    public ObservationQuery year(int year) {
        return indexed(catalog.index.observationsByYear.getOrDefault(year, List.of()),
                hit -> hit.item().period().year() == year);
    }

    /**
     * Keeps provisional figures ({@code true}: preliminary, estimated or expected, see
     * {@link io.github.provplan.plan.Observation#estimate()}) or the others ({@code false}).
     *
     * @param estimate whether to keep the provisional figures or the others
     * @return this query, narrowed
     */
    public ObservationQuery estimate(boolean estimate) {
        return filter(hit -> hit.item().estimate() == estimate);
    }

    /**
     * Keeps figures of one kind of plan: {@code planKind(PlanKind.RESULTS_REPORT)}.
     *
     * @param kind the kind of plan
     * @return this query, narrowed
     */
    public ObservationQuery planKind(PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        return filter(hit -> hit.plan().kind() == kind);
    }

    /**
     * Keeps figures given in one unit.
     *
     * @param code the unit's code, such as {@code million-vnd}
     * @return this query, narrowed
     * @throws IllegalArgumentException for a unit the catalog does not know, suggesting the closest code
     */
    public ObservationQuery unit(String code) {
        return inUnit(code, hit -> hit.item().unit());
    }

    /**
     * Keeps figures given in units of one kind of quantity.
     *
     * @param quantity the kind of quantity
     * @return this query, narrowed
     */
    public ObservationQuery quantity(io.github.provplan.indicator.Quantity quantity) {
        return inQuantity(quantity, hit -> hit.item().unit());
    }

    /**
     * The figures found, ordered by value; equal values keep catalog order. Ask for one indicator or unit to compare
     * like with like.
     *
     * @param descending whether the largest comes first
     * @return the figures, ordered
     */
    public List<Hit<Observation>> listByFigure(boolean descending) {
        java.util.Comparator<Hit<Observation>> byValue = java.util.Comparator.comparing(hit -> hit.item().value());
        var sorted = new java.util.ArrayList<>(list());
        sorted.sort(descending ? byValue.reversed() : byValue);
        return List.copyOf(sorted);
    }
}
