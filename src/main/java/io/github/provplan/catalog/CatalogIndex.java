package io.github.provplan.catalog;

import io.github.provplan.internal.Echo;
import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The indexes a catalog builds once, when it is made, so that queries by province, indicator, year, plan kind,
 * theme, issuer or deadline start from the matching records instead of scanning all of them.
 */
final class CatalogIndex {
    final CatalogQuery.Scope<Plan> plans;
    final Map<PlanKind, List<Plan>> plansByKind;
    final Map<Integer, List<Plan>> plansByYear;

    final CatalogQuery.Scope<Hit<Target>> targets;
    final Map<String, List<Hit<Target>>> targetsByIndicator;
    final Map<Integer, List<Hit<Target>>> targetsByYear;
    final Map<PlanKind, List<Hit<Target>>> targetsByKind;
    /** By the registry's name of the province, then by indicator; and then by year. */
    private final Map<String, Map<String, Indexes.ByYear<Hit<Target>>>> targetsByProvinceIndicatorAndYear;

    final CatalogQuery.Scope<Hit<Directive>> directives;
    final Map<Theme, List<Hit<Directive>>> directivesByTheme;
    final Map<String, List<Hit<Directive>>> directivesByIssuer;
    /** By folded issuer (as in {@link #issuers}), then by theme. */
    private final Map<String, Map<Theme, List<Hit<Directive>>>> directivesByIssuerAndTheme;
    final Map<PlanKind, List<Hit<Directive>>> directivesByKind;
    private final DayIndex<Hit<Directive>> directivesByLastDay;
    private final DayIndex<Hit<Directive>> directivesByFirstDay;

    final CatalogQuery.Scope<Hit<Observation>> observations;
    final Map<String, List<Hit<Observation>>> observationsByIndicator;
    final Map<Integer, List<Hit<Observation>>> observationsByYear;

    final CatalogQuery.Scope<Hit<Proposal>> proposals;
    final Map<Theme, List<Hit<Proposal>>> proposalsByTheme;

    /**
     * Each directive's authority and person, folded, by ordinal: what {@code issuer(...)} compares. Each folded name
     * is one instance, kept in {@link #issuers}, so that a query compares by identity.
     */
    private final String[] issuerBody;
    private final String[] issuerPerson;
    private final Map<String, String> issuers;
    /** The authorities and persons directives name, as written, by folded name. */
    final Map<String, String> issuerNames;
    /**
     * The text search index, built on the first text search: most uses of a catalog (the command line's summary,
     * a program that only asks for targets) never search text, and need not pay for it.
     */
    private volatile TextIndex textIndex;
    private final List<Plan> planList;
    /**
     * The areas beyond the first of a plan about several provinces (a table giving each its own target): its records
     * are in the groups of each. Most plans have one area and are not here.
     */
    private final Map<Plan, List<String>> otherAreas = new IdentityHashMap<>();
    /** The first area of each plan: the key its hits' origin holds. */
    private final Map<Plan, String> planAreas = new IdentityHashMap<>();
    /** Each plan's position in catalog order, by identity. */
    private final Map<Plan, Integer> planPositions = new IdentityHashMap<>();

    /** Every area a plan is about: its first, and the others of a plan about several provinces. */
    List<String> areas(Plan plan) {
        List<String> others = otherAreas.get(plan);
        String first = planAreas.get(plan);
        if (others == null) {
            return List.of(first);
        }
        var all = new ArrayList<String>(others.size() + 1);
        all.add(first);
        all.addAll(others);
        return all;
    }

    CatalogIndex(List<Plan> planList, Function<Plan, List<String>> areasOf) {
        Map<Plan, Integer> planOrder = planPositions;
        Map<Plan, String> provinces = planAreas;
        Map<String, String> canonical = new java.util.HashMap<>();
        Map<Plan, Hit.Origin> origins = new IdentityHashMap<>();
        for (int i = 0; i < planList.size(); i++) {
            Plan plan = planList.get(i);
            planOrder.put(plan, i);
            List<String> areas = areasOf.apply(plan);
            // One instance of each area's key, as the origin of every hit of its plans holds it.
            String first = canonical.computeIfAbsent(areas.get(0), a -> a);
            provinces.put(plan, first);
            origins.put(plan, new Hit.Origin(plan, first));
            if (areas.size() > 1) {
                var keys = new ArrayList<String>();
                areas.forEach(area -> keys.add(canonical.computeIfAbsent(area, a -> a)));
                otherAreas.put(plan, List.copyOf(keys.subList(1, keys.size())));
            }
        }
        plans = new CatalogQuery.Scope<>(planList, Indexes.by(planList, this::areas), this::areas,
                Comparator.comparingInt(planOrder::get), p -> p);
        plansByKind = Indexes.byKey(planList, p -> p.kind());
        plansByYear = Indexes.by(planList, CatalogIndex::yearsCovered);

        // Targets, the most numerous records, get all their indexes in one pass: a pass for each index read every
        // target from memory again, and building the indexes was a fifth of a load.
        var allTargets = new ArrayList<Hit<Target>>(count(planList, Plan::targets));
        var targetsOfProvince = new Indexes.Groups<String>();
        var byIndicator = new Indexes.Groups<String>();
        var byYear = new Indexes.Groups<Integer>();
        var byKind = new Indexes.Groups<PlanKind>();
        var byProvinceAndIndicator = new java.util.HashMap<String, Indexes.Groups<String>>();
        // By province, indicator and year in the same pass too: a second pass over each province's targets by
        // indicator read every target again, scattered in memory, and was a third of building the indexes.
        var byProvinceIndicatorAndYear = new java.util.HashMap<String,
                java.util.HashMap<String, Indexes.Groups<Integer>>>();
        for (Plan plan : planList) {
            String province = provinces.get(plan);
            Hit.Origin origin = origins.get(plan);
            var ofProvince = byProvinceAndIndicator.computeIfAbsent(province, p -> new Indexes.Groups<>());
            var yearsOfProvince = byProvinceIndicatorAndYear.computeIfAbsent(province, p -> new java.util.HashMap<>());
            for (Target target : plan.targets()) {
                int ordinal = allTargets.size();
                Integer year = Indexes.year(target.year());
                allTargets.add(new Hit<>(target, origin, ordinal));
                targetsOfProvince.add(province, ordinal);
                byIndicator.add(target.indicator(), ordinal);
                byYear.add(year, ordinal);
                byKind.add(plan.kind(), ordinal);
                ofProvince.add(target.indicator(), ordinal);
                yearsOfProvince.computeIfAbsent(target.indicator(), i -> new Indexes.Groups<>()).add(year, ordinal);
                for (String other : otherAreas.getOrDefault(plan, List.of())) {
                    targetsOfProvince.add(other, ordinal);
                    byProvinceAndIndicator.computeIfAbsent(other, p -> new Indexes.Groups<>())
                            .add(target.indicator(), ordinal);
                    byProvinceIndicatorAndYear.computeIfAbsent(other, p -> new java.util.HashMap<>())
                            .computeIfAbsent(target.indicator(), i -> new Indexes.Groups<>()).add(year, ordinal);
                }
            }
        }
        List<Hit<Target>> targetList = Indexes.listed(allTargets);
        targets = scope(targetList, targetsOfProvince.frozen(targetList));
        targetsByIndicator = byIndicator.frozen(targetList);
        targetsByYear = byYear.frozen(targetList);
        targetsByKind = byKind.frozen(targetList);
        var byProvinceAndIndicatorFrozen = Indexes.frozenEach(byProvinceAndIndicator, targetList);
        targetsByProvinceIndicatorAndYear = new java.util.HashMap<>();
        byProvinceIndicatorAndYear.forEach((province, byIndicatorOfProvince) -> {
            var ofProvince = byProvinceAndIndicatorFrozen.get(province);
            var byIndicatorAndYear = new java.util.HashMap<String, Indexes.ByYear<Hit<Target>>>();
            Indexes.frozenEach(byIndicatorOfProvince, targetList).forEach((indicator, byYearOfIndicator) ->
                    byIndicatorAndYear.put(indicator, Indexes.ByYear.of(ofProvince.get(indicator), byYearOfIndicator)));
            targetsByProvinceIndicatorAndYear.put(province, byIndicatorAndYear);
        });

        // Directives too get all their indexes in one pass: a pass for each of their nine indexes read every
        // directive, its actor and its deadline from memory again.
        int directiveCount = count(planList, Plan::directives);
        var allDirectives = new ArrayList<Hit<Directive>>(directiveCount);
        var directivesOfProvince = new Indexes.Groups<String>();
        var byTheme = new Indexes.Groups<Theme>();
        var byDirectiveKind = new Indexes.Groups<PlanKind>();
        var byIssuer = new Indexes.Groups<String>();
        var byIssuerAndTheme = new java.util.HashMap<String, Indexes.Groups<Theme>>();
        issuerBody = new String[directiveCount];
        issuerPerson = new String[directiveCount];
        int[] lastDays = new int[directiveCount];
        int[] firstDays = new int[directiveCount];
        // Folded once per distinct name: a national corpus has thousands of directives and a few dozen issuers.
        Map<String, String> folded = new java.util.HashMap<>();
        Map<String, String> foldedNames = new java.util.HashMap<>();
        Function<String, String> fold = name -> folded.computeIfAbsent(name,
                n -> foldedNames.computeIfAbsent(Text.words(n), f -> f));
        for (Plan plan : planList) {
            String province = provinces.get(plan);
            Hit.Origin origin = origins.get(plan);
            for (Directive directive : plan.directives()) {
                int ordinal = allDirectives.size();
                allDirectives.add(new Hit<>(directive, origin, ordinal));
                directivesOfProvince.add(province, ordinal);
                for (String other : otherAreas.getOrDefault(plan, List.of())) {
                    directivesOfProvince.add(other, ordinal);
                }
                byDirectiveKind.add(plan.kind(), ordinal);
                for (Theme theme : directive.themes()) {
                    byTheme.add(theme, ordinal);
                }
                issuerBody[ordinal] = fold.apply(directive.by().body());
                issuerPerson[ordinal] = directive.by().person().map(fold).orElse("");
                for (String issuer : issuersOf(ordinal)) {
                    byIssuer.add(issuer, ordinal);
                    var themesOfIssuer = byIssuerAndTheme.computeIfAbsent(issuer, i -> new Indexes.Groups<>());
                    for (Theme theme : directive.themes()) {
                        themesOfIssuer.add(theme, ordinal);
                    }
                }
                lastDays[ordinal] = directive.deadline().map(d -> DayIndex.day(d.lastDay())).orElse(DayIndex.NO_DAY);
                firstDays[ordinal] = directive.deadline().map(d -> DayIndex.day(d.firstDay())).orElse(DayIndex.NO_DAY);
            }
        }
        List<Hit<Directive>> directiveList = Indexes.listed(allDirectives);
        directives = scope(directiveList, directivesOfProvince.frozen(directiveList));
        directivesByTheme = byTheme.frozen(directiveList);
        issuers = foldedNames;
        // The names as written, by folded name, for the message of an issuer no directive names.
        var written = new java.util.TreeMap<String, String>();
        folded.forEach((name, f) -> written.merge(f, name, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        issuerNames = Collections.unmodifiableMap(written);
        directivesByIssuer = byIssuer.frozen(directiveList);
        directivesByIssuerAndTheme = Indexes.frozenEach(byIssuerAndTheme, directiveList);
        directivesByKind = byDirectiveKind.frozen(directiveList);
        directivesByLastDay = DayIndex.of(directives.all(), lastDays);
        directivesByFirstDay = DayIndex.of(directives.all(), firstDays);

        observations = scope(hits(planList, Plan::observations, origins));
        observationsByIndicator = Indexes.byKey(observations.all(), h -> h.item().indicator());
        observationsByYear = Indexes.byKey(observations.all(), h -> Indexes.year(h.item().period().year()));

        proposals = scope(hits(planList, Plan::proposals, origins));
        proposalsByTheme = Indexes.by(proposals.all(), h -> h.item().themes());

        this.planList = planList;
    }

    /** The folded authority, and person if any, that gave the directive at {@code ordinal}: each name once. */
    private List<String> issuersOf(int ordinal) {
        String body = issuerBody[ordinal];
        String person = issuerPerson[ordinal];
        return person.isEmpty() || person == body ? List.of(body) : List.of(body, person);
    }

    /** The words and pairs of neighbouring words of the searchable text of plans, directives and proposals. */
    private static final class TextIndex {
        final WordIndex<Hit<Directive>> directivesByWord;
        final WordIndex<Hit<Proposal>> proposalsByWord;
        final WordIndex<Plan> plansByWord;

        TextIndex(List<Plan> plans, List<Hit<Directive>> directives, List<Hit<Proposal>> proposals) {
            directivesByWord = new WordIndex<>(directives, hit -> List.of(hit.item().action(),
                    hit.item().quote().text()));
            proposalsByWord = new WordIndex<>(proposals, hit -> List.of(hit.item().request(),
                    hit.item().quote().text()));
            plansByWord = new WordIndex<>(plans, TextIndex::searchable);
        }

        private static List<String> searchable(Plan plan) {
            var texts = new ArrayList<String>(1 + plan.objectives().size());
            texts.add(plan.title());
            plan.objectives().forEach(objective -> texts.add(objective.text()));
            return texts;
        }
    }

    /**
     * What a text search finds among one kind of records: the candidates the index gives, the test of one record,
     * and whether the candidates are exactly the records found (one or two words), so that they need no test.
     */
    record TextSearch<R>(List<R> candidates, Predicate<R> test, boolean exact) {
    }

    TextSearch<Hit<Directive>> searchDirectives(String words) {
        var found = text().directivesByWord.find(words);
        return new TextSearch<>(found.candidates(), hit -> found.has(hit.ordinal), found.exact());
    }

    TextSearch<Hit<Proposal>> searchProposals(String words) {
        var found = text().proposalsByWord.find(words);
        return new TextSearch<>(found.candidates(), hit -> found.has(hit.ordinal), found.exact());
    }

    TextSearch<Plan> searchPlans(String words) {
        var found = text().plansByWord.find(words);
        return new TextSearch<>(found.candidates(), plan -> found.has(planPositions.get(plan)), found.exact());
    }

    private TextIndex text() {
        TextIndex index = textIndex;
        if (index == null) {
            synchronized (this) {
                index = textIndex;
                if (index == null) {
                    index = new TextIndex(planList, directives.all(), proposals.all());
                    textIndex = index;
                }
            }
        }
        return index;
    }

    private static <T> List<Hit<T>> hits(List<Plan> plans, Function<Plan, List<T>> records,
                                         Map<Plan, Hit.Origin> origins) {
        var hits = new ArrayList<Hit<T>>(count(plans, records));
        for (Plan plan : plans) {
            Hit.Origin origin = origins.get(plan);
            for (T record : records.apply(plan)) {
                hits.add(new Hit<>(record, origin, hits.size()));
            }
        }
        return Indexes.listed(hits);
    }

    /** How many records the plans hold: lists of a national corpus's records, grown as they fill, were copied often. */
    private static int count(List<Plan> plans, Function<Plan, ? extends List<?>> records) {
        int count = 0;
        for (Plan plan : plans) {
            count += records.apply(plan).size();
        }
        return count;
    }

    private <T> CatalogQuery.Scope<Hit<T>> scope(List<Hit<T>> hits) {
        return scope(hits, otherAreas.isEmpty() ? Indexes.byKey(hits, Hit::province)
                : Indexes.by(hits, h -> areas(h.plan())));
    }

    /** Hits in catalog order, with their groups by the area of their plan (each area, for a plan about several). */
    private <T> CatalogQuery.Scope<Hit<T>> scope(List<Hit<T>> hits, Map<String, List<Hit<T>>> byProvince) {
        return new CatalogQuery.Scope<>(hits, byProvince, otherAreas.isEmpty() ? h -> List.of(h.province())
                : h -> areas(h.plan()), hitOrder(), Hit::plan);
    }

    private static Collection<Integer> yearsCovered(Plan plan) {
        if (plan.period().isPresent()) {
            var years = new ArrayList<Integer>();
            IntStream.rangeClosed(plan.period().get().start(), plan.period().get().end())
                    .forEach(year -> years.add(Indexes.year(year)));
            plan.vision().ifPresent(year -> years.add(Indexes.year(year)));
            return years;
        }
        return plan.issued().or(() -> plan.meetingDate()).map(d -> List.of(Indexes.year(d.year()))).orElse(List.of());
    }

    /**
     * The targets of one province (by the registry's name) for one indicator, in catalog order, all of them and by
     * year; null when there are none.
     */
    Indexes.ByYear<Hit<Target>> targetsOf(String province, String indicator) {
        return targetsByProvinceIndicatorAndYear.getOrDefault(province, Map.of()).get(indicator);
    }

    /**
     * The directives given by an issuer (one of {@link #issuers}) about any of some themes, in catalog order: what
     * {@code theme(...)} and {@code issuer(...)} find together.
     */
    List<Hit<Directive>> directivesOf(String issuer, Set<Theme> themes) {
        return aboutAny(directivesByIssuerAndTheme.getOrDefault(issuer, Map.of()), themes);
    }

    /** The records about any of {@code themes}, from an index by theme, in catalog order and each once. */
    static <T> List<Hit<T>> aboutAny(Map<Theme, List<Hit<T>>> byTheme, Set<Theme> themes) {
        return Indexes.union(themes.stream().map(t -> byTheme.getOrDefault(t, List.<Hit<T>>of())).toList(),
                hitOrder());
    }

    static <T> Comparator<Hit<T>> hitOrder() {
        return Comparator.comparingInt(h -> h.ordinal);
    }

    /** The words of a search text, folded. */
    static String searchText(String text) {
        String folded = Text.words(text);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("search text has no words: " + Echo.of(text));
        }
        return folded;
    }

    /**
     * Whether a directive was given by the authority or person, folded and looked up in {@link #canonicalIssuer}:
     * compared by identity.
     */
    boolean isCanonicalIssuer(Hit<Directive> hit, String canonical) {
        return issuerBody[hit.ordinal] == canonical || issuerPerson[hit.ordinal] == canonical;
    }

    /** The one instance of a folded authority or person that directives name, if any directive names it. */
    java.util.Optional<String> canonicalIssuer(String folded) {
        return java.util.Optional.ofNullable(issuers.get(folded));
    }

    /** Directives whose deadline ends before {@code date}. */
    List<Hit<Directive>> directivesDueBefore(LocalDate date) {
        return directivesByLastDay.before(date);
    }

    /** Directives whose deadline starts from {@code from} to {@code to}, both included. */
    List<Hit<Directive>> directivesDueFrom(LocalDate from, LocalDate to) {
        return directivesByFirstDay.between(from, to);
    }

    /** Directives whose deadline starts after {@code date}. */
    List<Hit<Directive>> directivesDueAfter(LocalDate date) {
        return directivesByFirstDay.after(date);
    }
}
