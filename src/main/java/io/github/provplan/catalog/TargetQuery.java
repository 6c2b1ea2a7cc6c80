package io.github.provplan.catalog;

import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Target;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds targets: {@code catalog.targets().province("Long An").year(2030).list()}. See {@link CatalogQuery} for
 * how queries combine and order their results.
 *
 * <p>Queries are immutable and safe to share between threads.
 */
public final class TargetQuery extends CatalogQuery<Hit<Target>, TargetQuery> {
    /**
     * The indicator and year asked for last, if any, kept apart from the state's filters: with a province, the finer
     * indexes by province and indicator, and by province, indicator and year, answer them at once, so that their
     * filters are made only when a query is answered without those indexes.
     */
    private final String indicator;
    private final boolean hasYear;
    private final int year;
    /**
     * The finer index's targets of the province and the indicator, found when the indicator was asked of a query
     * that knew then one province name and no filter: what such a query finds is this (for its year, if asked), with
     * no search. Null otherwise; every change of the state drops it.
     */
    private final Indexes.ByYear<Hit<Target>> ofProvinceAndIndicator;

    TargetQuery(PlanCatalog catalog, State<Hit<Target>> state) {
        this(catalog, state, null, false, 0, null);
    }

    /** With {@code indicator} null when none was asked, and {@code year} meaning something only when {@code hasYear}. */
    private TargetQuery(PlanCatalog catalog, State<Hit<Target>> state, String indicator, boolean hasYear, int year,
                        Indexes.ByYear<Hit<Target>> ofProvinceAndIndicator) {
        super(catalog, catalog.index.targets, state);
        this.indicator = indicator;
        this.hasYear = hasYear;
        this.year = year;
        this.ofProvinceAndIndicator = ofProvinceAndIndicator;
    }

    @Override
    TargetQuery create(State<Hit<Target>> state) {
        return new TargetQuery(catalog, state, indicator, hasYear, year, null);
    }

    @Override
    List<Hit<Target>> answeredAtOnce() {
        return ofProvinceAndIndicator == null ? null : ofYear(ofProvinceAndIndicator);
    }

    /** What {@code found} holds for the year asked, or for every year when none was. */
    private List<Hit<Target>> ofYear(Indexes.ByYear<Hit<Target>> found) {
        return hasYear ? found.get(year) : found.all();
    }

    @Override
    List<Filter<Hit<Target>>> deferred() {
        if (indicator == null) {
            return hasYear ? List.of(yearFilter(year)) : List.of();
        }
        return hasYear ? List.of(indicatorFilter(indicator), yearFilter(year)) : List.of(indicatorFilter(indicator));
    }

    private Filter<Hit<Target>> indicatorFilter(String code) {
        return new Filter<>(Optional.of(catalog.index.targetsByIndicator.getOrDefault(code, List.of())),
                hit -> hit.item().indicator().equals(code), true);
    }

    private Filter<Hit<Target>> yearFilter(int year) {
        return new Filter<>(Optional.of(catalog.index.targetsByYear.getOrDefault(year, List.of())),
                hit -> hit.item().year() == year, true);
    }

    /** With an indicator, the finer indexes answer the indicator and the year as well as the province. */
    @Override
    boolean provinceAnswersDeferred() {
        return indicator != null;
    }

    @Override
    List<Hit<Target>> ofProvinces(java.util.Set<String> names) {
        if (indicator == null) {
            return super.ofProvinces(names);
        }
        if (names.size() == 1) {
            return ofProvince(names.iterator().next());
        }
        return Indexes.union(names.stream().map(this::ofProvince).toList(), CatalogIndex.hitOrder());
    }

    private List<Hit<Target>> ofProvince(String name) {
        Indexes.ByYear<Hit<Target>> found = catalog.index.targetsOf(name, indicator);
        return found == null ? List.of() : ofYear(found);
    }

    /**
     * Keeps targets for one indicator: {@code indicator(Indicators.GRDP_GROWTH)}.
     *
     * @param code the indicator's code, such as {@code grdp-growth}
     * @return this query, narrowed
     * @throws IllegalArgumentException for an indicator the catalog does not know, suggesting the closest code
     */
    public TargetQuery indicator(String code) {
        Objects.requireNonNull(code, "code");
        if (indicator == null && state.filters().isEmpty() && state.province().isPresent()
                && state.names().size() == 1) {
            Indexes.ByYear<Hit<Target>> found = catalog.index.targetsOf(state.names().iterator().next(), code);
            // An indicator the catalog has targets for is one its registry knows (a plan set is checked against
            // it): the registry's look-up, a second one, is needed only when the province has none.
            if (found == null) {
                catalog.indicators().get(code);
            }
            return new TargetQuery(catalog, state, code, hasYear, year, found);
        }
        catalog.indicators().get(code);
        // An indicator asked before this one stays in the query as a filter of its own: both must hold.
        TargetQuery query = indicator == null ? this : filtered(indicatorFilter(indicator));
        return new TargetQuery(catalog, query.state, code, hasYear, year, null);
    }

    /**
     * Keeps targets for a year: those whose period ends in it ("by 2030" includes 9%/year over 2021-2030).
     *
     * @param year the year the targets' periods end in
     * @return this query, narrowed
     */
    public TargetQuery year(int year) {
        if (!hasYear) {
            return new TargetQuery(catalog, state, indicator, true, year, ofProvinceAndIndicator);
        }
        // A year asked before this one stays in the query as a filter of its own: both must hold.
        return new TargetQuery(catalog, filtered(yearFilter(this.year)).state, indicator, true, year, null);
    }

    /**
     * Keeps targets with one relation: {@code relation(Relation.QUALITATIVE)} finds the aims with no figure.
     *
     * @param relation the relation
     * @return this query, narrowed
     */
    public TargetQuery relation(Relation relation) {
        Objects.requireNonNull(relation, "relation");
        return filter(hit -> hit.item().relation() == relation);
    }

    /**
     * Keeps targets of one kind of plan: {@code planKind(PlanKind.MASTER_PLAN)}.
     *
     * @param kind the kind of plan
     * @return this query, narrowed
     */
    public TargetQuery planKind(PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        return indexed(catalog.index.targetsByKind.getOrDefault(kind, List.of()), hit -> hit.plan().kind() == kind);
    }

    /**
     * Keeps targets of one plan: {@code plan("long-an-master-plan-2021-2030")}.
     *
     * @param id the plan's id; an id the catalog does not have gives no results
     * @return this query, narrowed
     */
    public TargetQuery plan(String id) {
        Objects.requireNonNull(id, "id");
        return filter(hit -> hit.plan().id().equals(id));
    }

    /**
     * Keeps the targets in force on a day: of adopted plans issued by then (an undated plan counts as issued), whose
     * year has not ended, and not replaced by then — their plan superseded, or a revised figure for the same indicator
     * and an overlapping period set by a plan that amends or adjusts theirs. The replaced targets stay in the catalog
     * and in queries that do not ask this.
     *
     * @param day the day
     * @return this query, narrowed
     */
    public TargetQuery inForceOn(java.time.LocalDate day) {
        Objects.requireNonNull(day, "day");
        return filter(hit -> catalog.inForce(hit.plan(), hit.item(), day));
    }

    /**
     * Keeps the targets whose year has not ended before {@code day}'s year: a target for 2025 has expired in 2026.
     *
     * @param day the day
     * @return this query, narrowed
     */
    public TargetQuery notExpiredOn(java.time.LocalDate day) {
        Objects.requireNonNull(day, "day");
        return filter(hit -> hit.item().year() >= day.getYear());
    }

    /**
     * Keeps the targets that no plan of the catalog has replaced, on any day: progress judges these.
     *
     * @return this query, narrowed
     */
    public TargetQuery notReplaced() {
        return filter(hit -> !catalog.replaced(hit.plan(), hit.item()));
    }

    /**
     * Keeps targets given in one unit.
     *
     * @param code the unit's code, such as {@code million-vnd}
     * @return this query, narrowed
     * @throws IllegalArgumentException for a unit the catalog does not know, suggesting the closest code
     */
    public TargetQuery unit(String code) {
        return inUnit(code, hit -> hit.item().unit());
    }

    /**
     * Keeps targets given in units of one kind of quantity: {@code quantity(Quantity.MONEY)} keeps đồng and dollars.
     *
     * @param quantity the kind of quantity
     * @return this query, narrowed
     */
    public TargetQuery quantity(io.github.provplan.indicator.Quantity quantity) {
        return inQuantity(quantity, hit -> hit.item().unit());
    }

    /**
     * The targets found, ordered by figure: a range by its low end, a yearly path by its last milestone
     * (the figure for the target's year); targets
     * with no figure (qualitative aims) come last, in catalog order, as do equal figures. Figures in different units
     * are ordered as numbers: ask for one indicator or unit to compare like with like.
     *
     * @param descending whether the largest figure comes first
     * @return the targets, ordered
     */
    public List<Hit<Target>> listByFigure(boolean descending) {
        java.util.Comparator<java.math.BigDecimal> byValue = descending
                ? java.util.Comparator.<java.math.BigDecimal>reverseOrder() : java.util.Comparator.naturalOrder();
        var sorted = new java.util.ArrayList<>(list());
        sorted.sort(java.util.Comparator.comparing(TargetQuery::sortFigure,
                java.util.Comparator.nullsLast(byValue)));
        return List.copyOf(sorted);
    }

    private static java.math.BigDecimal sortFigure(Hit<Target> hit) {
        Target target = hit.item();
        if (target.relation() == io.github.provplan.plan.Relation.PATH) {
            return target.milestones().get(target.milestones().size() - 1).figures().get(0);
        }
        return target.figures().isEmpty() ? null : target.figures().get(0);
    }
}
