package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import io.github.provplan.province.Era;
import io.github.provplan.province.ProvinceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A planning document: a master plan, a resolution, a socio-economic plan, an action programme, a notice of the
 * Prime Minister's conclusions, a results report… with everything it states that a program can use.
 *
 * <pre>{@code
 * Plan plan = Plan.builder("long-an-master-plan-2021-2030", PlanKind.MASTER_PLAN, "Long An",
 *                 "Quy hoạch tỉnh Long An thời kỳ 2021-2030, tầm nhìn đến năm 2050", Actor.of("Thủ tướng Chính phủ"))
 *         .number("686/QĐ-TTg").issued(PartialDate.of(2023, 6, 13)).period(YearRange.of(2021, 2030)).vision(2050)
 *         .build();
 * plan.scope();   // Long An (before-july-2025), resolved from the date of issue
 * }</pre>
 *
 * <p>Build one with {@link #builder(String, PlanKind, String, String, Actor)}, or read one with
 * {@link io.github.provplan.format.PlanReader}. Plans are immutable, and safe to share between threads.
 *
 * @param id           a slug unique in a catalog, such as {@code long-an-master-plan-2021-2030}
 * @param kind         what kind of document it is
 * @param status       adopted, or a draft or proposal
 * @param scope        where it applies: the country, a region, or provinces of one era
 * @param title        the Vietnamese title
 * @param titleEn      an English title
 * @param number       its document number, such as {@code 686/QĐ-TTg}
 * @param issuer       who issued it
 * @param issued       when it was issued, at the precision the text gives
 * @param meetingDate  for conclusions, when the working session or conference took place
 * @param period       the years it covers
 * @param vision       the year of its long-term vision ("tầm nhìn đến năm 2050")
 * @param implementing the documents it carries out
 * @param amends       the documents it changes in part
 * @param supersedes   the documents it replaces
 * @param adjusts      the documents whose targets or content it adjusts ("điều chỉnh")
 * @param cites        other documents it refers to
 * @param objectives   its general objectives and vision statements
 * @param pillars      the pillars of development it names
 * @param spatialModel how it organises space
 * @param targets      its targets
 * @param directives   what it directs, one action each
 * @param observations the figures it reports
 * @param proposals    what it asks of the centre
 * @param sources      where its text comes from; every quote names one of these
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"formatVersion"})
public record Plan(String id, PlanKind kind, PlanStatus status, Scope scope, String title, Optional<String> titleEn,
                   Optional<DocumentNumber> number, Actor issuer, Optional<PartialDate> issued,
                   Optional<PartialDate> meetingDate, Optional<YearRange> period, OptionalInt vision,
                   List<Reference> implementing, List<Reference> amends, List<Reference> supersedes,
                   List<Reference> adjusts, List<Reference> cites, List<Objective> objectives,
                   List<Pillar> pillars, Optional<SpatialModel> spatialModel, List<Target> targets,
                   List<Directive> directives, List<Observation> observations, List<Proposal> proposals,
                   List<Source> sources) {
    /** The {@link #province()} of national documents that every province carries out. */
    public static final String WHOLE_COUNTRY = Scope.COUNTRY_NAME;

    /** The version of the JSON format a plan is written in: every plan object says it, first. */
    static final int FORMAT_VERSION = 2;

    /**
     * Creates a plan, keeping its text in Unicode NFC and unmodifiable copies of its lists. Checks each component on
     * its own, not against the others: that every quote names one of the sources, for instance, is checked by
     * {@link io.github.provplan.format.PlanReader} when a plan is read.
     *
     * @param id           a lower-kebab-case slug, such as {@code long-an-master-plan-2021-2030}
     * @param kind         what kind of document it is
     * @param status       adopted, or a draft or proposal
     * @param scope        where it applies
     * @param title        the Vietnamese title
     * @param titleEn      an English title
     * @param number       its document number
     * @param issuer       who issued it
     * @param issued       when it was issued
     * @param meetingDate  for conclusions, when the meeting took place; not after the date of issue
     * @param period       the years it covers
     * @param vision       the year of its long-term vision, 1900-2200, after the period
     * @param implementing the documents it carries out
     * @param amends       the documents it changes in part
     * @param supersedes   the documents it replaces
     * @param adjusts      the documents whose targets or content it adjusts
     * @param cites        other documents it refers to
     * @param objectives   its general objectives and vision statements
     * @param pillars      the pillars of development it names
     * @param spatialModel how it organises space
     * @param targets      its targets
     * @param directives   what it directs
     * @param observations the figures it reports
     * @param proposals    what it asks of the centre
     * @param sources      where its text comes from
     * @throws IllegalArgumentException if {@code id} is not a lower-kebab-case slug; if {@code title} or a present
     *                                  {@code titleEn} is blank or holds a disallowed character; if the vision year is
     *                                  outside 1900-2200 or not after the period's end; or if the meeting began after
     *                                  the
     *                                  document was issued
     * @throws NullPointerException if an element of a list is null, naming the list and its place ({@code targets[3]})
     */
    public Plan {
        Checks.slug(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scope, "scope");
        title = Checks.text(title, "title");
        titleEn = Checks.optionalText(titleEn, "titleEn");
        Checks.optional(number, "number");
        Objects.requireNonNull(issuer, "issuer");
        Checks.optional(issued, "issued");
        Checks.optional(meetingDate, "meetingDate");
        Checks.optional(period, "period");
        Checks.optionalInt(vision, "vision");
        implementing = Checks.list(implementing, "implementing");
        amends = Checks.list(amends, "amends");
        supersedes = Checks.list(supersedes, "supersedes");
        adjusts = Checks.list(adjusts, "adjusts");
        cites = Checks.list(cites, "cites");
        objectives = Checks.list(objectives, "objectives");
        pillars = Checks.list(pillars, "pillars");
        Checks.optional(spatialModel, "spatialModel");
        targets = Checks.list(targets, "targets");
        directives = Checks.list(directives, "directives");
        observations = Checks.list(observations, "observations");
        proposals = Checks.list(proposals, "proposals");
        sources = Checks.list(sources, "sources");
        if (vision.isPresent()) {
            Checks.year(vision.getAsInt(), "vision");
            if (period.isPresent() && vision.getAsInt() <= period.get().end()) {
                throw new IllegalFieldException("vision",
                        "vision year " + vision.getAsInt() + " is not after the period " + period.get());
            }
        }
        // "2025-12-05" is not after "2025-12": only a meeting that begins after the issue date ends can be after it.
        if (meetingDate.isPresent() && issued.isPresent()
                && meetingDate.get().firstDay().isAfter(issued.get().lastDay())) {
            throw new IllegalFieldException("meetingDate",
                    "the meeting (" + meetingDate.get() + ") is after the document was issued (" + issued.get() + ")");
        }
    }

    // Binds back what the writer leaves out (absent lists and optionals) and the formatVersion it writes first, so
    // that an application's own Jackson mapper reads a plan it wrote; the canonical constructor still checks it.
    @JsonCreator
    private static Plan bind(@JsonProperty("formatVersion") Integer formatVersion, @JsonProperty("id") String id,
                             @JsonProperty("kind") PlanKind kind, @JsonProperty("status") PlanStatus status,
                             @JsonProperty("scope") Scope scope, @JsonProperty("title") String title,
                             @JsonProperty("titleEn") Optional<String> titleEn,
                             @JsonProperty("number") Optional<DocumentNumber> number,
                             @JsonProperty("issuer") Actor issuer, @JsonProperty("issued") Optional<PartialDate> issued,
                             @JsonProperty("meetingDate") Optional<PartialDate> meetingDate,
                             @JsonProperty("period") Optional<YearRange> period,
                             @JsonProperty("vision") OptionalInt vision,
                             @JsonProperty("implementing") List<Reference> implementing,
                             @JsonProperty("amends") List<Reference> amends,
                             @JsonProperty("supersedes") List<Reference> supersedes,
                             @JsonProperty("adjusts") List<Reference> adjusts,
                             @JsonProperty("cites") List<Reference> cites,
                             @JsonProperty("objectives") List<Objective> objectives,
                             @JsonProperty("pillars") List<Pillar> pillars,
                             @JsonProperty("spatialModel") Optional<SpatialModel> spatialModel,
                             @JsonProperty("targets") List<Target> targets,
                             @JsonProperty("directives") List<Directive> directives,
                             @JsonProperty("observations") List<Observation> observations,
                             @JsonProperty("proposals") List<Proposal> proposals,
                             @JsonProperty("sources") List<Source> sources) {
        if (formatVersion != null && formatVersion != FORMAT_VERSION) {
            throw new IllegalFieldException("formatVersion", "a plan object is written in format " + FORMAT_VERSION
                    + ", not " + formatVersion);
        }
        return new Plan(id, kind, status, scope, title, Defaults.optional(titleEn), Defaults.optional(number), issuer,
                Defaults.optional(issued), Defaults.optional(meetingDate), Defaults.optional(period),
                Defaults.optional(vision), Defaults.list(implementing), Defaults.list(amends),
                Defaults.list(supersedes), Defaults.list(adjusts), Defaults.list(cites), Defaults.list(objectives),
                Defaults.list(pillars), Defaults.optional(spatialModel), Defaults.list(targets),
                Defaults.list(directives), Defaults.list(observations), Defaults.list(proposals),
                Defaults.list(sources));
    }

    /**
     * A plan as format 1 gives it: adopted, about one province (or {@link #WHOLE_COUNTRY}), implementing and citing
     * other documents but not amending, superseding or adjusting any. The province's era is resolved from the
     * document's date ({@link #eraOf}), or else from the name as {@link ProvinceRegistry#find} reads it.
     *
     * @param id           its slug
     * @param kind         its kind
     * @param province     the province, or {@link #WHOLE_COUNTRY}
     * @param title        the Vietnamese title
     * @param titleEn      an English title
     * @param number       its document number
     * @param issuer       who issued it
     * @param issued       when it was issued
     * @param meetingDate  when the meeting took place
     * @param period       the years it covers
     * @param vision       its vision year
     * @param implementing the documents it carries out
     * @param cites        the documents it refers to
     * @param objectives   its objectives
     * @param pillars      its pillars
     * @param spatialModel its spatial model
     * @param targets      its targets
     * @param directives   its directives
     * @param observations its observations
     * @param proposals    its proposals
     * @param sources      its sources
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Plan(String id, PlanKind kind, String province, String title, Optional<String> titleEn,
                Optional<DocumentNumber> number, Actor issuer, Optional<PartialDate> issued,
                Optional<PartialDate> meetingDate, Optional<YearRange> period, OptionalInt vision,
                List<Reference> implementing, List<Reference> cites, List<Objective> objectives,
                List<Pillar> pillars, Optional<SpatialModel> spatialModel, List<Target> targets,
                List<Directive> directives, List<Observation> observations, List<Proposal> proposals,
                List<Source> sources) {
        this(id, kind, PlanStatus.ADOPTED, scopeOf(province, issued, meetingDate, period,
                        id, kind, title, titleEn, number, issuer, vision, implementing, cites, objectives, pillars,
                        spatialModel, targets, directives, observations, proposals, sources), title, titleEn, number,
                issuer, issued, meetingDate, period, vision, implementing, List.of(), List.of(), List.of(), cites,
                objectives, pillars, spatialModel, targets, directives, observations, proposals, sources);
    }

    /**
     * {@link #scopeOf(String, Optional, Optional, Optional)} once every argument of the constructor above is known
     * not to be null: the scope is made before the canonical constructor checks them, and a bad province must not
     * hide a null one.
     */
    private static Scope scopeOf(String province, Optional<PartialDate> issued, Optional<PartialDate> meetingDate,
                                 Optional<YearRange> period, Object... others) {
        String[] names = {"id", "kind", "title", "titleEn", "number", "issuer", "vision", "implementing", "cites",
                "objectives", "pillars", "spatialModel", "targets", "directives", "observations", "proposals",
                "sources"};
        for (int i = 0; i < others.length; i++) {
            Objects.requireNonNull(others[i], names[i]);
            if (others[i] instanceof List<?> list) {
                Checks.list(list, names[i]); // names a null element as the canonical constructor would
            }
        }
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(period, "period");
        return scopeOf(province, issued, meetingDate, period);
    }

    /**
     * The scope format 1 means by a province's name: the whole country for {@link #WHOLE_COUNTRY}; a name that only
     * one arrangement has (Long An before July 2025) in that arrangement; a name both have (Tây Ninh, Lạng Sơn) in the
     * era of the document's date ({@link #eraOf}), or, for an undated document, from 1 July 2025, as
     * {@link ProvinceRegistry#find} reads it. A name the registry does not know is taken in the era of the date.
     *
     * @param province    the province's name, or {@link #WHOLE_COUNTRY}
     * @param issued      when the document was issued
     * @param meetingDate when its meeting took place
     * @param period      the years it covers
     * @return the scope
     * @throws IllegalArgumentException if {@code province} is blank or holds a disallowed character
     */
    public static Scope scopeOf(String province, Optional<PartialDate> issued, Optional<PartialDate> meetingDate,
                                Optional<YearRange> period) {
        province = Checks.text(province, "province");
        if (province.equals(WHOLE_COUNTRY)) {
            return Scope.country();
        }
        ProvinceRegistry registry = ProvinceRegistry.bundled();
        boolean before = registry.find(province, Era.BEFORE_JULY_2025).isPresent();
        boolean from = registry.find(province, Era.FROM_JULY_2025).isPresent();
        Era era = before != from ? (before ? Era.BEFORE_JULY_2025 : Era.FROM_JULY_2025)
                : eraOf(issued, meetingDate, period).orElse(Era.FROM_JULY_2025);
        return Scope.province(province, era);
    }

    /**
     * The arrangement of provinces a document's names refer to, from its date: the date of issue, else of the
     * meeting, else the first year of its period. A date before July 2025, or a year up to 2024, is
     * {@link Era#BEFORE_JULY_2025}; from July 2025, or a year from 2026, {@link Era#FROM_JULY_2025}; a document dated
     * only "2025", or not at all, has no era that can be read off its date.
     *
     * @param issued      when the document was issued
     * @param meetingDate when its meeting took place
     * @param period      the years it covers
     * @return the era, or empty when the date does not tell
     */
    public static Optional<Era> eraOf(Optional<PartialDate> issued, Optional<PartialDate> meetingDate,
                                      Optional<YearRange> period) {
        Optional<PartialDate> date = Checks.optional(issued, "issued").or(() -> Checks.optional(meetingDate,
                "meetingDate"));
        if (date.isPresent()) {
            PartialDate day = date.get();
            if (day.lastDay().isBefore(Era.MERGER)) {
                return Optional.of(Era.BEFORE_JULY_2025);
            }
            if (!day.firstDay().isBefore(Era.MERGER)) {
                return Optional.of(Era.FROM_JULY_2025);
            }
            return Optional.empty();
        }
        return Checks.optional(period, "period").flatMap(years -> years.start() <= 2024
                ? Optional.of(Era.BEFORE_JULY_2025)
                : years.start() >= 2026 ? Optional.of(Era.FROM_JULY_2025) : Optional.empty());
    }

    /**
     * Starts a plan with its required properties; everything else is empty until set, and the status is
     * {@link PlanStatus#ADOPTED}. Nothing is checked until {@link Builder#build()}.
     *
     * @param id       a lower-kebab-case slug, such as {@code long-an-master-plan-2021-2030}
     * @param kind     what kind of document it is
     * @param province the province's name, or {@link #WHOLE_COUNTRY}; its era is resolved when the plan is built
     *                 (see {@link #scopeOf})
     * @param title    the Vietnamese title
     * @param issuer   who issued it
     * @return a new builder
     */
    public static Builder builder(String id, PlanKind kind, String province, String title, Actor issuer) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        return new Builder(id, kind, province, title, issuer);
    }

    /**
     * A builder holding this plan's values, to derive a changed copy:
     * {@code plan.toBuilder().status(PlanStatus.ADOPTED).build()}. The builder keeps this plan's scope, not its
     * province's name.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The area's name in one string, as format 1 gave a plan's province: the province's name, or
     * {@link #WHOLE_COUNTRY}; for a region its name, for several provinces the first (see {@link #scope()}).
     *
     * @return the province's name
     */
    @JsonIgnore
    public String province() {
        return scope.name();
    }

    /** Written first in every plan object, so that a plan copied out of its file still says how to read it. */
    @JsonProperty("formatVersion")
    private int formatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * Whether this is a national document rather than one province's.
     *
     * @return whether the scope is the whole country
     */
    @JsonIgnore
    public boolean isNational() {
        return scope.isCountry();
    }

    /**
     * Every document the plan names, with how it relates to each: implements, amends, supersedes, adjusts, cites.
     *
     * @return an unmodifiable list of the links, in that order of kinds, empty when it names none
     */
    public List<Link> links() {
        var links = new ArrayList<Link>();
        implementing.forEach(r -> links.add(new Link(LinkKind.IMPLEMENTS, r)));
        amends.forEach(r -> links.add(new Link(LinkKind.AMENDS, r)));
        supersedes.forEach(r -> links.add(new Link(LinkKind.SUPERSEDES, r)));
        adjusts.forEach(r -> links.add(new Link(LinkKind.ADJUSTS, r)));
        cites.forEach(r -> links.add(new Link(LinkKind.CITES, r)));
        return List.copyOf(links);
    }

    /**
     * Whether the plan covers {@code year}: within its period, or up to its vision year. A plan with no period covers
     * the year it was issued or its meeting took place.
     *
     * @param year the year
     * @return whether the plan covers it
     */
    public boolean covers(int year) {
        if (period.isPresent()) {
            return period.get().contains(year) || (vision.isPresent() && vision.getAsInt() == year);
        }
        return issued.or(() -> meetingDate).map(d -> d.year() == year).orElse(false);
    }

    @Override
    public String toString() {
        return id + " [" + kind.code() + ", " + province() + number.map(n -> ", " + n).orElse("")
                + (status == PlanStatus.ADOPTED ? "" : ", " + status.code()) + "] " + title;
    }

    /**
     * Collects a plan's values; {@link #build()} validates them all at once, as the constructor does. Setters replace
     * a value; the methods for list components add one element each.
     *
     * <p>A builder is mutable and not safe to share between threads; the plans it builds are.
     */
    public static final class Builder {
        private String id;
        private PlanKind kind;
        private PlanStatus status = PlanStatus.ADOPTED;
        private String province;
        private Scope scope;
        private String title;
        private Actor issuer;
        private Optional<String> titleEn = Optional.empty();
        private Optional<DocumentNumber> number = Optional.empty();
        private Optional<PartialDate> issued = Optional.empty();
        private Optional<PartialDate> meetingDate = Optional.empty();
        private Optional<YearRange> period = Optional.empty();
        private OptionalInt vision = OptionalInt.empty();
        private Optional<SpatialModel> spatialModel = Optional.empty();
        private final List<Reference> implementing = new ArrayList<>();
        private final List<Reference> amends = new ArrayList<>();
        private final List<Reference> supersedes = new ArrayList<>();
        private final List<Reference> adjusts = new ArrayList<>();
        private final List<Reference> cites = new ArrayList<>();
        private final List<Objective> objectives = new ArrayList<>();
        private final List<Pillar> pillars = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Directive> directives = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<Proposal> proposals = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id, PlanKind kind, String province, String title, Actor issuer) {
            this.id = id;
            this.kind = kind;
            this.province = province;
            this.title = title;
            this.issuer = issuer;
        }

        private Builder(Plan plan) {
            this(plan.id, plan.kind, null, plan.title, plan.issuer);
            status = plan.status;
            scope = plan.scope;
            titleEn = plan.titleEn;
            number = plan.number;
            issued = plan.issued;
            meetingDate = plan.meetingDate;
            period = plan.period;
            vision = plan.vision;
            spatialModel = plan.spatialModel;
            implementing.addAll(plan.implementing);
            amends.addAll(plan.amends);
            supersedes.addAll(plan.supersedes);
            adjusts.addAll(plan.adjusts);
            cites.addAll(plan.cites);
            objectives.addAll(plan.objectives);
            pillars.addAll(plan.pillars);
            targets.addAll(plan.targets);
            directives.addAll(plan.directives);
            observations.addAll(plan.observations);
            proposals.addAll(plan.proposals);
            sources.addAll(plan.sources);
        }

        /**
         * Sets the id.
         *
         * @param id the slug
         * @return this builder
         */
        public Builder id(String id) {
            Objects.requireNonNull(id, "id");
            this.id = id;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(PlanKind kind) {
            Objects.requireNonNull(kind, "kind");
            this.kind = kind;
            return this;
        }

        /**
         * Sets the status (adopted until set).
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(PlanStatus status) {
            Objects.requireNonNull(status, "status");
            this.status = status;
            return this;
        }

        /**
         * Sets the province by name, or {@link #WHOLE_COUNTRY}; its era is resolved from the dates when the plan is
         * built, as format 1 resolves a province (see {@link Plan#scopeOf}): a name of one arrangement only takes
         * that arrangement, and an undated plan takes the current one, without a word. Format 2 files must state an
         * era their date does not tell; to state it in code, use {@link #scope(Scope)} with
         * {@link Scope#province(String, io.github.provplan.province.Era)}. Replaces a scope set before.
         *
         * @param province the province's name
         * @return this builder
         */
        public Builder province(String province) {
            Objects.requireNonNull(province, "province");
            this.province = province;
            this.scope = null;
            return this;
        }

        /**
         * Sets where the plan applies; replaces a province set before.
         *
         * @param scope the scope
         * @return this builder
         */
        public Builder scope(Scope scope) {
            Objects.requireNonNull(scope, "scope");
            this.scope = scope;
            this.province = null;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the Vietnamese title
         * @return this builder
         */
        public Builder title(String title) {
            Objects.requireNonNull(title, "title");
            this.title = title;
            return this;
        }

        /**
         * Sets the issuer.
         *
         * @param issuer who issued it
         * @return this builder
         */
        public Builder issuer(Actor issuer) {
            Objects.requireNonNull(issuer, "issuer");
            this.issuer = issuer;
            return this;
        }

        /**
         * Sets the English title.
         *
         * @param titleEn the title
         * @return this builder
         */
        public Builder titleEn(String titleEn) {
            Objects.requireNonNull(titleEn, "titleEn");
            this.titleEn = Optional.of(titleEn);
            return this;
        }

        /**
         * Sets the document number.
         *
         * @param number the number
         * @return this builder
         */
        public Builder number(DocumentNumber number) {
            Objects.requireNonNull(number, "number");
            this.number = Optional.of(number);
            return this;
        }

        /**
         * Parses and sets the document number, such as {@code 686/QĐ-TTg}.
         *
         * @param number the number
         * @return this builder
         */
        public Builder number(String number) {
            Objects.requireNonNull(number, "number");
            return number(DocumentNumber.parse(number));
        }

        /**
         * Sets the date of issue.
         *
         * @param issued the date
         * @return this builder
         */
        public Builder issued(PartialDate issued) {
            Objects.requireNonNull(issued, "issued");
            this.issued = Optional.of(issued);
            return this;
        }

        /**
         * Sets the date of the meeting.
         *
         * @param meetingDate the date
         * @return this builder
         */
        public Builder meetingDate(PartialDate meetingDate) {
            Objects.requireNonNull(meetingDate, "meetingDate");
            this.meetingDate = Optional.of(meetingDate);
            return this;
        }

        /**
         * Sets the period.
         *
         * @param period the years
         * @return this builder
         */
        public Builder period(YearRange period) {
            Objects.requireNonNull(period, "period");
            this.period = Optional.of(period);
            return this;
        }

        /**
         * Sets the vision year ("tầm nhìn đến năm 2050"), which must come after the period.
         *
         * @param vision the year
         * @return this builder
         */
        public Builder vision(int vision) {
            this.vision = OptionalInt.of(vision);
            return this;
        }

        /**
         * Sets the spatial model.
         *
         * @param spatialModel the model
         * @return this builder
         */
        public Builder spatialModel(SpatialModel spatialModel) {
            Objects.requireNonNull(spatialModel, "spatialModel");
            this.spatialModel = Optional.of(spatialModel);
            return this;
        }

        /**
         * Adds a document it implements.
         *
         * @param reference the document
         * @return this builder
         */
        public Builder implementing(Reference reference) {
            Objects.requireNonNull(reference, "reference");
            implementing.add(reference);
            return this;
        }

        /**
         * Adds a document it amends.
         *
         * @param reference the document
         * @return this builder
         */
        public Builder amends(Reference reference) {
            Objects.requireNonNull(reference, "reference");
            amends.add(reference);
            return this;
        }

        /**
         * Adds a document it supersedes.
         *
         * @param reference the document
         * @return this builder
         */
        public Builder supersedes(Reference reference) {
            Objects.requireNonNull(reference, "reference");
            supersedes.add(reference);
            return this;
        }

        /**
         * Adds a document it adjusts.
         *
         * @param reference the document
         * @return this builder
         */
        public Builder adjusts(Reference reference) {
            Objects.requireNonNull(reference, "reference");
            adjusts.add(reference);
            return this;
        }

        /**
         * Adds a document it cites.
         *
         * @param reference the document
         * @return this builder
         */
        public Builder cites(Reference reference) {
            Objects.requireNonNull(reference, "reference");
            cites.add(reference);
            return this;
        }

        /**
         * Adds an objective.
         *
         * @param objective the objective
         * @return this builder
         */
        public Builder objective(Objective objective) {
            Objects.requireNonNull(objective, "objective");
            objectives.add(objective);
            return this;
        }

        /**
         * Adds a pillar.
         *
         * @param pillar the pillar
         * @return this builder
         */
        public Builder pillar(Pillar pillar) {
            Objects.requireNonNull(pillar, "pillar");
            pillars.add(pillar);
            return this;
        }

        /**
         * Adds a target.
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(Target target) {
            Objects.requireNonNull(target, "target");
            targets.add(target);
            return this;
        }

        /**
         * Adds a directive.
         *
         * @param directive the directive
         * @return this builder
         */
        public Builder directive(Directive directive) {
            Objects.requireNonNull(directive, "directive");
            directives.add(directive);
            return this;
        }

        /**
         * Adds an observation.
         *
         * @param observation the observation
         * @return this builder
         */
        public Builder observation(Observation observation) {
            Objects.requireNonNull(observation, "observation");
            observations.add(observation);
            return this;
        }

        /**
         * Adds a proposal.
         *
         * @param proposal the proposal
         * @return this builder
         */
        public Builder proposal(Proposal proposal) {
            Objects.requireNonNull(proposal, "proposal");
            proposals.add(proposal);
            return this;
        }

        /**
         * Adds a source.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(Source source) {
            Objects.requireNonNull(source, "source");
            sources.add(source);
            return this;
        }

        /**
         * The plan, built from the values set so far. The builder can go on to build others.
         *
         * @return the plan
         * @throws IllegalArgumentException as the {@link Plan} constructor does, or as {@link Plan#scopeOf} does for a
         *                                  province's name
         * @throws NullPointerException if neither a province nor a scope is set
         */
        public Plan build() {
            Scope where = scope != null ? scope
                    : scopeOf(Objects.requireNonNull(province, "province"), issued, meetingDate, period);
            return new Plan(id, kind, status, where, title, titleEn, number, issuer, issued, meetingDate, period,
                    vision, implementing, amends, supersedes, adjusts, cites, objectives, pillars, spatialModel,
                    targets, directives, observations, proposals, sources);
        }
    }
}
