package io.github.provplan.catalog;

import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Target;
import java.util.List;
import java.util.Objects;

/**
 * Finds targets: {@code catalog.targets().province("Long An").year(2030).list()}. See {@link CatalogQuery} for
 * how queries combine and order their results.
 */
public final class TargetQuery extends CatalogQuery<Hit<Target>, TargetQuery> {
    /**
     * The indicator asked for last, if any, and its filter: with a province, the finer index by province and
     * indicator answers both.
     */
    private final String indicator;
    private final Filter<Hit<Target>> indicatorFilter;

    TargetQuery(PlanCatalog catalog, State<Hit<Target>> state) {
        this(catalog, state, null, null);
    }

    private TargetQuery(PlanCatalog catalog, State<Hit<Target>> state, String indicator,
                        Filter<Hit<Target>> indicatorFilter) {
        super(catalog, catalog.index.targets, state);
        this.indicator = indicator;
        this.indicatorFilter = indicatorFilter;
    }

    @Override
    TargetQuery create(State<Hit<Target>> state) {
        return new TargetQuery(catalog, state, indicator, indicatorFilter);
    }

    @Override
    boolean answeredWithProvince(Filter<Hit<Target>> filter) {
        return filter == indicatorFilter;
    }

    @Override
    List<Hit<Target>> ofProvinces(java.util.Set<String> names) {
        if (indicator == null) {
            return super.ofProvinces(names);
        }
        if (names.size() == 1) {
            return catalog.index.targetsOf(names.iterator().next(), indicator);
        }
        return Indexes.merged(names.stream().map(name -> catalog.index.targetsOf(name, indicator)).toList(),
                CatalogIndex.hitOrder());
    }

    /**
     * Keeps targets for one indicator.
     *
     * @throws IllegalArgumentException for an indicator the catalog does not know, suggesting the closest code
     */
    public TargetQuery indicator(String code) {
        catalog.indicators().get(code);
        TargetQuery query = indexed(catalog.index.targetsByIndicator.getOrDefault(code, List.of()),
                hit -> hit.item().indicator().equals(code));
        List<Filter<Hit<Target>>> filters = query.state.filters();
        return new TargetQuery(catalog, query.state, code, filters.get(filters.size() - 1));
    }

    /** Keeps targets for a year: those whose period ends in it ("by 2030" includes 9%/year over 2021-2030). */
    public TargetQuery year(int year) {
        return indexed(catalog.index.targetsByYear.getOrDefault(year, List.of()), hit -> hit.item().year() == year);
    }

    /** Keeps targets with one relation. */
    public TargetQuery relation(Relation relation) {
        Objects.requireNonNull(relation, "relation");
        return filter(hit -> hit.item().relation() == relation);
    }

    /** Keeps targets of one kind of plan. */
    public TargetQuery planKind(PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        return indexed(catalog.index.targetsByKind.getOrDefault(kind, List.of()), hit -> hit.plan().kind() == kind);
    }

    /** Keeps targets of one plan. */
    public TargetQuery plan(String id) {
        Objects.requireNonNull(id, "id");
        return filter(hit -> hit.plan().id().equals(id));
    }
}
