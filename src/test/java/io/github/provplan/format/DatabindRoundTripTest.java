package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Actor;
import io.github.provplan.plan.Assignees;
import io.github.provplan.plan.Comparison;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.Figure;
import io.github.provplan.plan.Link;
import io.github.provplan.plan.Milestone;
import io.github.provplan.plan.Objective;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Pillar;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Ranking;
import io.github.provplan.plan.Reference;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Scope;
import io.github.provplan.plan.Source;
import io.github.provplan.plan.SpatialElement;
import io.github.provplan.plan.SpatialModel;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import io.github.provplan.province.Era;
import io.github.provplan.province.Province;
import io.github.provplan.province.ProvinceRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every model record an application's own Jackson mapper writes reads back equal with the same mapper: Jackson 3 as
 * built by default, and Jackson 2 with {@code Jdk8Module}. Every plan of the bundled catalog, every record inside it,
 * and the catalog's indicators, units and provinces.
 */
class DatabindRoundTripTest {
    /** The values to check, by the class they are read back into; distinct values only; per test, so none is kept. */
    private final Map<Class<?>, Set<Object>> values = new LinkedHashMap<>();
    /**
     * The values in a unit that a plan file declares rather than provplan bundles, and the plans that hold them: such
     * a unit is written whole, not as its code, so these read back equal too, with no catalog.
     */
    private final Set<Object> declaredUnit = new LinkedHashSet<>();

    @BeforeEach
    void collect() {
        PlanCatalog catalog = PlanCatalog.bundled();
        for (Plan plan : catalog.plans().list()) {
            add(Plan.class, plan);
            add(Scope.class, plan.scope());
            add(Actor.class, plan.issuer());
            plan.number().ifPresent(n -> add(DocumentNumber.class, n));
            plan.issued().ifPresent(d -> add(PartialDate.class, d));
            plan.meetingDate().ifPresent(d -> add(PartialDate.class, d));
            plan.period().ifPresent(p -> add(YearRange.class, p));
            for (Link link : plan.links()) {
                add(Link.class, link);
                reference(link.reference());
            }
            for (Objective objective : plan.objectives()) {
                add(Objective.class, objective);
                objective.horizon().ifPresent(h -> add(YearRange.class, h));
                add(Quote.class, objective.quote());
            }
            for (Pillar pillar : plan.pillars()) {
                add(Pillar.class, pillar);
                add(Quote.class, pillar.quote());
            }
            plan.spatialModel().ifPresent(model -> {
                add(SpatialModel.class, model);
                model.elements().forEach(e -> add(SpatialElement.class, e));
                add(Quote.class, model.quote());
            });
            for (Target target : plan.targets()) {
                add(Target.class, target);
                if (declared(target.unit()) || target.equivalent().filter(f -> declared(f.unit())).isPresent()) {
                    declaredUnit.add(target);
                    declaredUnit.add(plan);
                }
                add(Unit.class, target.unit());
                add(YearRange.class, target.period());
                target.equivalent().ifPresent(f -> add(Figure.class, f));
                target.ranking().ifPresent(r -> add(Ranking.class, r));
                target.milestones().forEach(m -> add(Milestone.class, m));
                add(Quote.class, target.quote());
            }
            for (Directive directive : plan.directives()) {
                add(Directive.class, directive);
                add(Actor.class, directive.by());
                add(Assignees.class, directive.to());
                directive.deadline().ifPresent(d -> add(PartialDate.class, d));
                add(Quote.class, directive.quote());
            }
            for (Observation observation : plan.observations()) {
                add(Observation.class, observation);
                if (declared(observation.unit())
                        || observation.equivalent().filter(f -> declared(f.unit())).isPresent()) {
                    declaredUnit.add(observation);
                    declaredUnit.add(plan);
                }
                add(Unit.class, observation.unit());
                add(ReportingPeriod.class, observation.period());
                observation.comparedWith().ifPresent(c -> add(Comparison.class, c));
                observation.ranking().ifPresent(r -> add(Ranking.class, r));
                observation.equivalent().ifPresent(f -> add(Figure.class, f));
                add(Quote.class, observation.quote());
            }
            for (Proposal proposal : plan.proposals()) {
                add(Proposal.class, proposal);
                add(Actor.class, proposal.from());
                add(Quote.class, proposal.quote());
            }
            for (Source source : plan.sources()) {
                add(Source.class, source);
                source.date().ifPresent(d -> add(PartialDate.class, d));
            }
        }
        for (Indicator indicator : catalog.indicators().all()) {
            add(Indicator.class, indicator);
            if (indicator.units().stream().anyMatch(DatabindRoundTripTest::declared)) {
                declaredUnit.add(indicator);
            }
        }
        for (Unit unit : catalog.indicators().units()) {
            add(Unit.class, unit);
            if (declared(unit)) {
                declaredUnit.add(unit);
            }
        }
        values.get(Figure.class).stream().filter(f -> declared(((Figure) f).unit())).forEach(declaredUnit::add);
        for (Era era : Era.values()) {
            ProvinceRegistry.bundled().units(era).forEach(p -> add(Province.class, p));
        }
    }

    private static boolean declared(Unit unit) {
        try {
            return !Unit.fromCode(unit.code()).equals(unit);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private void reference(Reference reference) {
        add(Reference.class, reference);
        reference.number().ifPresent(n -> add(DocumentNumber.class, n));
        reference.date().ifPresent(d -> add(PartialDate.class, d));
    }

    private void add(Class<?> type, Object value) {
        values.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(value);
    }

    @Test
    void theCatalogHoldsEveryKindOfRecord() {
        // The bundled catalog's distinct values of each type (48 plans, 214 targets… when this was written), so that
        // the round trips below cannot pass on nothing; floors, so that a growing catalog keeps them.
        Map<Class<?>, Integer> floors = new LinkedHashMap<>();
        floors.put(Plan.class, 48);
        floors.put(Scope.class, 35);
        floors.put(Actor.class, 26);
        floors.put(DocumentNumber.class, 9);
        floors.put(PartialDate.class, 21);
        floors.put(YearRange.class, 12);
        floors.put(Objective.class, 84);
        floors.put(Quote.class, 461);
        floors.put(Target.class, 214);
        floors.put(Unit.class, 32);
        floors.put(Source.class, 29);
        floors.put(Link.class, 16);
        floors.put(Reference.class, 15);
        floors.put(Directive.class, 102);
        floors.put(Assignees.class, 11);
        floors.put(Pillar.class, 20);
        floors.put(SpatialModel.class, 5);
        floors.put(SpatialElement.class, 15);
        floors.put(Observation.class, 44);
        floors.put(ReportingPeriod.class, 6);
        floors.put(Proposal.class, 3);
        floors.put(Figure.class, 5);
        floors.put(Ranking.class, 2);
        floors.put(Comparison.class, 3);
        floors.put(Milestone.class, 5);
        floors.put(Indicator.class, 91);
        floors.put(Province.class, 97);
        assertEquals(floors.keySet(), values.keySet());
        floors.forEach((type, floor) -> assertTrue(values.get(type).size() >= floor,
                type.getSimpleName() + ": " + values.get(type).size() + " < " + floor));
        assertTrue(total() >= 1411, "values: " + total());
        // Two declared units (district-units, percentage-points) and the records in them.
        assertTrue(declaredUnit.size() >= 2 && declaredUnit.size() < total() / 50, "declared: " + declaredUnit);
    }

    @Test
    void jackson3ReadsBackEveryRecordItWrites() {
        JsonMapper mapper = JsonMapper.builder().build();
        int checked = roundTrip("Jackson 3", mapper::writeValueAsString, (json, type) -> mapper.readValue(json, type));
        assertEquals(total(), checked);
    }

    @Test
    void jackson2WithJdk8ModuleReadsBackEveryRecordItWrites() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
        int checked = roundTrip("Jackson 2", value -> {
            try {
                return mapper.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, (json, type) -> {
            try {
                return mapper.readValue(json, type);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(total(), checked);
    }

    @Test
    void aDeclaredUnitIsWrittenWholeAndABundledOneAsItsCode() throws Exception {
        Unit declared = Unit.of("district-units", io.github.provplan.indicator.Quantity.COUNT,
                Optional.of("district-units"), 0, "đơn vị hành chính cấp huyện");
        String expected = "{\"code\":\"district-units\",\"quantity\":\"count\",\"of\":\"district-units\","
                + "\"scale\":0,\"symbol\":\"đơn vị hành chính cấp huyện\"}";
        JsonMapper three = JsonMapper.builder().build();
        ObjectMapper two = new ObjectMapper().registerModule(new Jdk8Module());
        assertEquals(expected, three.writeValueAsString(declared));
        assertEquals(expected, two.writeValueAsString(declared));
        assertEquals("\"million-vnd\"", three.writeValueAsString(Unit.MILLION_VND));
        assertEquals(declared, two.readValue(expected, Unit.class));
        assertEquals(declared, JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature
                .USE_BIG_INTEGER_FOR_INTS).build().readValue(expected, Unit.class));
        // The object of a bundled unit reads as it; one that gives a bundled code another meaning is refused.
        assertEquals(Unit.MILLION_VND, three.readValue("{\"code\":\"million-vnd\",\"quantity\":\"money\",\"of\":"
                + "\"VND\",\"scale\":6,\"symbol\":\"triệu đồng\"}", Unit.class));
        var other = org.junit.jupiter.api.Assertions.assertThrows(tools.jackson.core.JacksonException.class,
                () -> three.readValue("{\"code\":\"million-vnd\",\"quantity\":\"money\",\"of\":\"VND\",\"scale\":9,"
                        + "\"symbol\":\"tỷ đồng\"}", Unit.class));
        assertTrue(other.getMessage().contains("unit 'million-vnd' is already defined by provplan"), other.getMessage());
        // As a map key, a unit is its code, with either Jackson.
        var byUnit = Map.of(Unit.MILLION_VND, 1);
        assertEquals("{\"million-vnd\":1}", three.writeValueAsString(byUnit));
        assertEquals(byUnit, three.readValue("{\"million-vnd\":1}",
                new tools.jackson.core.type.TypeReference<Map<Unit, Integer>>() { }));
        assertEquals(byUnit, two.readValue("{\"million-vnd\":1}",
                new com.fasterxml.jackson.core.type.TypeReference<Map<Unit, Integer>>() { }));
        // PlanWriter writes format 2: the code, with the definition in the catalog's units.
        assertEquals("\"district-units\"\n", PlanWriter.create().writeValue(declared));
    }

    @Test
    void aUnitObjectThatIsNoUnitIsRefusedSayingWhy() {
        JsonMapper mapper = JsonMapper.builder().build();
        for (var bad : Map.of(
                "{\"code\":\"x\",\"quantity\":\"count\",\"of\":\"x\",\"scale\":\"0\",\"symbol\":\"x\"}",
                "a unit's scale is a whole number from -18 to 18",
                "{\"code\":\"x\",\"quantity\":\"count\",\"of\":\"x\",\"scale\":0,\"symbol\":\"x\",\"size\":1}",
                "unknown part 'size' of a unit",
                "{\"code\":\"x\",\"quantity\":\"count\",\"scale\":0,\"symbol\":\"x\"}",
                "a unit of count must say what it counts",
                "{\"code\":7,\"quantity\":\"area\",\"scale\":0,\"symbol\":\"x\"}",
                "a unit's code is text",
                "[\"percent\"]",
                "a unit is a code such as").entrySet()) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(tools.jackson.core.JacksonException.class,
                    () -> mapper.readValue(bad.getKey(), Unit.class));
            assertTrue(e.getMessage().contains(bad.getValue()), e.getMessage());
        }
    }

    private int total() {
        return values.values().stream().mapToInt(Set::size).sum();
    }

    private interface Reader {
        Object read(String json, Class<?> type);
    }

    private int roundTrip(String mapper, Function<Object, String> write, Reader read) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var entry : values.entrySet()) {
            for (Object value : entry.getValue()) {
                String json = write.apply(value);
                Optional<String> failure;
                try {
                    Object back = read.read(json, entry.getKey());
                    failure = value.equals(back) ? Optional.empty() : Optional.of("read back unequal: " + back);
                    if (declaredUnit.contains(value) && !json.contains("\"scale\"")) {
                        failure = Optional.of("a declared unit written without its definition");
                    }
                } catch (RuntimeException e) {
                    failure = Optional.of(e.toString().lines().findFirst().orElse(""));
                }
                failure.ifPresent(f -> failures.add(entry.getKey().getSimpleName() + " " + abbreviate(json) + ": "
                        + f));
                checked++;
            }
        }
        assertTrue(failures.isEmpty(), mapper + ": " + failures.size() + " of " + checked + " do not read back, "
                + "such as\n" + String.join("\n", failures.stream().collect(
                java.util.stream.Collectors.groupingBy(f -> f.substring(0, f.indexOf(' ')))).values().stream()
                .map(l -> l.get(0)).toList()));
        return checked;
    }

    private static String abbreviate(String json) {
        return json.length() > 300 ? json.substring(0, 300) + "…" : json;
    }
}
