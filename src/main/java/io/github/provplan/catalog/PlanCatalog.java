package io.github.provplan.catalog;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.internal.Echo;
import io.github.provplan.internal.Text;
import io.github.provplan.internal.TextRules;
import io.github.provplan.plan.Link;
import io.github.provplan.plan.LinkKind;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanStatus;
import io.github.provplan.plan.Scope;
import io.github.provplan.plan.Target;
import io.github.provplan.province.Era;
import io.github.provplan.province.Province;
import io.github.provplan.province.ProvinceRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable, thread-safe collection of plans with the indicators they use, indexed when it is made so that
 * queries are fast: {@code catalog.targets().province("Long An").year(2030).list()}.
 *
 * <p>{@link #bundled()} holds the documents of the five source articles that ship with provplan (see
 * {@code docs/data.md}); {@link #read(List)} builds a catalog from a maintainer's own files.
 */
public final class PlanCatalog {
    private static final String INDEX = "index.txt";

    private final Map<String, Plan> byId;
    private final IndicatorRegistry indicators;
    private final ProvinceRegistry provinces;
    /** The regions the plans apply to, by their folded words, as provinces are found ("Tây Nguyên", "tay-nguyen"). */
    private final Map<String, String> regions;
    /** Each kind's query with no filter. */
    private final PlanQuery plans;
    private final TargetQuery targets;
    private final DirectiveQuery directives;
    private final ObservationQuery observations;
    private final ProposalQuery proposals;
    final CatalogIndex index;

    private PlanCatalog(List<Plan> given, IndicatorRegistry indicators) {
        List<Plan> copy = List.copyOf(given);
        this.byId = copy.stream().collect(Collectors.toUnmodifiableMap(Plan::id, Function.identity()));
        this.indicators = indicators;
        this.provinces = ProvinceRegistry.bundled();
        this.regions = regionsOf(copy);
        this.index = new CatalogIndex(copy, this::areasOf);
        // Queries are immutable: each kind's query with no filter is made once, not on every question.
        this.plans = new PlanQuery(this, CatalogQuery.State.initial());
        this.targets = new TargetQuery(this, CatalogQuery.State.initial());
        this.directives = new DirectiveQuery(this, CatalogQuery.State.initial());
        this.observations = new ObservationQuery(this, CatalogQuery.State.initial());
        this.proposals = new ProposalQuery(this, CatalogQuery.State.initial());
    }

    /**
     * The catalog that ships with provplan, read once on first use.
     *
     * @return the bundled catalog
     */
    public static PlanCatalog bundled() {
        return Bundled.CATALOG;
    }

    /**
     * A catalog of what a read returned, using the bundled indicators and units plus those the input declares.
     *
     * @param set the plans, indicators and units a {@link PlanReader} read
     * @return the catalog
     * @throws IllegalArgumentException if two plans share an id, a declared indicator or unit is already known, or a
     *                                  declared indicator is in a unit neither bundled nor declared
     */
    public static PlanCatalog of(PlanSet set) {
        Objects.requireNonNull(set, "set");
        return new PlanCatalog(set.plans(), IndicatorRegistry.bundled().with(set.indicators(), set.units()));
    }

    /**
     * Reads files and directories of provplan JSON into a catalog, as {@link PlanReader#read(List)} reads them.
     *
     * @param paths files and directories to read
     * @return the catalog
     * @throws PlanFormatException listing every problem in the files
     * @throws IllegalArgumentException as {@link #of(PlanSet)} does
     */
    public static PlanCatalog read(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        return of(PlanReader.create().read(paths));
    }

    /**
     * A query over the plans; {@code plans().list()} is every plan, in catalog order.
     *
     * @return a query with no filter
     */
    public PlanQuery plans() {
        return plans;
    }

    /**
     * A query over every plan's targets.
     *
     * @return a query with no filter: {@code targets().list()} is every one, in catalog order
     */
    public TargetQuery targets() {
        return targets;
    }

    /**
     * A query over every plan's directives.
     *
     * @return a query with no filter: {@code directives().list()} is every one, in catalog order
     */
    public DirectiveQuery directives() {
        return directives;
    }

    /**
     * A query over every plan's reported figures.
     *
     * @return a query with no filter: {@code observations().list()} is every one, in catalog order
     */
    public ObservationQuery observations() {
        return observations;
    }

    /**
     * A query over every plan's proposals to the centre.
     *
     * @return a query with no filter: {@code proposals().list()} is every one, in catalog order
     */
    public ProposalQuery proposals() {
        return proposals;
    }

    /**
     * The plan with this id.
     *
     * @param id the plan's id, such as {@code long-an-master-plan-2021-2030}
     * @return the plan, or empty when the catalog has none with this id
     */
    public Optional<Plan> plan(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The indicators the catalog's plans may use: the bundled ones and those its files declare.
     *
     * @return the registry
     */
    public IndicatorRegistry indicators() {
        return indicators;
    }

    /**
     * The provinces that queries resolve names against.
     *
     * @return the bundled province registry
     */
    public ProvinceRegistry provinces() {
        return provinces;
    }

    /**
     * The number of plans.
     *
     * @return the number of plans
     */
    public int size() {
        return index.plans.all().size();
    }

    /**
     * The name of the area a plan is about, as the catalog files it and {@link Hit#province()} gives it: the registry's
     * name of its (first) province, with "(before 1 July 2025)" for an earlier unit whose name a merged unit took
     * over; {@code Việt Nam} for a national plan; the region's name for a regional one.
     *
     * @param plan a plan
     * @return the area's name
     */
    public String area(Plan plan) {
        return areaOf(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * The area a plan applies to, as the key its records are found by: {@value Scope#COUNTRY_NAME} for the country,
     * a region's name, or the registry's name of its (first) province. A unit before 1 July 2025 whose name a merged
     * unit took over (Tây Ninh, Lào Cai) has a key of its own, "Tây Ninh (before 1 July 2025)", so that its plans are
     * not filed under the merged unit; a unit that went on alone under its name (Lạng Sơn) keeps it.
     */
    String areaOf(Plan plan) {
        Scope scope = plan.scope();
        return switch (scope.level()) {
            case COUNTRY -> Scope.COUNTRY_NAME;
            case REGION -> scope.region().orElseThrow();
            case PROVINCES -> provinces.find(scope.provinces().get(0), scope.era().orElseThrow()).map(this::keyOf)
                    .orElse(scope.provinces().get(0));
        };
    }

    /** Every area a plan applies to: its first, as {@link #areaOf}, and each other province of a scope of several. */
    List<String> areasOf(Plan plan) {
        Scope scope = plan.scope();
        if (scope.provinces().size() < 2) {
            return List.of(areaOf(plan));
        }
        var areas = new java.util.LinkedHashSet<String>();
        for (String name : scope.provinces()) {
            areas.add(provinces.find(name, scope.era().orElseThrow()).map(this::keyOf).orElse(name));
        }
        return List.copyOf(areas);
    }

    private String keyOf(Province unit) {
        if (unit.era() == Era.FROM_JULY_2025) {
            return unit.name();
        }
        Optional<Province> successor = provinces.successor(unit);
        boolean wentOnAlone = successor.filter(s -> s.name().equals(unit.name())
                && s.formedFrom().equals(List.of(unit.name()))).isPresent();
        if (!wentOnAlone && provinces.find(unit.name(), Era.FROM_JULY_2025).isPresent()) {
            return unit.name() + " (before 1 July 2025)";
        }
        return unit.name();
    }

    /**
     * The area keys a query for {@code name} matches: the country for {@value Scope#COUNTRY_NAME}, a region of the
     * catalog by its name, or the unit the registry resolves the name to (from 1 July 2025 when both arrangements
     * use it), with the units it was formed from and the unit it became part of when asked.
     *
     * @throws IllegalArgumentException for a name that is no province, no region of the catalog and not the country
     */
    Set<String> areaKeys(String name, Optional<Era> era, boolean predecessors, boolean successors) {
        // Queries ask this on every run, and the answer for a name never changes: resolving it again (folding the
        // name, finding the unit and its succession) cost more than the indexed query itself. The plain question
        // (a name, no era, no succession) has a map of its own, keyed by the name alone, as hashing a key of four
        // parts was most of a query's own time; it keeps the query state for the name (see plainArea). Both stop
        // growing at about AREA_CACHE names (threads racing past the check may add a few), so that an application
        // passing on what its users type does not keep every spelling it was sent.
        if (era.isEmpty() && !predecessors && !successors) {
            return plainArea(name).names();
        }
        return kept(areaKeys, List.of(name, era, predecessors, successors),
                key -> resolveArea(name, era, predecessors, successors));
    }

    /**
     * The state of a query that has asked for the area {@code name} and nothing else: the commonest first step,
     * kept with the names it resolves to, so that asking it makes no state of its own (it is one of the few objects
     * an indexed question made, and making them was much of its time).
     */
    @SuppressWarnings("unchecked") // the state holds no record, so one serves every kind
    <R> CatalogQuery.State<R> plainArea(String name) {
        return (CatalogQuery.State<R>) kept(plainAreas, name, plainState);
    }

    /** The value in {@code cache} under {@code key}, made and kept there (while it has room) when not yet. */
    private static <K, V> V kept(Map<K, V> cache, K key, java.util.function.Function<K, V> make) {
        V value = cache.get(key);
        if (value == null) {
            value = make.apply(key);
            if (cache.size() < AREA_CACHE) {
                cache.put(key, value);
            }
        }
        return value;
    }

    /** How many names {@link #plainArea} keeps: about {@link #AREA_CACHE} at most. */
    int areasKept() {
        return plainAreas.size();
    }

    private static final int AREA_CACHE = 4096;
    private static final String COUNTRY_WORDS = Text.words(Scope.COUNTRY_NAME);
    private final Map<String, CatalogQuery.State<?>> plainAreas = new java.util.concurrent.ConcurrentHashMap<>();
    /** Made once: a lambda made on each question would be one more object a question makes. */
    private final java.util.function.Function<String, CatalogQuery.State<?>> plainState = name ->
            new CatalogQuery.State<>(List.of(), Optional.of(name), Optional.empty(), false, false,
                    resolveArea(name, Optional.empty(), false, false));
    private final Map<List<Object>, Set<String>> areaKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> resolveArea(String name, Optional<Era> era, boolean predecessors, boolean successors) {
        // Spelled as a place is, as provinces are: "(Việt Nam)" and "!" are no area, though their words match one.
        boolean placeName = Text.isPlaceName(name);
        String folded = Text.words(name);
        if (placeName && folded.equals(COUNTRY_WORDS)) {
            return Set.of(Scope.COUNTRY_NAME);
        }
        Optional<Province> found = era.isPresent() ? provinces.find(name, era.get()) : provinces.find(name);
        if (found.isEmpty()) {
            String region = regions.get(folded);
            if (region != null && !placeName && !TextRules.nfc(name.strip()).equals(region)) {
                // A region named with punctuation of its own is found as the catalog spells it, in NFC as it keeps it.
                region = null;
            }
            if (region != null && era.isEmpty()) {
                return Set.of(region);
            }
            if (era.isPresent() && provinces.find(name).isPresent()) {
                throw new IllegalArgumentException(Echo.of(name) + " is no province " + (era.get() == Era.FROM_JULY_2025
                        ? "from 1 July 2025" : "before 1 July 2025"));
            }
            String unknown = provinces.unknown(name);
            // The regions are named only when no province is close: a near miss of a province is a typo.
            throw new IllegalArgumentException(unknown + (regions.isEmpty() || unknown.contains("did you mean") ? ""
                    : "; the catalog's regions are " + String.join(", ", new java.util.TreeSet<>(regions.values()))));
        }
        Province unit = found.get();
        var keys = new java.util.LinkedHashSet<String>();
        keys.add(keyOf(unit));
        if (predecessors) {
            provinces.predecessors(unit).forEach(p -> keys.add(keyOf(p)));
        }
        if (successors) {
            provinces.successor(unit).ifPresent(s -> keys.add(keyOf(s)));
        }
        return Set.copyOf(keys);
    }

    /**
     * Whether a target of {@code plan} is in force on {@code day}: its plan is adopted and issued or met by then (an
     * undated plan counts as issued; a plan about the units from 1 July 2025 is not in force before then), the target's year has not ended, no plan in force by then supersedes its plan, and no
     * plan in force and dated by then that amends or adjusts its plan sets a target for the same indicator over an
     * overlapping period (the revised figure replaces it; an undated plan replaces nothing on a given day, since when
     * it took effect is not known).
     */
    boolean inForce(Plan plan, Target target, java.time.LocalDate day) {
        // A replacement takes effect from its date: an undated plan replaces nothing on a given day.
        return issuedBy(plan, day) && target.year() >= day.getYear()
                && !replaced(plan, target, later -> issuedBy(later, day)
                && later.issued().or(later::meetingDate).isPresent());
    }

    /** Whether an adopted plan of the catalog replaces the target (see {@link #inForce}), whenever it was issued. */
    boolean replaced(Plan plan, Target target) {
        return replaced(plan, target, later -> later.status() == PlanStatus.ADOPTED);
    }

    private boolean replaced(Plan plan, Target target, java.util.function.Predicate<Plan> counts) {
        for (Map.Entry<LinkKind, Plan> link : linksTo(plan)) {
            Plan later = link.getValue();
            if (!counts.test(later)) {
                continue;
            }
            if (link.getKey() == LinkKind.SUPERSEDES) {
                return true;
            }
            if ((link.getKey() == LinkKind.AMENDS
                    || link.getKey() == LinkKind.ADJUSTS)
                    && later.targets().stream().anyMatch(t -> t.indicator().equals(target.indicator())
                    && t.period().overlaps(target.period()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adopted, and issued (or met) by {@code day}; a plan about the units from 1 July 2025 is in force from then at
     * the earliest. A plan with neither date counts as issued.
     */
    private static boolean issuedBy(Plan plan, java.time.LocalDate day) {
        if (plan.status() != PlanStatus.ADOPTED) {
            return false;
        }
        if (plan.scope().era().filter(era -> era == Era.FROM_JULY_2025).isPresent() && day.isBefore(Era.MERGER)) {
            return false;
        }
        return plan.issued().or(plan::meetingDate).map(date -> !date.firstDay().isAfter(day)).orElse(true);
    }

    /**
     * Who names each plan: the plans of this catalog that link to it, with how. Made on first use, and keyed by
     * identity: a plan's own hash code would hash everything it holds on every look-up.
     */
    private volatile Map<Plan, List<Map.Entry<LinkKind, Plan>>> namedBy;

    /**
     * The plans of this catalog that link to {@code plan}, with how: a reference names it by its id ({@code plan}) or
     * by its document number.
     */
    List<Map.Entry<LinkKind, Plan>> linksTo(Plan plan) {
        Map<Plan, List<Map.Entry<LinkKind, Plan>>> known = namedBy;
        if (known == null) {
            known = linksOf(index.plans.all());
            namedBy = known;
        }
        return known.getOrDefault(plan, List.of());
    }

    private Map<Plan, List<Map.Entry<LinkKind, Plan>>> linksOf(List<Plan> plans) {
        var byNumber = new java.util.HashMap<String, Plan>();
        plans.forEach(p -> p.number().filter(n -> !n.isPartial()).ifPresent(n -> byNumber.putIfAbsent(n.toString(), p)));
        var links = new java.util.IdentityHashMap<Plan, List<Map.Entry<LinkKind, Plan>>>();
        for (Plan from : plans) {
            for (Link link : from.links()) {
                Plan to = link.reference().plan().map(byId::get)
                        .or(() -> link.reference().number().map(n -> byNumber.get(n.toString()))).orElse(null);
                if (to != null && to != from) {
                    links.computeIfAbsent(to, k -> new java.util.ArrayList<>()).add(Map.entry(link.kind(), from));
                }
            }
        }
        return links;
    }

    private static Map<String, String> regionsOf(List<Plan> plans) {
        var regions = new java.util.HashMap<String, String>();
        for (Plan plan : plans) {
            plan.scope().region().ifPresent(r -> regions.putIfAbsent(Text.words(r), r));
        }
        return Map.copyOf(regions);
    }

    @Override
    public String toString() {
        return "PlanCatalog" + index.plans.all().stream().map(Plan::id).toList();
    }

    /** Read on first use: the bundled files are listed, in order, in the resource {@code catalog/index.txt}. */
    static final class Bundled {
        static final PlanCatalog CATALOG = load();

        /** A catalog of the bundled files of its own, for tests that must not change the one every caller shares. */
        static PlanCatalog load() {
            var inputs = new LinkedHashMap<String, byte[]>();
            for (String file : resourceLines(INDEX)) {
                inputs.put("bundled:" + file, resource(file));
            }
            try {
                return of(PlanReader.create().readAll(inputs));
            } catch (PlanFormatException e) {
                throw new IllegalStateException("provplan's bundled catalog is invalid:\n" + e.getMessage(), e);
            }
        }

        private static List<String> resourceLines(String name) {
            try (var reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] resource(String name) {
            try (InputStream in = open(name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream open(String name) {
            InputStream in = PlanCatalog.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("provplan is missing its resource catalog/" + name);
            }
            return in;
        }
    }
}
