package io.github.provplan.bench;

import java.io.InputStream;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up baseline: a program that only reads the files the command line's summary reads (the bundled plans,
 * indicators and provinces) into Jackson trees, and prints how many plans it found.
 */
public final class MinimalJacksonRead {
    private MinimalJacksonRead() {
    }

    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.shared();
        List<String> files = List.of("catalog/long-an-master-plan-2021-2030.json",
                "catalog/long-an-action-programme-686.json", "catalog/long-an-pm-working-session-2023-07.json",
                "catalog/long-an-socio-economic-conference-2023.json", "catalog/long-an-party-resolution-2024.json",
                "catalog/lang-son-notice-394-tb-vpcp.json", "indicator/indicators.json", "province/provinces.json");
        int plans = 0;
        for (String file : files) {
            try (InputStream in = MinimalJacksonRead.class.getResourceAsStream("/io/github/provplan/" + file)) {
                JsonNode tree = mapper.readTree(in);
                plans += tree.has("id") ? 1 : 0;
            }
        }
        System.out.println(plans + " plans");
    }
}
