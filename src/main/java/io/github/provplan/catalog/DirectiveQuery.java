package io.github.provplan.catalog;

import io.github.provplan.internal.Echo;
import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds directives: {@code catalog.directives().province("Lạng Sơn").theme(Theme.TRANSPORT).list()}. See
 * {@link CatalogQuery} for how queries combine and order their results.
 *
 * <p>Queries are immutable and safe to share between threads.
 */
public final class DirectiveQuery extends CatalogQuery<Hit<Directive>, DirectiveQuery> {
    /**
     * The themes and the issuer asked for last, if any, and their filters: when a query has both, the index by
     * issuer and theme gives its candidates ("which directives on transport did the Prime Minister give").
     */
    private final Asked asked;

    private record Asked(Set<Theme> themes, Filter<Hit<Directive>> themeFilter, String issuer,
                         Filter<Hit<Directive>> issuerFilter) {
        static final Asked NONE = new Asked(null, null, null, null);
    }

    DirectiveQuery(PlanCatalog catalog, State<Hit<Directive>> state) {
        this(catalog, state, Asked.NONE);
    }

    private DirectiveQuery(PlanCatalog catalog, State<Hit<Directive>> state, Asked asked) {
        super(catalog, catalog.index.directives, state);
        this.asked = asked;
    }

    @Override
    DirectiveQuery create(State<Hit<Directive>> state) {
        return new DirectiveQuery(catalog, state, asked);
    }

    /** This query knowing what it asked, with the index by issuer and theme joined in once it has both. */
    private DirectiveQuery asking(Asked asked) {
        var query = new DirectiveQuery(catalog, state, asked);
        if (asked.themes() == null || asked.issuer() == null) {
            return query;
        }
        return query.joined(catalog.index.directivesOf(asked.issuer(), asked.themes()), asked.themeFilter(),
                asked.issuerFilter());
    }

    /**
     * Keeps directives about any of the given themes (a theme named twice counts once):
     * {@code theme(Theme.TRANSPORT, Theme.LOGISTICS)}.
     *
     * @param themes the themes, at least one
     * @return this query, narrowed
     * @throws IllegalArgumentException when no theme is named
     */
    public DirectiveQuery theme(Theme... themes) {
        Set<Theme> wanted = wantedThemes(themes);
        DirectiveQuery query = indexed(CatalogIndex.aboutAny(catalog.index.directivesByTheme, wanted),
                hit -> isAboutAny(hit.item().themes(), wanted));
        return query.asking(new Asked(wanted, query.lastFilter(), asked.issuer(), asked.issuerFilter()));
    }

    /**
     * The folded words an issuer is found by; a name without any ("", "-") finds none, whatever the catalog's
     * issuers are called, and is refused rather than matched with an issuer of punctuation alone.
     */
    static String issuerWords(String authorityOrPerson) {
        String folded = Text.words(Objects.requireNonNull(authorityOrPerson, "authorityOrPerson"));
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("unknown issuer " + Echo.of(authorityOrPerson) + ": an issuer is "
                    + "named by its words, and this has none");
        }
        return folded;
    }

    /**
     * Keeps directives given by an authority or a person, matched whole but ignoring case, diacritics and punctuation:
     * "Thủ tướng Chính phủ" or "pham minh chinh".
     *
     * @param authorityOrPerson the body or the person, as directives name them
     * @return this query, narrowed
     * @throws IllegalArgumentException when no directive of the catalog is given by it, naming the closest issuer
     */
    public DirectiveQuery issuer(String authorityOrPerson) {
        String folded = issuerWords(authorityOrPerson);
        Optional<String> canonical = catalog.index.canonicalIssuer(folded);
        if (canonical.isEmpty()) {
            // As for an unknown province or indicator: an error naming the closest issuer, not an empty answer.
            throw new IllegalArgumentException("unknown issuer " + Echo.of(authorityOrPerson) + ": no directive of the "
                    + "catalog is given by it" + io.github.provplan.internal.Suggestions.closest(folded,
                    catalog.index.issuerNames.keySet()).map(f -> "; did you mean '" + catalog.index.issuerNames.get(f)
                    + "'?").orElse(""));
        }
        String issuer = canonical.get();
        DirectiveQuery query = indexed(catalog.index.directivesByIssuer.get(issuer),
                hit -> catalog.index.isCanonicalIssuer(hit, issuer));
        return query.asking(new Asked(asked.themes(), asked.themeFilter(), issuer, query.lastFilter()));
    }

    /**
     * Keeps directives whose deadline lies wholly before {@code date}: a deadline of {@code 2023-01} is before
     * 2023-02-01. Directives with no deadline are left out.
     *
     * @param date the day the deadlines must end before
     * @return this query, narrowed
     */
    public DirectiveQuery deadlineBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return indexed(catalog.index.directivesDueBefore(date),
                hit -> hit.item().deadline().filter(d -> d.isBefore(date)).isPresent());
    }

    /**
     * Keeps directives whose deadline lies wholly within {@code from} to {@code to}, both included: the deadlines of
     * a month, a quarter, a year. Directives with no deadline are left out.
     *
     * @param from the first day, included
     * @param to   the last day, included
     * @return this query, narrowed; empty when {@code to} is before {@code from}
     */
    public DirectiveQuery deadlineBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return narrowed(catalog.index.directivesDueFrom(from, to), hit -> hit.item().deadline()
                .filter(d -> !d.firstDay().isBefore(from) && !d.lastDay().isAfter(to)).isPresent());
    }

    /**
     * Keeps directives whose deadline lies wholly after {@code date}. Directives with no deadline are left out.
     *
     * @param date the day the deadlines must begin after
     * @return this query, narrowed
     */
    public DirectiveQuery deadlineAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return indexed(catalog.index.directivesDueAfter(date),
                hit -> hit.item().deadline().filter(d -> d.isAfter(date)).isPresent());
    }

    /**
     * Keeps directives of plans dated from {@code from} to {@code to}, both included: plans whose issue date (or,
     * lacking one, meeting date) lies wholly inside. A plan dated only by month or year is inside when the whole
     * month or year is. Directives of undated plans are left out.
     *
     * @param from the first day, included
     * @param to   the last day, included
     * @return this query, narrowed
     */
    public DirectiveQuery datedBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return filter(hit -> {
            Optional<PartialDate> date = hit.plan().issued().or(() -> hit.plan().meetingDate());
            return date.filter(d -> !d.firstDay().isBefore(from) && !d.lastDay().isAfter(to)).isPresent();
        });
    }

    /**
     * Keeps directives of one kind of plan: {@code planKind(PlanKind.CONCLUSION_NOTICE)}.
     *
     * @param kind the kind of plan
     * @return this query, narrowed
     */
    public DirectiveQuery planKind(PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        return indexed(catalog.index.directivesByKind.getOrDefault(kind, List.of()), hit -> hit.plan().kind() == kind);
    }

    /**
     * Keeps directives whose action or quote has the words of {@code text}, whole and in a row, ignoring case,
     * Vietnamese diacritics and punctuation: "giao thong" finds "giao thông", not "giao thôngg".
     *
     * @param text the words to find
     * @return this query, narrowed
     */
    public DirectiveQuery text(String text) {
        Objects.requireNonNull(text, "text");
        String words = CatalogIndex.searchText(text);
        var search = catalog.index.searchDirectives(words);
        return search.exact() ? indexed(search.candidates(), search.test())
                : narrowed(search.candidates(), search.test());
    }
}
