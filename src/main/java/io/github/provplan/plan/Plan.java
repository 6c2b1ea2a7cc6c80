package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A planning document: a master plan, a resolution, a socio-economic plan, an action programme, a notice of the
 * Prime Minister's conclusions… with everything it states that a program can use.
 *
 * <p>Build one with {@link #builder(String, PlanKind, String, String, Actor)}, or read one with
 * {@link io.github.provplan.format.PlanReader}.
 *
 * @param id           a slug unique in a catalog, such as {@code long-an-master-plan-2021-2030}
 * @param kind         what kind of document it is
 * @param province     the province it is about, as the province registry names it, or {@link #WHOLE_COUNTRY}
 * @param title        the Vietnamese title
 * @param titleEn      an English title
 * @param number       its document number, such as {@code 686/QĐ-TTg}
 * @param issuer       who issued it
 * @param issued       when it was issued, at the precision the text gives
 * @param meetingDate  for conclusions, when the working session or conference took place
 * @param period       the years it covers
 * @param vision       the year of its long-term vision ("tầm nhìn đến năm 2050")
 * @param implementing the documents it carries out
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
public record Plan(String id, PlanKind kind, String province, String title, Optional<String> titleEn,
                   Optional<DocumentNumber> number, Actor issuer, Optional<PartialDate> issued,
                   Optional<PartialDate> meetingDate, Optional<YearRange> period, OptionalInt vision,
                   List<Reference> implementing, List<Reference> cites, List<Objective> objectives,
                   List<Pillar> pillars, Optional<SpatialModel> spatialModel, List<Target> targets,
                   List<Directive> directives, List<Observation> observations, List<Proposal> proposals,
                   List<Source> sources) {
    /** The {@link #province()} of national documents that every province carries out. */
    public static final String WHOLE_COUNTRY = "Việt Nam";

    public Plan {
        Checks.slug(id, "id");
        Objects.requireNonNull(kind, "kind");
        Checks.text(province, "province");
        Checks.text(title, "title");
        Checks.optionalText(titleEn, "titleEn");
        Checks.optional(number, "number");
        Objects.requireNonNull(issuer, "issuer");
        Checks.optional(issued, "issued");
        Checks.optional(meetingDate, "meetingDate");
        Checks.optional(period, "period");
        Checks.optionalInt(vision, "vision");
        implementing = Checks.list(implementing, "implementing");
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
        if (meetingDate.isPresent() && issued.isPresent() && meetingDate.get().compareTo(issued.get()) > 0) {
            throw new IllegalFieldException("meetingDate",
                    "the meeting (" + meetingDate.get() + ") is after the document was issued (" + issued.get() + ")");
        }
    }

    /** Starts a plan with its required properties; everything else is empty until set. */
    public static Builder builder(String id, PlanKind kind, String province, String title, Actor issuer) {
        return new Builder(id, kind, province, title, issuer);
    }

    /** A builder holding this plan's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether this is a national document rather than one province's. */
    @JsonIgnore
    public boolean isNational() {
        return WHOLE_COUNTRY.equals(province);
    }

    /**
     * Whether the plan covers {@code year}: within its period, or its vision year. A plan with no period covers the
     * year it was issued or its meeting took place.
     */
    public boolean covers(int year) {
        if (period.isPresent()) {
            return period.get().contains(year) || (vision.isPresent() && vision.getAsInt() == year);
        }
        return issued.or(() -> meetingDate).map(d -> d.year() == year).orElse(false);
    }

    @Override
    public String toString() {
        return id + " [" + kind.code() + ", " + province + number.map(n -> ", " + n).orElse("") + "] " + title;
    }

    /** Collects a plan's values; {@link #build()} validates them all at once, as the constructor does. */
    public static final class Builder {
        private String id;
        private PlanKind kind;
        private String province;
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
            this(plan.id, plan.kind, plan.province, plan.title, plan.issuer);
            titleEn = plan.titleEn;
            number = plan.number;
            issued = plan.issued;
            meetingDate = plan.meetingDate;
            period = plan.period;
            vision = plan.vision;
            spatialModel = plan.spatialModel;
            implementing.addAll(plan.implementing);
            cites.addAll(plan.cites);
            objectives.addAll(plan.objectives);
            pillars.addAll(plan.pillars);
            targets.addAll(plan.targets);
            directives.addAll(plan.directives);
            observations.addAll(plan.observations);
            proposals.addAll(plan.proposals);
            sources.addAll(plan.sources);
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(PlanKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder province(String province) {
            this.province = province;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder issuer(Actor issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder titleEn(String titleEn) {
            this.titleEn = Optional.of(titleEn);
            return this;
        }

        public Builder number(DocumentNumber number) {
            this.number = Optional.of(number);
            return this;
        }

        /** Parses and sets the document number, such as {@code 686/QĐ-TTg}. */
        public Builder number(String number) {
            return number(DocumentNumber.parse(number));
        }

        public Builder issued(PartialDate issued) {
            this.issued = Optional.of(issued);
            return this;
        }

        public Builder meetingDate(PartialDate meetingDate) {
            this.meetingDate = Optional.of(meetingDate);
            return this;
        }

        public Builder period(YearRange period) {
            this.period = Optional.of(period);
            return this;
        }

        public Builder vision(int vision) {
            this.vision = OptionalInt.of(vision);
            return this;
        }

        public Builder spatialModel(SpatialModel spatialModel) {
            this.spatialModel = Optional.of(spatialModel);
            return this;
        }

        public Builder implementing(Reference reference) {
            implementing.add(reference);
            return this;
        }

        public Builder cites(Reference reference) {
            cites.add(reference);
            return this;
        }

        public Builder objective(Objective objective) {
            objectives.add(objective);
            return this;
        }

        public Builder pillar(Pillar pillar) {
            pillars.add(pillar);
            return this;
        }

        public Builder target(Target target) {
            targets.add(target);
            return this;
        }

        public Builder directive(Directive directive) {
            directives.add(directive);
            return this;
        }

        public Builder observation(Observation observation) {
            observations.add(observation);
            return this;
        }

        public Builder proposal(Proposal proposal) {
            proposals.add(proposal);
            return this;
        }

        public Builder source(Source source) {
            sources.add(source);
            return this;
        }

        /**
         * The plan.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} as the {@link Plan} constructor does
         */
        public Plan build() {
            return new Plan(id, kind, province, title, titleEn, number, issuer, issued, meetingDate, period, vision,
                    implementing, cites, objectives, pillars, spatialModel, targets, directives, observations,
                    proposals, sources);
        }
    }
}
