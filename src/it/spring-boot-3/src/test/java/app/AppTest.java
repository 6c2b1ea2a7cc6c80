package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class AppTest {
    @Autowired
    WebApplicationContext context;

    @Test
    void theEndpointWritesTheTargetsAsProvplanWritesThem() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        String json = mvc.perform(get("/targets").param("province", "Long An").param("year", "2030"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        var targets = PlanCatalog.bundled().targets().province("Long An").year(2030).list().stream()
                .map(h -> h.item()).toList();
        assertEquals(16, targets.size());
        // The framework's Jackson 2 writes each record as provplan's own writer does.
        var framework = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        var provplan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                PlanWriter.create().writeValue(targets));
        assertEquals(provplan, framework);
        boolean perCapita = false;
        for (var target : framework) {
            perCapita |= target.get("indicator").asText().equals("grdp-per-capita")
                    && target.get("value").decimalValue().compareTo(java.math.BigDecimal.valueOf(180)) == 0;
        }
        assertEquals(true, perCapita, json);
    }
}
