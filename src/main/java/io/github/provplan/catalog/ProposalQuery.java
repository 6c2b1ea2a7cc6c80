package io.github.provplan.catalog;

import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Theme;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what provinces ask of the centre: {@code catalog.proposals().theme(Theme.TRANSPORT).list()}. See
 * {@link CatalogQuery} for how queries combine and order their results.
 *
 * <p>Queries are immutable and safe to share between threads.
 */
public final class ProposalQuery extends CatalogQuery<Hit<Proposal>, ProposalQuery> {
    ProposalQuery(PlanCatalog catalog, State<Hit<Proposal>> state) {
        super(catalog, catalog.index.proposals, state);
    }

    @Override
    ProposalQuery create(State<Hit<Proposal>> state) {
        return new ProposalQuery(catalog, state);
    }

    /**
     * Keeps proposals about any of the given themes (a theme named twice counts once).
     *
     * @param themes the themes, at least one
     * @return this query, narrowed
     * @throws IllegalArgumentException when no theme is named
     */
    public ProposalQuery theme(Theme... themes) {
        Set<Theme> wanted = wantedThemes(themes);
        return indexed(CatalogIndex.aboutAny(catalog.index.proposalsByTheme, wanted),
                hit -> isAboutAny(hit.item().themes(), wanted));
    }

    /**
     * Keeps proposals whose request or quote has the words of {@code text} in a row, ignoring case and diacritics.
     *
     * @param text the words to find
     * @return this query, narrowed
     */
    public ProposalQuery text(String text) {
        Objects.requireNonNull(text, "text");
        String words = CatalogIndex.searchText(text);
        var search = catalog.index.searchProposals(words);
        return search.exact() ? indexed(search.candidates(), search.test())
                : narrowed(search.candidates(), search.test());
    }
}
