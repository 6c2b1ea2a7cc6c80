package io.github.provplan.catalog;

import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Objective;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

    final CatalogQuery.Scope<Hit<Directive>> directives;
    final Map<Theme, List<Hit<Directive>>> directivesByTheme;
    final Map<String, List<Hit<Directive>>> directivesByIssuer;
    final Map<PlanKind, List<Hit<Directive>>> directivesByKind;
    private final NavigableMap<LocalDate, List<Hit<Directive>>> directivesByLastDay;
    private final NavigableMap<LocalDate, List<Hit<Directive>>> directivesByFirstDay;

    final CatalogQuery.Scope<Hit<Observation>> observations;
    final Map<String, List<Hit<Observation>>> observationsByIndicator;
    final Map<Integer, List<Hit<Observation>>> observationsByYear;

    final CatalogQuery.Scope<Hit<Proposal>> proposals;
    final Map<Theme, List<Hit<Proposal>>> proposalsByTheme;

    /** Folded searchable text of plans, directives and proposals, by identity. */
    private final Map<Object, String> folded = new IdentityHashMap<>();

    CatalogIndex(List<Plan> planList, UnaryOperator<String> canonicalProvince) {
        Map<Plan, Integer> planOrder = new IdentityHashMap<>();
        IntStream.range(0, planList.size()).forEach(i -> planOrder.put(planList.get(i), i));
        Function<Plan, String> province = p -> canonicalProvince.apply(p.province());
        plans = new CatalogQuery.Scope<>(planList, Indexes.by(planList, p -> Set.of(province.apply(p))),
                Plan::province, Comparator.comparingInt(planOrder::get));
        plansByKind = Indexes.by(planList, p -> Set.of(p.kind()));
        plansByYear = Indexes.by(planList, CatalogIndex::yearsCovered);

        targets = scope(hits(planList, Plan::targets), canonicalProvince);
        targetsByIndicator = Indexes.by(targets.all(), h -> Set.of(h.item().indicator()));
        targetsByYear = Indexes.by(targets.all(), h -> Set.of(h.item().year()));
        targetsByKind = Indexes.by(targets.all(), h -> Set.of(h.plan().kind()));

        directives = scope(hits(planList, Plan::directives), canonicalProvince);
        directivesByTheme = Indexes.by(directives.all(), h -> h.item().themes());
        directivesByIssuer = Indexes.by(directives.all(), h -> Stream.concat(Stream.of(h.item().by().body()),
                h.item().by().person().stream()).map(Text::fold).collect(Collectors.toSet()));
        directivesByKind = Indexes.by(directives.all(), h -> Set.of(h.plan().kind()));
        directivesByLastDay = new TreeMap<>(Indexes.by(directives.all(),
                h -> h.item().deadline().map(d -> d.lastDay()).stream().toList()));
        directivesByFirstDay = new TreeMap<>(Indexes.by(directives.all(),
                h -> h.item().deadline().map(d -> d.firstDay()).stream().toList()));

        observations = scope(hits(planList, Plan::observations), canonicalProvince);
        observationsByIndicator = Indexes.by(observations.all(), h -> Set.of(h.item().indicator()));
        observationsByYear = Indexes.by(observations.all(), h -> Set.of(h.item().period().year()));

        proposals = scope(hits(planList, Plan::proposals), canonicalProvince);
        proposalsByTheme = Indexes.by(proposals.all(), h -> h.item().themes());

        for (Plan plan : planList) {
            folded.put(plan, Text.fold(plan.title() + "\n" + plan.objectives().stream().map(Objective::text)
                    .collect(Collectors.joining("\n"))));
        }
        directives.all().forEach(h -> folded.put(h, Text.fold(h.item().action() + "\n" + h.item().quote().text())));
        proposals.all().forEach(h -> folded.put(h, Text.fold(h.item().request() + "\n" + h.item().quote().text())));
    }

    private static <T> List<Hit<T>> hits(List<Plan> plans, Function<Plan, List<T>> records) {
        var hits = new ArrayList<Hit<T>>();
        for (Plan plan : plans) {
            for (T record : records.apply(plan)) {
                hits.add(new Hit<>(record, plan, hits.size()));
            }
        }
        return List.copyOf(hits);
    }

    private static <T> CatalogQuery.Scope<Hit<T>> scope(List<Hit<T>> hits, UnaryOperator<String> canonicalProvince) {
        return new CatalogQuery.Scope<>(hits, Indexes.by(hits, h -> Set.of(canonicalProvince.apply(h.province()))),
                Hit::province, hitOrder());
    }

    private static Collection<Integer> yearsCovered(Plan plan) {
        if (plan.period().isPresent()) {
            var years = new ArrayList<Integer>();
            IntStream.rangeClosed(plan.period().get().start(), plan.period().get().end()).forEach(years::add);
            plan.vision().ifPresent(years::add);
            return years;
        }
        return plan.issued().or(() -> plan.meetingDate()).map(d -> List.of(d.year())).orElse(List.of());
    }

    static <T> Comparator<Hit<T>> hitOrder() {
        return Comparator.comparingInt(h -> h.ordinal);
    }

    /** The folded form of a search text. */
    static String searchText(String text) {
        String folded = Text.fold(text);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("search text is blank");
        }
        return folded;
    }

    String foldedText(Object planOrHit) {
        return folded.get(planOrHit);
    }

    List<Hit<Directive>> directivesDueBefore(LocalDate date) {
        return Indexes.union(directivesByLastDay.headMap(date, false).values(), hitOrder());
    }

    List<Hit<Directive>> directivesDueAfter(LocalDate date) {
        return Indexes.union(directivesByFirstDay.tailMap(date, false).values(), hitOrder());
    }
}
