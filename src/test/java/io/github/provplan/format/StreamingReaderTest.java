package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.plan.Plan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StreamingReaderTest {
    private static final List<Plan> BUNDLED = PlanCatalog.bundled().plans().stream()
            // The seeds' plans: the real texts' use indicators their catalog files declare, which a stream lacks.
            .filter(p -> p.id().startsWith("long-an") || p.id().startsWith("lang-son")).toList();

    private static List<Plan> stream(String json) {
        var plans = new ArrayList<Plan>();
        long count = PlanReader.create().stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "stream.json", plans::add);
        assertEquals(plans.size(), count);
        return plans;
    }

    @Test
    void aJsonListOfPlansIsHandedOverPlanByPlan() {
        assertEquals(BUNDLED, stream(PlanWriter.create().writeValue(BUNDLED)));
    }

    @Test
    void jsonLinesAreHandedOverPlanByPlan() {
        String lines = BUNDLED.stream().map(p -> JsonMapper.shared().writeValueAsString(p))
                .collect(Collectors.joining("\n"));
        assertEquals(6, lines.lines().count());
        assertEquals(BUNDLED, stream(lines));
    }

    @Test
    void validPlansAreHandedOverAndTheProblemsOfTheOthersReportedAtTheEnd() {
        String broken = PlanWriter.create().writeValue(BUNDLED).replaceFirst("\"kind\": \"action-programme\"",
                "\"kind\": \"programme\"");
        var handed = new ArrayList<Plan>();
        var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().stream(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "stream.json", handed::add));
        assertEquals(5, handed.size());
        assertEquals(1, e.problems().size());
        assertEquals("/1/kind", e.problems().get(0).pointer());
    }

    @Test
    void idsAreUniqueAcrossTheStream() {
        String twice = PlanWriter.create().writeValue(List.of(BUNDLED.get(0), BUNDLED.get(0)));
        var e = assertThrows(PlanFormatException.class, () -> stream(twice));
        assertEquals("/1/id", e.problems().get(0).pointer());
        assertEquals("duplicate plan id 'long-an-master-plan-2021-2030'", e.problems().get(0).message());
    }

    @Test
    void aStreamCutShortKeepsThePlansBeforeTheCut() {
        String whole = PlanWriter.create().writeValue(BUNDLED);
        String cut = whole.substring(0, whole.indexOf("\"long-an-pm-working-session-2023-07\""));
        var handed = new ArrayList<Plan>();
        var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().stream(
                new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), "cut.json", handed::add));
        assertEquals(2, handed.size());
        assertEquals("the input ends before the document is complete (an object, list, text or number is not finished)",
                e.problems().get(e.problems().size() - 1).message());
    }

    @Test
    void invalidUtf8InAStreamIsAProblem() {
        byte[] bytes = {'[', '"', (byte) 0xC3, '"', ']'};
        var e = assertThrows(PlanFormatException.class,
                () -> PlanReader.create().stream(new ByteArrayInputStream(bytes), "bad.json", p -> { }));
        assertEquals("invalid UTF-8; save the file as UTF-8", e.problems().get(0).message());
    }
}
