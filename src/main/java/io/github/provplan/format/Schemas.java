package io.github.provplan.format;

import io.github.provplan.indicator.Direction;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.plan.Actor;
import io.github.provplan.plan.Assignees;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.Objective;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Pillar;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Reference;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Source;
import io.github.provplan.plan.SpatialElement;
import io.github.provplan.plan.SpatialModel;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import io.github.provplan.plan.YearRange;
import io.github.provplan.province.ProvinceRegistry;
import java.util.function.Supplier;

/**
 * The JSON format v1, record by record: the one place that says which properties each record has when read.
 * docs/format.md and docs/schema/provplan-1.schema.json describe the same format; tests keep the three in step.
 * Format 2's are in {@link Schemas2}; the records shared by both are here.
 */
final class Schemas {
    private Schemas() {
    }

    // Format 1's vocabularies: format 2 added constants to these enums, which a v1 file may not use, and a v1 file's
    // problems are worded as before.
    private static final java.util.List<String> UNIT_CODES = Unit.FORMAT_1.stream().map(Unit::code).toList();
    static final java.util.function.Function<String, Unit> UNIT = code -> {
        Unit unit = Unit.FORMAT_1.stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
        if (unit == null) {
            throw new IllegalArgumentException(Unit.unknown(code, UNIT_CODES));
        }
        return unit;
    };
    static final java.util.function.Function<String, Relation> RELATION =
            code -> io.github.provplan.internal.Codes.parse(Relation.class, code, "relation", Relation.FORMAT_1);
    static final java.util.function.Function<String, PlanKind> KIND =
            code -> io.github.provplan.internal.Codes.parse(PlanKind.class, code, "plan kind", PlanKind.FORMAT_1);

    static final Schema<Quote> QUOTE = Schema.of("a quote",
            f -> {
                var text = f.text("text");
                var source = f.text("source");
                return f.build(() -> new Quote(text, source));
            },
            "text", "source");

    static final Schema<Source> SOURCE = Schema.of("a source",
            f -> {
                var ref = f.text("ref");
                var title = f.optionalText("title");
                var publisher = f.optionalText("publisher");
                var author = f.optionalText("author");
                var date = f.optionalParsed("date", PartialDate::parse);
                return f.build(() -> new Source(ref, title, publisher, author, date));
            },
            "ref", "title", "publisher", "author", "date");

    static final Schema<Actor> ACTOR = Schema.of("an actor",
            f -> {
                var body = f.text("body");
                var person = f.optionalText("person");
                // Shared: a few bodies and people give nearly every directive of a catalog.
                return f.shared(f.build(() -> new Actor(body, person)));
            },
            "body", "person");

    static final Schema<Assignees> ASSIGNEES = Schema.of("assignees",
            f -> {
                var lead = f.text("lead");
                var support = f.textList("support");
                return f.shared(f.build(() -> new Assignees(lead, support)));
            },
            "lead", "support");

    static final Schema<Reference> REFERENCE = Schema.of("a reference",
            f -> {
                var number = f.optionalParsed("number", DocumentNumber::parse);
                var title = f.optionalText("title");
                var date = f.optionalParsed("date", PartialDate::parse);
                var plan = f.optionalParsed("plan", text -> Checks.slug(text, "plan"));
                return f.build(() -> new Reference(number, title, date, plan));
            },
            "number", "title", "date", "plan");

    static final Schema<Objective> OBJECTIVE = Schema.of("an objective",
            f -> {
                var horizon = f.optionalParsed("horizon", YearRange::parse);
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new Objective(horizon, quote));
            },
            "horizon", "quote");

    static final Schema<Pillar> PILLAR = Schema.of("a pillar",
            f -> {
                var name = f.text("name");
                var role = f.optionalText("role");
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new Pillar(name, role, quote));
            },
            "name", "role", "quote");

    static final Schema<SpatialElement> SPATIAL_ELEMENT = Schema.of("a spatial element",
            f -> {
                var count = f.integer("count");
                var kind = f.text("kind");
                return f.build(() -> new SpatialElement(count, kind));
            },
            "count", "kind");

    static final Schema<SpatialModel> SPATIAL_MODEL = Schema.of("a spatial model",
            f -> {
                var elements = f.list("elements", SPATIAL_ELEMENT);
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new SpatialModel(elements, quote));
            },
            "elements", "quote");

    static final Schema<Target> TARGET = Schema.of("a target",
            f -> {
                var indicator = f.text("indicator");
                var relation = f.parsed("relation", RELATION);
                var value = f.optionalNumber("value");
                var low = f.optionalNumber("low");
                var high = f.optionalNumber("high");
                var unit = f.parsed("unit", UNIT);
                var period = f.shared(f.parsed("period", YearRange::parse));
                var baseYear = f.optionalYear("baseYear");
                var aim = f.optionalText("aim");
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new Target(indicator, relation, value, low, high, unit, period, baseYear, aim,
                        quote));
            },
            "indicator", "relation", "value", "low", "high", "unit", "period", "baseYear", "aim", "quote");

    static final Schema<Observation> OBSERVATION = Schema.of("an observation",
            f -> {
                var indicator = f.text("indicator");
                var value = f.number("value");
                var unit = f.parsed("unit", UNIT);
                var period = f.shared(f.parsed("period", ReportingPeriod::parseWithinYear));
                var estimate = f.flag("estimate");
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new Observation(indicator, value, unit, period, estimate, quote));
            },
            "indicator", "value", "unit", "period", "estimate", "quote");

    static final Schema<Directive> DIRECTIVE = Schema.of("a directive",
            f -> {
                var by = f.object("by", ACTOR);
                var to = f.object("to", ASSIGNEES);
                var action = f.text("action");
                var themes = f.shared(f.parsedList("themes", Theme::fromCode));
                var deadline = f.optionalParsed("deadline", PartialDate::parse);
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new Directive(by, to, action, themes, deadline, quote));
            },
            "by", "to", "action", "themes", "deadline", "quote");

    static final Schema<Proposal> PROPOSAL = Schema.of("a proposal",
            f -> {
                var from = f.object("from", ACTOR);
                var to = f.textList("to");
                var request = f.text("request");
                var themes = f.shared(f.parsedList("themes", Theme::fromCode));
                var quote = f.object("quote", QUOTE);
                return f.build(() -> new Proposal(from, to, request, themes, quote));
            },
            "from", "to", "request", "themes", "quote");

    static final Schema<Plan> PLAN = Schema.remembered("a plan",
            f -> {
                var id = f.parsed("id", text -> Checks.slug(text, "id"));
                var kind = f.parsed("kind", KIND);
                var province = f.parsed("province", Schemas::province);
                var title = f.text("title");
                var titleEn = f.optionalText("titleEn");
                var number = f.optionalParsed("number", DocumentNumber::parse);
                var issuer = f.object("issuer", ACTOR);
                var issued = f.optionalParsed("issued", PartialDate::parse);
                var meetingDate = f.optionalParsed("meetingDate", PartialDate::parse);
                var period = f.optionalParsed("period", YearRange::parse);
                var vision = f.optionalYear("vision");
                boolean ownSound = f.soundSoFar();
                var implementing = f.list("implementing", REFERENCE);
                var cites = f.list("cites", REFERENCE);
                var objectives = f.list("objectives", OBJECTIVE);
                var pillars = f.list("pillars", PILLAR);
                var spatialModel = f.optionalObject("spatialModel", SPATIAL_MODEL);
                var targets = f.list("targets", TARGET);
                var directives = f.list("directives", DIRECTIVE);
                var observations = f.list("observations", OBSERVATION);
                var proposals = f.list("proposals", PROPOSAL);
                int beforeSources = f.problemCount();
                var sources = f.list("sources", SOURCE);
                boolean sourcesComplete = f.problemCount() == beforeSources;
                Supplier<Plan> plan = () -> new Plan(id, kind, province, title, titleEn, number, issuer, issued,
                        meetingDate, period, vision, implementing, cites, objectives, pillars, spatialModel, targets,
                        directives, observations, proposals, sources);
                return f.plan(plan, ownSound, sourcesComplete, false);
            },
            "id", "kind", "province", "title", "titleEn", "number", "issuer", "issued", "meetingDate", "period",
            "vision", "implementing", "cites", "objectives", "pillars", "spatialModel", "targets", "directives",
            "observations", "proposals", "sources");

    /** A province the registry knows, by name or alias, or the whole country. */
    static String province(String name) {
        ProvinceRegistry provinces = ProvinceRegistry.bundled();
        if (!name.equals(Plan.WHOLE_COUNTRY) && provinces.find(name).isEmpty()) {
            throw new IllegalArgumentException(provinces.unknown(name) + "; write the province's name, or \""
                    + Plan.WHOLE_COUNTRY + "\" for a national document");
        }
        return name;
    }

    static final Schema<Indicator> INDICATOR = Schema.remembered("an indicator",
            f -> {
                var code = f.parsed("code", text -> Checks.slug(text, "code"));
                var labelVi = f.text("labelVi");
                var labelEn = f.text("labelEn");
                var unit = f.parsed("unit", UNIT);
                var direction = f.parsed("direction", Direction::fromCode);
                var structure = f.optionalParsed("structure", text -> Checks.slug(text, "structure"));
                Indicator built = f.build(() -> new Indicator(code, labelVi, labelEn, unit, direction, structure));
                if (built == null) {
                    f.brokenIndicator(code, structure);
                }
                return built;
            },
            "code", "labelVi", "labelEn", "unit", "direction", "structure");
}
