package io.github.provplan.catalog;

import io.github.provplan.internal.Text;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import java.util.List;
import java.util.Objects;

/**
 * Finds plans: {@code catalog.plans().province("Long An").inForce(2024).list()}. See {@link CatalogQuery} for how
 * queries combine and order their results.
 *
 * <p>Queries are immutable and safe to share between threads.
 */
public final class PlanQuery extends CatalogQuery<Plan, PlanQuery> {
    PlanQuery(PlanCatalog catalog, State<Plan> state) {
        super(catalog, catalog.index.plans, state);
    }

    @Override
    PlanQuery create(State<Plan> state) {
        return new PlanQuery(catalog, state);
    }

    /**
     * Keeps plans of one kind: {@code kind(PlanKind.MASTER_PLAN)}.
     *
     * @param kind the kind
     * @return this query, narrowed
     */
    public PlanQuery kind(PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        return indexed(catalog.index.plansByKind.getOrDefault(kind, List.of()), plan -> plan.kind() == kind);
    }

    /**
     * Keeps plans in force in {@code year}: see {@link Plan#covers(int)}.
     *
     * @param year the year
     * @return this query, narrowed
     */
    public PlanQuery inForce(int year) {
        return indexed(catalog.index.plansByYear.getOrDefault(year, List.of()), plan -> plan.covers(year));
    }

    /**
     * Keeps plans issued by an authority or a person, matched whole but ignoring case and diacritics:
     * "Thủ tướng Chính phủ" or "pham minh chinh".
     *
     * @param authorityOrPerson the body or the person, as plans name their issuer
     * @return this query, narrowed
     * @throws IllegalArgumentException when no plan of the catalog is issued by it, naming the closest issuer, as
     *                                  {@link DirectiveQuery#issuer} does
     */
    public PlanQuery issuer(String authorityOrPerson) {
        String folded = DirectiveQuery.issuerWords(authorityOrPerson);
        // A catalog has a few plans per province: its issuers are listed when asked, not kept in the index.
        var issuers = new java.util.LinkedHashMap<String, String>();
        for (Plan plan : catalog.index.plans.all()) {
            issuers.putIfAbsent(Text.words(plan.issuer().body()), plan.issuer().body());
            plan.issuer().person().ifPresent(person -> issuers.putIfAbsent(Text.words(person), person));
        }
        if (!issuers.containsKey(folded)) {
            throw new IllegalArgumentException("unknown issuer " + io.github.provplan.internal.Echo.of(authorityOrPerson)
                    + ": no plan of the catalog is issued by it" + io.github.provplan.internal.Suggestions.closest(
                    folded, issuers.keySet()).map(f -> "; did you mean '" + issuers.get(f) + "'?").orElse(""));
        }
        return filter(plan -> Text.words(plan.issuer().body()).equals(folded)
                || plan.issuer().person().map(Text::words).filter(folded::equals).isPresent());
    }

    /**
     * Keeps plans whose title or objectives have the words of {@code text} in a row, ignoring case and diacritics.
     *
     * @param text the words to find
     * @return this query, narrowed
     */
    public PlanQuery text(String text) {
        Objects.requireNonNull(text, "text");
        String words = CatalogIndex.searchText(text);
        var search = catalog.index.searchPlans(words);
        return search.exact() ? indexed(search.candidates(), search.test())
                : narrowed(search.candidates(), search.test());
    }
}
