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
        // Every file the bundled catalog lists, as summary reads them, and the indicators and provinces.
        var files = new java.util.ArrayList<String>();
        try (var index = new java.io.BufferedReader(new java.io.InputStreamReader(MinimalJacksonRead.class
                .getResourceAsStream("/io/github/provplan/catalog/index.txt"), java.nio.charset.StandardCharsets.UTF_8))) {
            index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> files.add("catalog/" + l));
        }
        files.add("indicator/indicators.json");
        files.add("province/provinces.json");
        int plans = 0;
        for (String file : files) {
            try (InputStream in = MinimalJacksonRead.class.getResourceAsStream("/io/github/provplan/" + file)) {
                JsonNode tree = mapper.readTree(in);
                plans += tree.has("id") ? 1 : tree.has("plans") ? tree.get("plans").size() : 0;
            }
        }
        System.out.println(plans + " plans");
    }
}
