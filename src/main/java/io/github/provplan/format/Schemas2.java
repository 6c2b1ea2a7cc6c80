package io.github.provplan.format;

import io.github.provplan.internal.Echo;
import io.github.provplan.indicator.Direction;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.Quantity;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.plan.Comparison;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.Figure;
import io.github.provplan.plan.Measure;
import io.github.provplan.plan.Milestone;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.ObservationStatus;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.PlanStatus;
import io.github.provplan.plan.Ranking;
import io.github.provplan.plan.Reference;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Scope;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import io.github.provplan.province.Era;
import io.github.provplan.province.Province;
import io.github.provplan.province.ProvinceRegistry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JSON format v2, record by record, for the records that differ from format 1 ({@link Schemas} has the rest).
 * docs/format.md and docs/schema/provplan-2.schema.json describe the same format; tests keep the three in step.
 */
final class Schemas2 {
    private Schemas2() {
    }

    static final Schema<Reference> REFERENCE = Schema.of("a reference",
            f -> {
                var number = f.optionalParsed("number", DocumentNumber::parsePartial);
                var title = f.optionalText("title");
                var date = f.optionalParsed("date", PartialDate::parse);
                var plan = f.optionalParsed("plan", text -> Checks.slug(text, "plan"));
                return f.build(() -> new Reference(number, title, date, plan));
            },
            "number", "title", "date", "plan");

    static final Schema<io.github.provplan.plan.Source> SOURCE = Schema.of("a source",
            f -> {
                var ref = f.text("ref");
                var title = f.optionalText("title");
                var publisher = f.optionalText("publisher");
                var author = f.optionalText("author");
                var date = f.optionalParsed("date", PartialDate::parse);
                var url = f.optionalText("url");
                return f.build(() -> new io.github.provplan.plan.Source(ref, title, publisher, author, date, url));
            },
            "ref", "title", "publisher", "author", "date", "url");

    static final Schema<Figure> EQUIVALENT = Schema.of("an equivalent",
            f -> {
                var relation = f.parsed("relation", Relation::fromCode);
                var value = f.optionalNumber("value");
                var low = f.optionalNumber("low");
                var high = f.optionalNumber("high");
                var unit = f.unit("unit");
                return f.build(() -> new Figure(relation, value, low, high, unit));
            },
            "relation", "value", "low", "high", "unit");

    static final Schema<Milestone> MILESTONE = Schema.of("a milestone",
            f -> {
                var year = f.integer("year");
                var relation = f.parsed("relation", Relation::fromCode);
                var value = f.optionalNumber("value");
                var low = f.optionalNumber("low");
                var high = f.optionalNumber("high");
                return f.build(() -> new Milestone(year, relation, value, low, high));
            },
            "year", "relation", "value", "low", "high");

    static final Schema<Ranking> RANKING = Schema.of("a ranking",
            f -> {
                var of = f.optionalInteger("of");
                var region = f.optionalText("region");
                return f.build(() -> new Ranking(of, region));
            },
            "of", "region");

    static final Schema<Target> TARGET = Schema.of("a target",
            f -> {
                var indicator = f.text("indicator");
                var relation = f.parsed("relation", Relation::fromCode);
                var value = f.optionalNumber("value");
                var low = f.optionalNumber("low");
                var high = f.optionalNumber("high");
                var unit = f.unit("unit");
                var equivalent = f.optionalObject("equivalent", EQUIVALENT);
                var ranking = f.optionalObject("ranking", RANKING);
                var measure = f.optionalParsed("measure", Measure::fromCode);
                var period = f.shared(f.parsed("period", YearRange::parse));
                var periodStated = f.flag("periodStated", true);
                var baseYear = f.optionalYear("baseYear");
                var milestones = f.list("milestones", MILESTONE);
                var condition = f.optionalText("condition");
                var aim = f.optionalText("aim");
                var quote = f.object("quote", Schemas.QUOTE);
                return f.build(() -> new Target(indicator, relation, value, low, high, unit, equivalent, ranking,
                        measure.orElse(Measure.LEVEL), period, periodStated, baseYear, milestones, condition, aim,
                        quote));
            },
            "indicator", "relation", "value", "low", "high", "unit", "equivalent", "ranking", "measure", "period",
            "periodStated", "baseYear", "milestones", "condition", "aim", "quote");

    static final Schema<Observation> OBSERVATION = Schema.of("an observation",
            f -> {
                var indicator = f.text("indicator");
                var relation = f.optionalParsed("relation", Relation::fromCode);
                var value = f.number("value");
                var unit = f.unit("unit");
                var period = f.shared(f.parsed("period", ReportingPeriod::parse));
                var periodStated = f.flag("periodStated", true);
                var status = f.optionalParsed("status", ObservationStatus::fromCode);
                var comparedWith = f.optionalParsed("comparedWith", Comparison::parse);
                var ranking = f.optionalObject("ranking", RANKING);
                var equivalent = f.optionalObject("equivalent", EQUIVALENT);
                var quote = f.object("quote", Schemas.QUOTE);
                return f.build(() -> new Observation(indicator, relation.orElse(Relation.PLAIN), value, unit, period,
                        periodStated, status.orElse(ObservationStatus.REPORTED), comparedWith, ranking, equivalent, quote));
            },
            "indicator", "relation", "value", "unit", "period", "periodStated", "status", "comparedWith", "ranking",
            "equivalent", "quote");

    /** A scope as a file gives it: the era may be left to the document's date. */
    record ScopeParts(Scope.Level level, Optional<String> region, List<String> provinces, Optional<Era> era) {
    }

    static final Schema<ScopeParts> SCOPE = Schema.of("a scope",
            f -> {
                var level = f.parsed("level", Scope.Level::fromCode);
                var region = f.optionalText("region");
                var provinces = f.textList("provinces");
                var era = f.optionalParsed("era", Era::fromCode);
                return f.build(() -> {
                    // The scope's own rules, checked here so that a problem points into the scope object.
                    // Its names are checked against the era below, once the era is known: here any one unit stands in.
                    Optional<Era> someEra = level == Scope.Level.PROVINCES ? era.or(() -> Optional.of(Era.FROM_JULY_2025))
                            : era;
                    List<String> checked = Checks.distinctList(Checks.textList(provinces, "provinces"), "provinces");
                    new Scope(level, region, checked.isEmpty() || someEra.isEmpty() ? checked
                            : List.of(ProvinceRegistry.bundled().units(someEra.get()).get(0).name()), someEra);
                    return new ScopeParts(level, region, provinces, era);
                });
            },
            "level", "region", "provinces", "era");

    static final Schema<Plan> PLAN = Schema.remembered("a plan",
            f -> {
                var version = f.optionalInteger("formatVersion");
                if (version.isPresent() && version.getAsInt() != 2) {
                    f.invalid("formatVersion", "a plan in a format 2 catalog is format 2, not formatVersion "
                            + version.getAsInt());
                }
                var id = f.parsed("id", text -> Checks.slug(text, "id"));
                var kind = f.parsed("kind", PlanKind::fromCode);
                var status = f.parsed("status", PlanStatus::fromCode);
                var scopeParts = f.object("scope", SCOPE);
                var title = f.text("title");
                var titleEn = f.optionalText("titleEn");
                var number = f.optionalParsed("number", DocumentNumber::parsePartial);
                var issuer = f.object("issuer", Schemas.ACTOR);
                var issued = f.optionalParsed("issued", PartialDate::parse);
                var meetingDate = f.optionalParsed("meetingDate", PartialDate::parse);
                var period = f.optionalParsed("period", YearRange::parse);
                var vision = f.optionalYear("vision");
                boolean ownSound = f.soundSoFar();
                var implementing = f.list("implementing", REFERENCE);
                var amends = f.list("amends", REFERENCE);
                var supersedes = f.list("supersedes", REFERENCE);
                var adjusts = f.list("adjusts", REFERENCE);
                var cites = f.list("cites", REFERENCE);
                var objectives = f.list("objectives", Schemas.OBJECTIVE);
                var pillars = f.list("pillars", Schemas.PILLAR);
                var spatialModel = f.optionalObject("spatialModel", Schemas.SPATIAL_MODEL);
                var targets = f.list("targets", TARGET);
                var directives = f.list("directives", Schemas.DIRECTIVE);
                var observations = f.list("observations", OBSERVATION);
                var proposals = f.list("proposals", Schemas.PROPOSAL);
                int beforeSources = f.problemCount();
                var sources = f.list("sources", SOURCE);
                boolean sourcesComplete = f.problemCount() == beforeSources;
                int beforeScope = f.problemCount();
                Scope scope = scopeParts == null ? null : scope(f, scopeParts, issued, meetingDate, period);
                ownSound &= f.problemCount() == beforeScope;
                Supplier<Plan> plan = () -> new Plan(id, kind, status, scope, title, titleEn, number, issuer, issued,
                        meetingDate, period, vision, implementing, amends, supersedes, adjusts, cites, objectives,
                        pillars, spatialModel, targets, directives, observations, proposals, sources);
                return f.plan(plan, ownSound, sourcesComplete, true);
            },
            "formatVersion", "id", "kind", "status", "scope", "title", "titleEn", "number", "issuer", "issued",
            "meetingDate", "period", "vision", "implementing", "amends", "supersedes", "adjusts", "cites",
            "objectives", "pillars", "spatialModel", "targets", "directives", "observations", "proposals", "sources");

    /**
     * The scope with its era: as the file states it, or else from the document's date; every province must be a unit
     * of that era.
     */
    private static Scope scope(Fields f, ScopeParts parts, Optional<PartialDate> issued,
                               Optional<PartialDate> meetingDate, Optional<YearRange> period) {
        if (parts.level() != Scope.Level.PROVINCES) {
            return new Scope(parts.level(), parts.region(), parts.provinces(), Optional.empty());
        }
        Optional<Era> era = parts.era().or(() -> Plan.eraOf(issued, meetingDate, period));
        if (era.isEmpty()) {
            f.invalid("scope", "the document's date does not tell whether its provinces are those before or from "
                    + "1 July 2025; add \"era\": \"before-july-2025\" or \"from-july-2025\" to the scope");
            return null;
        }
        ProvinceRegistry registry = ProvinceRegistry.bundled();
        boolean valid = true;
        var units = new java.util.HashMap<Province, String>();
        for (String name : parts.provinces()) {
            Optional<Province> unit = registry.find(name, era.get());
            if (unit.isEmpty()) {
                f.invalid("scope", registry.unknown(name, era.get()));
                valid = false;
            } else {
                String earlier = units.putIfAbsent(unit.get(), name);
                if (earlier != null) {
                    f.invalid("scope", Echo.of(name) + " and " + Echo.of(earlier) + " are the same province, "
                            + unit.get().name());
                    valid = false;
                }
            }
        }
        return valid ? new Scope(Scope.Level.PROVINCES, Optional.empty(), parts.provinces(), era) : null;
    }

    static final Schema<Unit> UNIT = Schema.remembered("a unit",
            f -> {
                var code = f.parsed("code", text -> Checks.slug(text, "code"));
                var quantity = f.parsed("quantity", Quantity::fromCode);
                var of = f.optionalText("of");
                var scale = f.integer("scale");
                var symbol = f.text("symbol");
                return f.build(() -> new Unit(code, quantity, of, scale, symbol));
            },
            "code", "quantity", "of", "scale", "symbol");

    static final Schema<Indicator> INDICATOR = Schema.remembered("an indicator",
            f -> {
                var code = f.parsed("code", text -> Checks.slug(text, "code"));
                var labelVi = f.text("labelVi");
                var labelEn = f.text("labelEn");
                var units = f.unitList("units");
                if (units.isEmpty() && f.has("units")) {
                    f.invalid("units", "an indicator is given in at least one unit");
                }
                var direction = f.parsed("direction", Direction::fromCode);
                var structure = f.optionalParsed("structure", text -> Checks.slug(text, "structure"));
                boolean proportion = f.flag("proportion", false);
                if (!f.has("units")) {
                    f.invalid("units", "missing required property 'units'");
                }
                Indicator built = f.build(() -> new Indicator(code, labelVi, labelEn, units, direction, structure, proportion));
                if (built == null) {
                    f.brokenIndicator(code, structure);
                }
                return built;
            },
            "code", "labelVi", "labelEn", "units", "direction", "structure", "proportion");
}
