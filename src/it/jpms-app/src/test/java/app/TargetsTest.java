package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetsTest {
    @Test
    void theModuleReadsTheBundledCatalogThroughTheModulePath() {
        assertEquals("grdp-per-capita above 180 triệu đồng in 2030", Targets.longAnPerCapita2030());
        assertEquals("io.github.provplan", io.github.provplan.catalog.PlanCatalog.class.getModule().getName());
    }
}
