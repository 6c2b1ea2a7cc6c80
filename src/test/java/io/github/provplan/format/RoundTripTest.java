package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Relation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    private static final Path EXAMPLE = Path.of("docs/examples/example-plan.json");

    @Test
    void exampleHasARangeAQualitativeAndABaseYearTarget() {
        Plan plan = PlanReader.create().read(EXAMPLE).plans().get(0);
        var relations = plan.targets().stream().map(t -> t.relation()).toList();
        assertEquals(List.of(Relation.RANGE, Relation.ABOUT_RANGE, Relation.ABOVE, Relation.QUALITATIVE), relations);
        assertEquals(new BigDecimal("8"), plan.targets().get(0).low().orElseThrow());
        assertEquals(new BigDecimal("9"), plan.targets().get(0).high().orElseThrow());
        assertEquals(OptionalInt.of(2025), plan.targets().get(2).baseYear());
        assertEquals(new BigDecimal("10.5"), plan.targets().get(2).value().orElseThrow());
        assertEquals("nhóm đầu cả nước", plan.targets().get(3).aim().orElseThrow());
    }

    @Test
    void readWriteReadGivesEqualPlansAndWriteIsStable() {
        var reader = PlanReader.create();
        var writer = PlanWriter.create();
        PlanSet set = reader.read(EXAMPLE);
        String written = writer.write(set);
        PlanSet again = reader.read(written, "written.json");
        assertEquals(set, again);
        assertEquals(written, writer.write(again));
    }

    @Test
    void aSinglePlanIsWrittenAsThePlanObjectItself() throws IOException {
        Plan plan = PlanReader.create().read(EXAMPLE).plans().get(0);
        String written = PlanWriter.create().write(plan);
        assertEquals(Files.readString(EXAMPLE, StandardCharsets.UTF_8), written);
    }

    @Test
    void figuresAreWrittenPlainAndReadBackByValue() {
        String json = """
                {"id": "p", "kind": "resolution", "province": "Long An", "title": "T", "issuer": {"body": "B"},
                 "period": "2024", "sources": [{"ref": "s"}],
                 "targets": [{"indicator": "state-budget-revenue", "relation": "plain", "value": 1.2E+4,
                              "unit": "billion-vnd", "period": "2024", "quote": {"text": "12.000 tỷ đồng", "source": "s"}}]}
                """;
        PlanSet set = PlanReader.create().read(json, "figures.json");
        assertEquals(new BigDecimal("12000"), set.plans().get(0).targets().get(0).value().orElseThrow());
        String written = PlanWriter.create().write(set);
        assertEquals(true, written.contains("\"value\": 12000,"), written);
        assertEquals(set, PlanReader.create().read(written, "written.json"));
    }
}
