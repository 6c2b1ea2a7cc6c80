package io.github.provplan.bench;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The start-up baseline: a program that only reads the bytes the command line's summary reads (the bundled plans,
 * indicators and provinces) with jackson-core's streaming parser, as provplan's reader does, each value decoded,
 * and prints how many tokens it found. No databind: provplan's read does not use it either.
 */
public final class MinimalJacksonRead {
    private MinimalJacksonRead() {
    }

    public static void main(String[] args) throws Exception {
        JsonFactory factory = JsonFactory.builder().build();
        // Every file the bundled catalog lists, as summary reads them, and the indicators and provinces.
        var files = new java.util.ArrayList<String>();
        try (var index = new java.io.BufferedReader(new java.io.InputStreamReader(MinimalJacksonRead.class
                .getResourceAsStream("/io/github/provplan/catalog/index.txt"), java.nio.charset.StandardCharsets.UTF_8))) {
            index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> files.add("catalog/" + l));
        }
        files.add("indicator/indicators.json");
        files.add("province/provinces.json");
        long tokens = 0;
        long decoded = 0;
        for (String file : files) {
            try (InputStream in = MinimalJacksonRead.class.getResourceAsStream("/io/github/provplan/" + file);
                 JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    tokens++;
                    switch (token) {
                        case PROPERTY_NAME -> decoded += parser.currentName().length();
                        case VALUE_STRING -> decoded += parser.getString().length();
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> decoded += parser.getDecimalValue().scale();
                        default -> decoded++;
                    }
                }
            }
        }
        System.out.println(tokens + " tokens, " + decoded);
    }
}
