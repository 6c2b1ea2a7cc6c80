package io.github.provplan.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bundled registry, its units, and the constants of {@link Indicators} agree. */
class IndicatorsTest {
    @Test
    void everyBundledIndicatorHasAConstantAndEveryConstantAnIndicator() throws IllegalAccessException {
        var constants = new TreeSet<String>();
        for (Field field : Indicators.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().endsWith("_STRUCTURE")) {
                constants.add((String) field.get(null));
            }
        }
        var codes = new TreeSet<String>();
        IndicatorRegistry.bundled().all().forEach(indicator -> codes.add(indicator.code()));
        assertEquals(codes, constants);
        assertEquals(58, codes.size());
    }

    @Test
    void everyBundledIndicatorIsInBundledUnitsAndEveryRegistryKnowsTheBundledUnits() {
        Set<Unit> bundled = Set.copyOf(Unit.bundled());
        IndicatorRegistry.bundled().all().forEach(indicator -> assertTrue(bundled.containsAll(indicator.units()),
                indicator::toString));
        assertEquals(Unit.bundled(), IndicatorRegistry.empty().units());
        assertEquals(30, Unit.bundled().size());
        assertEquals(Unit.FORMAT_1, Unit.bundled().subList(0, 8));
    }

    @Test
    void theGdpStructureHasFourSharesAsTheGrdpOneHas() {
        assertEquals(4, IndicatorRegistry.bundled().structure(Indicators.GDP_STRUCTURE).size());
        assertEquals(4, IndicatorRegistry.bundled().structure(Indicators.GRDP_STRUCTURE).size());
    }
}
