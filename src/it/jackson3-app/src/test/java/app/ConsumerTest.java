package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanReader;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Target;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** provplan in an application whose own JSON is Jackson 3, with no dependency management of its own. */
class ConsumerTest {
    @Test
    void theAppsJackson3MapperWritesProvplanRecords() {
        PlanCatalog catalog = PlanCatalog.bundled();
        Target perCapita = catalog.targets().province("Long An").indicator(Indicators.GRDP_PER_CAPITA).year(2030)
                .first().orElseThrow().item();
        assertEquals("grdp-per-capita above 180 triệu đồng in 2030", perCapita.toString());
        var plan = catalog.plans().province("Long An").list().get(0);
        String json = JsonMapper.builder().build().writeValueAsString(plan);
        assertEquals(plan, PlanReader.create().read(json, "jackson3.json").plans().get(0));
    }
}
