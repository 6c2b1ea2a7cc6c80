package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** provplan in an application whose own JSON is Jackson 2: both majors work side by side. */
class ConsumerTest {
    @Test
    void provplanReadsWritesAndTheAppsJackson2MapperBindsItsRecords() throws Exception {
        PlanCatalog catalog = PlanCatalog.bundled();
        Target perCapita = catalog.targets().province("Long An").indicator(Indicators.GRDP_PER_CAPITA).year(2030)
                .first().orElseThrow().item();
        assertEquals("grdp-per-capita above 180 triệu đồng in 2030", perCapita.toString());
        // provplan's own writer (Jackson 3) and reader
        var plan = catalog.plans().province("Long An").list().get(0);
        String written = PlanWriter.create().write(List.of(plan));
        assertEquals(plan, PlanReader.create().read(written, "long-an.json").plans().get(0));
        // the application's Jackson 2 mapper writes provplan's records as provplan writes them
        var jackson2 = new ObjectMapper().registerModule(new Jdk8Module());
        assertEquals(plan, PlanReader.create().read(jackson2.writeValueAsString(plan), "jackson2.json").plans().get(0));
    }
}
