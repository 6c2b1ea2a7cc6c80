package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.provplan.plan.Plan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The records carry only jackson-annotations, so an application's Jackson 2 mapper writes the same format. */
class Jackson2CompatibilityTest {
    @Test
    void aJackson2MapperWritesWhatProvplanReadsBackEqual() throws Exception {
        Plan plan = PlanReader.create().read(Path.of("docs/examples/example-plan.json")).plans().get(0);
        var jackson2 = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
        String json = jackson2.writeValueAsString(plan);
        Plan back = PlanReader.create().read(json, "jackson2.json").plans().get(0);
        assertEquals(plan, back);
    }
}
