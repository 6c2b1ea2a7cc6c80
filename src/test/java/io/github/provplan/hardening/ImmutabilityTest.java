package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.evaluation.EconomicStructure;
import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.SpatialElement;
import io.github.provplan.plan.SpatialModel;
import io.github.provplan.plan.Theme;
import io.github.provplan.province.Era;
import io.github.provplan.province.ProvinceRegistry;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every collection the API returns refuses changes, and records copy what they are given. */
class ImmutabilityTest {
    private static void assertUnmodifiable(Object value, String where) {
        if (value instanceof Collection<?> collection) {
            assertThrows(UnsupportedOperationException.class, () -> collection.clear(), where);
            assertThrows(UnsupportedOperationException.class, () -> collection.add(null), where);
        } else if (value instanceof Map<?, ?> map) {
            assertThrows(UnsupportedOperationException.class, () -> map.clear(), where);
        }
    }

    /** Walks a record and every record inside it, checking each collection component. */
    private static int walk(Object value, String where) throws ReflectiveOperationException {
        int checked = 0;
        if (value instanceof Collection<?> collection) {
            assertUnmodifiable(collection, where);
            checked++;
            for (Object item : collection) {
                checked += walk(item, where + "[]");
            }
        } else if (value instanceof Map<?, ?> map) {
            assertUnmodifiable(map, where);
            checked++;
        } else if (value instanceof java.util.Optional<?> optional && optional.isPresent()) {
            checked += walk(optional.get(), where);
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                checked += walk(component.getAccessor().invoke(value), where + "." + component.getName());
            }
        }
        return checked;
    }

    @Test
    void everyCollectionInTheBundledCatalogIsUnmodifiable() throws ReflectiveOperationException {
        int checked = 0;
        int seeds = 0;
        for (Plan plan : PlanCatalog.bundled().plans().list()) {
            int walked = walk(plan, plan.id());
            checked += walked;
            seeds += plan.id().startsWith("long-an") || plan.id().startsWith("lang-son") ? walked : 0;
        }
        // The seeds' plans: 6 plans × 12 lists and 6 scopes × 1 (provinces), 26 targets × 1 (milestones), 101
        // directives × 2 (themes, support), 3 proposals × 2 (to, themes), 2 spatial models.
        assertEquals(6 * 12 + 6 + 26 + 101 * 2 + 3 * 2 + 2, seeds);
        // The 42 plans of the real texts have at least their 12 lists and scope each.
        int real = checked - seeds;
        assertTrue(real >= 42 * 13, () -> "walked " + real);
    }

    @Test
    void everyCollectionTheApiReturnsIsUnmodifiable() {
        PlanCatalog catalog = PlanCatalog.bundled();
        assertUnmodifiable(catalog.plans().list(), "plans");
        assertUnmodifiable(catalog.targets().list(), "targets");
        assertUnmodifiable(catalog.directives().theme(Theme.TRANSPORT).list(), "directives");
        assertUnmodifiable(catalog.observations().list(), "observations");
        assertUnmodifiable(catalog.proposals().list(), "proposals");
        assertUnmodifiable(IndicatorRegistry.bundled().all(), "indicators");
        assertUnmodifiable(IndicatorRegistry.bundled().structure(Indicators.GRDP_STRUCTURE), "structure");
        ProvinceRegistry provinces = ProvinceRegistry.bundled();
        assertUnmodifiable(provinces.units(Era.FROM_JULY_2025), "units");
        assertUnmodifiable(provinces.predecessors(provinces.resolve("Tây Ninh")), "predecessors");
        assertUnmodifiable(provinces.names("Tây Ninh", true), "names");
        assertUnmodifiable(provinces.resolve("Huế").aliases(), "aliases");
        var read = PlanReader.create().read(java.nio.file.Path.of("docs/examples/example-plan.json"));
        assertUnmodifiable(read.plans(), "set plans");
        assertUnmodifiable(read.indicators(), "set indicators");
        var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().read("[1]", "x"));
        assertUnmodifiable(e.problems(), "problems");
        var structure = EconomicStructure.of(IndicatorRegistry.bundled(), Indicators.GRDP_STRUCTURE,
                Map.of(Indicators.GRDP_SHARE_SERVICES, BigDecimal.TEN));
        assertUnmodifiable(structure.shares(), "shares");
        assertUnmodifiable(structure.missing(), "missing");
        assertUnmodifiable(structure.gapTo(structure), "gap");
    }

    @Test
    void recordsCopyTheListsTheyAreGiven() {
        var to = new ArrayList<>(List.of("Thủ tướng Chính phủ"));
        var themes = new ArrayList<>(List.of(Theme.TRANSPORT));
        var proposal = new Proposal(io.github.provplan.plan.Actor.of("Lãnh đạo tỉnh"), to, "hỗ trợ", themes,
                Quote.of("hỗ trợ", "s"));
        to.add("các bộ, ngành");
        themes.add(Theme.INVESTMENT);
        assertEquals(List.of("Thủ tướng Chính phủ"), proposal.to());
        assertEquals(List.of(Theme.TRANSPORT), proposal.themes());

        var elements = new ArrayList<>(List.of(new SpatialElement(1, "trung tâm")));
        var model = new SpatialModel(elements, Quote.of("t", "s"));
        elements.clear();
        assertEquals(1, model.elements().size());

        PlanCatalog bundled = PlanCatalog.bundled();
        var plans = new ArrayList<>(bundled.plans().list());
        // The indicators some bundled files declare, so that the set checks as the reader checked them.
        var declared = new ArrayList<>(bundled.indicators().all().stream()
                .filter(i -> !io.github.provplan.indicator.IndicatorRegistry.bundled().contains(i.code())).toList());
        var units = bundled.indicators().units().stream()
                .filter(u -> !io.github.provplan.indicator.IndicatorRegistry.bundled().units().contains(u)).toList();
        var set = PlanSet.of(units, declared, plans);
        plans.clear();
        declared.clear();
        assertEquals(48, set.plans().size());
        assertEquals(false, set.indicators().isEmpty());
    }
}
