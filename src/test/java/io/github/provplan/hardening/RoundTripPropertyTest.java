package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Theme;
import java.util.EnumSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated valid catalogs survive writing and reading unchanged. */
class RoundTripPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writeReadGivesEqualRecordsAndWriteReadWriteTheSameBytes(long seed) {
        PlanSet generated = new PlanGenerator(seed).planSet();
        String written = PlanWriter.create().write(generated);
        PlanSet read = PlanReader.create().read(written, "seed-" + seed + ".json");
        assertEquals(generated, read);
        assertEquals(written, PlanWriter.create().write(read));
    }

    @Test
    void theGeneratorCoversEveryRelationUnitKindAndTheme() {
        var relations = EnumSet.noneOf(Relation.class);
        var units = new java.util.HashSet<Unit>();
        var kinds = EnumSet.noneOf(PlanKind.class);
        var themes = EnumSet.noneOf(Theme.class);
        seeds().forEach(seed -> new PlanGenerator(seed).planSet().plans().forEach(plan -> {
            kinds.add(plan.kind());
            plan.targets().forEach(t -> {
                relations.add(t.relation());
                units.add(t.unit());
            });
            plan.directives().forEach(d -> themes.addAll(d.themes()));
        }));
        assertEquals(EnumSet.allOf(Relation.class), relations);
        assertTrue(units.containsAll(Unit.FORMAT_1), units::toString);
        assertEquals(EnumSet.allOf(PlanKind.class), kinds);
        assertEquals(EnumSet.allOf(Theme.class), themes);
        assertTrue(seeds().anyMatch(seed -> !new PlanGenerator(seed).planSet().indicators().isEmpty()));
    }
}
