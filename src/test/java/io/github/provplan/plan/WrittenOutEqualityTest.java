package io.github.provplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.indicator.Unit;
import io.github.provplan.province.Era;
import io.github.provplan.province.ProvinceRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (for the command line's start-up) mean what a
 * record's own would: two are equal exactly when every component is, and equal ones hash alike. Checked on the
 * bundled data's values, and on copies of them with one component taken from another value.
 */
class WrittenOutEqualityTest {
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();

    static Stream<List<? extends Record>> samples() {
        List<Plan> plans = CATALOG.plans().list();
        var provinces = new ArrayList<Record>(ProvinceRegistry.bundled().units(Era.BEFORE_JULY_2025));
        provinces.addAll(ProvinceRegistry.bundled().units(Era.FROM_JULY_2025));
        // Declared units (a bundled code has one meaning only), and quarters, whose first month the data's periods lack.
        var units = new ArrayList<Record>(Unit.bundled());
        units.add(Unit.of("declared-percent", Unit.PERCENT.quantity(), Unit.PERCENT.of(), 0, "%"));
        units.add(Unit.of("declared-money", Unit.MILLION_VND.quantity(), Unit.MILLION_VND.of(), 6, "triệu"));
        var periods = new ArrayList<Record>(distinct(plans.stream().flatMap(p -> p.observations().stream())
                .map(Observation::period)));
        periods.add(ReportingPeriod.quarter(2024, 2));
        periods.add(ReportingPeriod.quarter(2024, 3));
        return Stream.of(
                units,
                provinces,
                distinct(plans.stream().flatMap(p -> p.directives().stream()).map(Directive::by)),
                distinct(plans.stream().flatMap(p -> p.directives().stream()).map(Directive::to)),
                distinct(plans.stream().flatMap(p -> p.targets().stream()).map(Target::period)),
                periods);
    }

    private static List<Record> distinct(Stream<? extends Record> values) {
        return values.distinct().limit(40).map(Record.class::cast).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void equalExactlyWhenEveryComponentIs(List<? extends Record> samples) throws ReflectiveOperationException {
        assertTrue(samples.size() >= 3, "too few samples: " + samples);
        Class<?> type = samples.get(0).getClass();
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        var values = new ArrayList<Record>(samples);
        int[] variants = new int[components.length];
        for (Record sample : samples) {
            Object[] own = components(sample, components);
            Record copy = (Record) canonical.newInstance(own);
            assertEquals(sample, copy, "a copy of " + sample);
            assertEquals(sample.hashCode(), copy.hashCode(), "a copy of " + sample);
            assertNotEquals(null, sample);
            assertNotEquals(sample, "" + sample);
            // The sample with one component of another sample, where that one differs and the record allows it.
            for (int c = 0; c < components.length; c++) {
                for (Record other : samples) {
                    Object[] mixed = own.clone();
                    mixed[c] = components(other, components)[c];
                    if (Objects.equals(mixed[c], own[c])) {
                        continue;
                    }
                    try {
                        values.add((Record) canonical.newInstance(mixed));
                        variants[c]++;
                        break;
                    } catch (InvocationTargetException refused) {
                        // a combination the record's own checks refuse: another sample may give one it allows
                    }
                }
            }
        }
        for (int c = 0; c < components.length; c++) {
            assertTrue(variants[c] > 0, "no sample differs from another in " + components[c].getName() + " alone");
        }
        for (Record a : values) {
            for (Record b : values) {
                boolean same = Arrays.equals(components(a, components), components(b, components));
                assertEquals(same, a.equals(b), a + " and " + b);
                if (same) {
                    assertEquals(a.hashCode(), b.hashCode(), a + " and " + b);
                }
            }
        }
    }

    private static Object[] components(Record record, RecordComponent[] components) {
        Object[] values = new Object[components.length];
        for (int c = 0; c < components.length; c++) {
            try {
                values[c] = components[c].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }
}
