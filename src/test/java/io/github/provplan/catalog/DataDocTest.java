package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.provplan.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of bundled documents in docs/data.md describes the catalog as it is. */
class DataDocTest {
    @Test
    void tableRowsMatchTheBundledPlans() throws IOException {
        // The tables of plans: the seeds' and the real texts', ten columns each, in catalog order.
        List<String[]> rows = Files.readAllLines(Path.of("docs/data.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `") && line.chars().filter(c -> c == '|').count() == 11)
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new))
                .toList();
        List<Plan> plans = PlanCatalog.bundled().plans().list();
        assertEquals(plans.size(), rows.size());
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            String[] row = rows.get(i);
            assertEquals("`" + plan.id() + "`", row[0]);
            assertEquals(plan.kind().code(), row[1], plan.id());
            assertEquals(plan.province(), row[2], plan.id());
            plan.issued().ifPresent(date -> assertEquals(true, row[3].contains("issued " + date), plan.id()));
            plan.meetingDate().ifPresent(date -> assertEquals(true, row[3].contains("meeting " + date), plan.id()));
            assertEquals(plan.number().map(Object::toString).orElse(row[4]), row[4], plan.id());
            assertEquals(List.of(plan.targets().size(), plan.directives().size(), plan.observations().size(),
                    plan.proposals().size()), Arrays.stream(row, 5, 9).map(Integer::valueOf).toList(), plan.id());
            String ref = plan.sources().get(0).ref();
            assertEquals(Seeds.FILES.contains(ref) ? ref.substring(0, 3) : "`" + ref.replace(".txt", "") + "`", row[9],
                    plan.id());
        }
    }
}
