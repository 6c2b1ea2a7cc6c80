package io.github.provplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example does what the README says it does. */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void javaExamplePrintsWhatItsCommentSays() throws IOException {
        PlanSet set = PlanReader.create().read(Path.of("docs/examples/example-plan.json"));
        Plan plan = set.plans().get(0);
        String first = plan.targets().get(0).toString();
        assertEquals("grdp-growth 8–9 %/năm in 2026-2030", first);
        assertTrue(readme().contains("// " + first + ", …"));
    }

    @Test
    void catalogExamplePrintsTheMasterPlansNumber() throws IOException {
        var masterPlan = io.github.provplan.catalog.PlanCatalog.bundled()
                .plan("long-an-master-plan-2021-2030").orElseThrow();
        String number = masterPlan.number().orElseThrow().toString();
        assertEquals("686/QĐ-TTg", number);
        assertTrue(readme().contains("// " + number));
    }

    @Test
    void queryExampleFindsWhatItsCommentsSay() throws IOException {
        var catalog = io.github.provplan.catalog.PlanCatalog.bundled();
        assertEquals(16, catalog.targets().province("Long An").year(2030).list().size());
        assertEquals(2, catalog.directives().deadlineAfter(java.time.LocalDate.of(2022, 12, 31))
                .deadlineBefore(java.time.LocalDate.of(2023, 1, 16)).count());
        assertTrue(readme().contains("province(\"Long An\").year(2030).list();   // 16 targets"));
    }

    @Test
    void testCommandIsTheOneCiRuns() throws IOException {
        assertTrue(readme().contains("mvn -B verify"));
        assertTrue(Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8).contains("mvn -B verify"));
    }
}
