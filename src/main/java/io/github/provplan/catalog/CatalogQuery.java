package io.github.provplan.catalog;

import io.github.provplan.plan.Theme;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import io.github.provplan.province.Era;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The part every catalog query shares: immutable, composable filters and the terminal operations.
 *
 * <p>Each filter returns a new query, so a query can be kept and refined. Filters that the catalog indexes
 * (province, indicator, year, kind, theme, issuer, deadline) pick their candidates from an index built when the
 * catalog was loaded; the terminal operation starts from the smallest candidate list and tests the rest. Results
 * come in catalog order: the order of the plans in the catalog, then the order of the records within each plan.
 *
 * <p>Queries are immutable and safe to share between threads; each terminal operation searches afresh.
 *
 * @param <R> what the query finds
 * @param <Q> the query's own type, returned by its filters
 */
public abstract sealed class CatalogQuery<R, Q extends CatalogQuery<R, Q>>
        permits TargetQuery, DirectiveQuery, ObservationQuery, ProposalQuery, PlanQuery {

    /**
     * One condition of a query: its test, and the candidates an index gives for it, if one does. When those
     * candidates are {@code exact}, every one of them passes the test, so the test is not run on them again.
     *
     * <p>A filter that {@code joins} others stands for an index of two conditions at once (directives by issuer and
     * theme): its candidates are exactly what passes the filters it joins, which are in the query too and do the
     * testing, so it adds no test of its own.
     */
    record Filter<R>(Optional<List<R>> candidates, Predicate<R> test, boolean exact, List<Filter<R>> joins) {
        Filter(Optional<List<R>> candidates, Predicate<R> test, boolean exact) {
            this(candidates, test, exact, List.of());
        }

        /** Whether this filter's candidates all pass {@code other}: it is {@code other}, or joins it. */
        boolean answers(Filter<R> other) {
            if (other == this) {
                return exact;
            }
            for (Filter<R> joined : joins) {
                if (joined == other) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What a query has been asked so far. The province is kept as asked and as the registry's names it stands for
     * (with or without the units it was formed from), resolved once when asked.
     */
    record State<R>(List<Filter<R>> filters, Optional<String> province, Optional<Era> era, boolean predecessors,
                    boolean successors, Set<String> names) {
        private static final State<?> INITIAL = new State<>(List.of(), Optional.empty(), Optional.empty(), false,
                false, Set.of());

        @SuppressWarnings("unchecked")
        static <R> State<R> initial() {
            return (State<R>) INITIAL; // holds no record, so one serves every kind
        }

        State<R> with(Filter<R> filter) {
            @SuppressWarnings("unchecked")
            Filter<R>[] all = filters.toArray(new Filter[filters.size() + 1]);
            all[filters.size()] = filter;
            // A view of the array, not List.of's copy of it: the array is this state's alone, and queries are
            // built on every call, so each step's copy was paid on every question.
            return new State<>(Collections.unmodifiableList(java.util.Arrays.asList(all)), province, era,
                    predecessors, successors, names);
        }

        /** This state asking for an area again, as the catalog resolves it. */
        State<R> area(PlanCatalog catalog, Optional<String> name, Optional<Era> era, boolean predecessors,
                      boolean successors) {
            return new State<>(filters, name, era, predecessors, successors, name.isEmpty() ? Set.of()
                    : catalog.areaKeys(name.get(), era, predecessors, successors));
        }
    }

    /**
     * Everything of one kind in the catalog: all of it in catalog order, grouped by the registry's name of the
     * province, and how to find a result's province (by that name) and place in catalog order.
     */
    record Scope<R>(List<R> all, Map<String, List<R>> byProvince, Function<R, List<String>> areas,
                    Comparator<R> order, Function<R, io.github.provplan.plan.Plan> planOf) {
    }

    final PlanCatalog catalog;
    final State<R> state;
    private final Scope<R> scope;

    CatalogQuery(PlanCatalog catalog, Scope<R> scope, State<R> state) {
        this.catalog = catalog;
        this.scope = scope;
        this.state = state;
    }

    abstract Q create(State<R> state);

    /** Keeps what the index gives, which is exactly what passes {@code test}. */
    final Q indexed(List<R> fromIndex, Predicate<R> test) {
        return create(state.with(new Filter<>(Optional.of(fromIndex), test, true)));
    }

    /** Keeps what passes a filter made already. */
    final Q filtered(Filter<R> filter) {
        return create(state.with(filter));
    }

    /** Keeps what passes {@code test}, among candidates an index gives that may include others. */
    final Q narrowed(List<R> fromIndex, Predicate<R> test) {
        return create(state.with(new Filter<>(Optional.of(fromIndex), test, false)));
    }

    /**
     * Adds what an index of two conditions gives: exactly the records that pass both {@code first} and
     * {@code second}, two filters this query has already.
     */
    final Q joined(List<R> fromIndex, Filter<R> first, Filter<R> second) {
        return create(state.with(new Filter<>(Optional.of(fromIndex), first.test().and(second.test()), true,
                List.of(first, second))));
    }

    /**
     * The themes a query asks for, as a set: a theme named twice counts once.
     *
     * @throws IllegalArgumentException when no theme is named
     */
    static Set<Theme> wantedThemes(Theme... themes) {
        Objects.requireNonNull(themes, "themes");
        if (themes.length == 0) {
            throw new IllegalArgumentException("name at least one theme");
        }
        var wanted = EnumSet.noneOf(Theme.class);
        for (Theme theme : themes) {
            wanted.add(Objects.requireNonNull(theme, "themes holds null"));
        }
        return Collections.unmodifiableSet(wanted);
    }

    /** Whether a record about {@code themes} is about any of the {@code wanted} ones. */
    static boolean isAboutAny(List<Theme> themes, Set<Theme> wanted) {
        for (Theme theme : themes) {
            if (wanted.contains(theme)) {
                return true;
            }
        }
        return false;
    }

    /** The filter this query added last. */
    final Filter<R> lastFilter() {
        return state.filters().get(state.filters().size() - 1);
    }

    /** Keeps what passes a test that no index answers. */
    final Q filter(Predicate<R> test) {
        return create(state.with(new Filter<>(Optional.empty(), test, false)));
    }

    /**
     * The records of plans about these provinces, by the registry's names, in catalog order. A query may answer
     * from a finer index when it knows more, as a target query that knows the indicator does.
     */
    List<R> ofProvinces(Set<String> names) {
        if (names.size() == 1) {
            return scope.byProvince().getOrDefault(names.iterator().next(), List.of());
        }
        // A union, not a merge: a plan about two of the provinces (a table of targets for each) is in both groups.
        return Indexes.union(names.stream().map(n -> scope.byProvince().getOrDefault(n, List.of())).toList(),
                scope.order());
    }

    /**
     * Keeps records of plans about one province, the country ({@code "Việt Nam"}) or a region of the catalog. Names
     * resolve as {@link io.github.provplan.province.ProvinceRegistry} resolves them: "lang son", "Lạng Sơn" and
     * "tỉnh Lạng Sơn" are the same province. A name both arrangements use (Tây Ninh) is the unit from 1 July 2025:
     * the earlier unit of that name is {@code province("Tây Ninh", Era.BEFORE_JULY_2025)}. A query is about one
     * area: asking for another replaces the one asked before, where every other filter is kept beside the others
     * ({@code province("Long An").province("Tây Ninh")} is {@code province("Tây Ninh")}).
     *
     * @param name the province, "Việt Nam", or a region
     * @return this query, for plans about that area
     * @throws IllegalArgumentException for an unknown province, suggesting the closest known name
     */
    public final Q province(String name) {
        Objects.requireNonNull(name, "name");
        if (state.filters().isEmpty() && !state.predecessors() && !state.successors()) {
            return create(catalog.plainArea(name)); // no filter or flag in the state yet: the catalog keeps it
        }
        return create(state.area(catalog, Optional.of(name), Optional.empty(), state.predecessors(),
                state.successors()));
    }

    /**
     * Keeps records of plans about the unit that had this name in one arrangement: {@code province("Tây Ninh",
     * Era.BEFORE_JULY_2025)} is the Tây Ninh that merged with Long An. As with {@link #province(String)}, it replaces
     * an area asked before.
     *
     * @param name the province's name
     * @param era  the arrangement
     * @return this query, for plans about that unit
     * @throws IllegalArgumentException when no unit of that era has the name
     */
    public final Q province(String name, Era era) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(era, "era");
        return create(state.area(catalog, Optional.of(name), Optional.of(era), state.predecessors(),
                state.successors()));
    }

    /** Keeps records in one unit; an unknown unit is an error naming the closest, as for provinces and indicators. */
    final Q inUnit(String code, Function<R, io.github.provplan.indicator.Unit> unitOf) {
        Objects.requireNonNull(code, "code");
        io.github.provplan.indicator.Unit unit = catalog.indicators().unit(code)
                .orElseThrow(() -> new IllegalArgumentException(catalog.indicators().unknownUnit(code)));
        return filter(r -> unitOf.apply(r).equals(unit));
    }

    /** Keeps records in units of one kind of quantity. */
    final Q inQuantity(io.github.provplan.indicator.Quantity quantity,
                       Function<R, io.github.provplan.indicator.Unit> unitOf) {
        Objects.requireNonNull(quantity, "quantity");
        return filter(r -> unitOf.apply(r).quantity() == quantity);
    }

    /**
     * Keeps records of plans in one status: {@code status(PlanStatus.ADOPTED)} leaves drafts and proposals out.
     *
     * @param status the plans' status
     * @return this query, narrowed
     */
    public final Q status(io.github.provplan.plan.PlanStatus status) {
        Objects.requireNonNull(status, "status");
        return filter(r -> scope.planOf().apply(r).status() == status);
    }

    /**
     * Keeps records of plans about the same area as {@code plan}: its province in its own era, the country or its
     * region. Progress looks up the figures for a target this way.
     *
     * @param plan a plan of this catalog, or one about an area it knows
     * @return this query, for plans about that area
     */
    public final Q sameAreaAs(io.github.provplan.plan.Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return create(new State<>(state.filters(), Optional.of(plan.province()), plan.scope().era(), false, false,
                Set.of(catalog.areaOf(plan))));
    }

    /**
     * Makes {@link #province} also match the units the province was formed from on 1 July 2025: Tây Ninh with its
     * predecessors also finds Long An's plans and the earlier Tây Ninh's. Without it, a province matches only plans
     * about it. It may come before or after {@link #province}, but a query that has it and no province is refused
     * when asked for its answer ({@link IllegalStateException}), as a flag that follows nothing would be dropped.
     *
     * @return this query, following the succession backwards
     */
    public final Q includingPredecessors() {
        return create(state.area(catalog, state.province(), state.era(), true, state.successors()));
    }

    /**
     * Makes {@link #province} also match the unit an earlier province became part of on 1 July 2025: Long An with
     * its successors also finds Tây Ninh's plans from then on. As with {@link #includingPredecessors()}, a query that
     * has it and no province is refused when asked for its answer.
     *
     * @return this query, following the succession forwards
     */
    public final Q includingSuccessors() {
        return create(state.area(catalog, state.province(), state.era(), state.predecessors(), true));
    }

    /** The candidates to look at, and the test they must pass (null when every candidate is an answer). */
    private record Search<R>(List<R> candidates, Predicate<R> test) {
        boolean accepts(R candidate) {
            return test == null || test.test(candidate);
        }
    }

    /**
     * Starts from the smallest list of candidates an index gives, and tests them against the filters that list
     * does not answer already.
     */
    private Search<R> search() {
        if (state.province().isEmpty() && (state.predecessors() || state.successors())) {
            // A flag that follows no province would be dropped without a word, and the answer look like an answer.
            throw new IllegalStateException((state.predecessors() ? "includingPredecessors()" : "includingSuccessors()")
                    + " follows the succession of a province; call province(name) too");
        }
        List<Filter<R>> filters = state.filters();
        List<R> ofProvince = state.province().isPresent() ? ofProvinces(state.names()) : null;
        // What the province's candidates come from a finer index for (a target query's indicator and year) is
        // made into filters only when they are needed: when another filter has fewer candidates still.
        boolean provinceAnswers = ofProvince != null && provinceAnswersDeferred();
        List<Filter<R>> deferred = provinceAnswers ? List.of() : deferred();
        Filter<R> base = null;
        for (int i = 0; i < filters.size(); i++) {
            base = smaller(base, filters.get(i));
        }
        for (int i = 0; i < deferred.size(); i++) {
            base = smaller(base, deferred.get(i));
        }
        boolean fromProvince = ofProvince != null
                && (base == null || ofProvince.size() < base.candidates().get().size());
        if (fromProvince) {
            base = null; // the province's candidates answer none of the filters but their own
        } else if (provinceAnswers) {
            deferred = deferred();
        }
        Predicate<R> test = null;
        for (int i = 0; i < filters.size(); i++) {
            test = unlessAnswered(test, filters.get(i), base);
        }
        if (!(fromProvince && provinceAnswers)) {
            for (int i = 0; i < deferred.size(); i++) {
                test = unlessAnswered(test, deferred.get(i), base);
            }
        }
        if (ofProvince != null && !fromProvince) {
            test = and(test, inProvinces());
        }
        return new Search<>(fromProvince ? ofProvince : base == null ? scope.all() : base.candidates().get(), test);
    }

    /** {@code test} and, unless the candidates of {@code base} all pass it already, {@code filter}'s test. */
    private static <R> Predicate<R> unlessAnswered(Predicate<R> test, Filter<R> filter, Filter<R> base) {
        boolean answered = !filter.joins().isEmpty() || base != null && base.answers(filter);
        return answered ? test : and(test, filter.test());
    }

    private static <R> Predicate<R> and(Predicate<R> test, Predicate<R> more) {
        return test == null ? more : test.and(more);
    }

    /** {@code filter} when it has candidates and fewer of them than {@code base} (ties keep {@code base}). */
    private static <R> Filter<R> smaller(Filter<R> base, Filter<R> filter) {
        return filter.candidates().isPresent()
                && (base == null || filter.candidates().get().size() < base.candidates().get().size()) ? filter : base;
    }

    /** Whether a record's plan is about any of the names the province asked for stands for. */
    private Predicate<R> inProvinces() {
        Set<String> names = state.names();
        return r -> {
            for (String area : scope.areas().apply(r)) {
                if (names.contains(area)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * What the query finds, in catalog order.
     *
     * @return a sequential stream of the results, empty when none
     * @throws IllegalStateException when the query follows a succession ({@link #includingPredecessors()}) but
     *                               names no province
     */
    public final Stream<R> stream() {
        List<R> atOnce = answeredAtOnce();
        if (atOnce != null) {
            return atOnce.stream();
        }
        Search<R> search = search();
        Stream<R> candidates = search.candidates().stream();
        return search.test() == null ? candidates : candidates.filter(search.test());
    }

    /**
     * What the query finds, in catalog order, as an unmodifiable list.
     *
     * @return an unmodifiable list of the results, empty when none
     * @throws IllegalStateException when the query follows a succession ({@link #includingPredecessors()}) but
     *                               names no province
     */
    public final List<R> list() {
        List<R> atOnce = answeredAtOnce();
        if (atOnce != null) {
            return Indexes.immutable(atOnce);
        }
        Search<R> search = search();
        if (search.test() == null) {
            return Indexes.immutable(search.candidates());
        }
        // Gathered in an array sized by the candidates (up to a bound, as a test may keep few of many): an
        // ArrayList grown from ten copied itself several times for an answer of a hundred.
        Object[] found = new Object[Math.min(search.candidates().size(), FIRST_CAPACITY)];
        int count = 0;
        for (R candidate : search.candidates()) {
            if (search.accepts(candidate)) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.max(FIRST_CAPACITY, count * 2));
                }
                found[count++] = candidate;
            }
        }
        return Indexes.listed(found, count);
    }

    private static final int FIRST_CAPACITY = 256;

    /**
     * The first result in catalog order, if any.
     *
     * @return the first result, or empty when there is none
     * @throws IllegalStateException when the query follows a succession ({@link #includingPredecessors()}) but
     *                               names no province
     */
    public final Optional<R> first() {
        List<R> atOnce = answeredAtOnce();
        if (atOnce != null) {
            return atOnce.isEmpty() ? Optional.empty() : Optional.of(atOnce.get(0));
        }
        Search<R> search = search();
        for (R candidate : search.candidates()) {
            if (search.accepts(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * How many results there are.
     *
     * @return the number of results, the size {@link #list()} would have
     * @throws IllegalStateException when the query follows a succession ({@link #includingPredecessors()}) but
     *                               names no province
     */
    public final int count() {
        List<R> atOnce = answeredAtOnce();
        if (atOnce != null) {
            return atOnce.size();
        }
        Search<R> search = search();
        if (search.test() == null) {
            return search.candidates().size();
        }
        int count = 0;
        for (R candidate : search.candidates()) {
            if (search.accepts(candidate)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The filters a query keeps out of its state until it is answered, because the finer index {@link #ofProvinces}
     * may answer them with a province (see {@link #provinceAnswersDeferred}): none, but for a target query's
     * indicator and year.
     */
    List<Filter<R>> deferred() {
        return List.of();
    }

    /**
     * The whole answer, in catalog order, when an index gives it with no search (a target query's province,
     * indicator and year, asked with nothing else); null when the query must search.
     */
    List<R> answeredAtOnce() {
        return null;
    }

    /** Whether every candidate {@link #ofProvinces} gives passes the {@link #deferred} filters. */
    boolean provinceAnswersDeferred() {
        return false;
    }
}
