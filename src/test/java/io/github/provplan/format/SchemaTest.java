package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema in docs/schema and the reader agree: on every shipped file, and on files both must reject. */
class SchemaTest {
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = Files.newInputStream(Path.of("docs/schema/provplan-1.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    static Stream<Path> shippedFiles() {
        return ShippedJson.all().stream();
    }

    @Test
    void theProjectShipsJsonToCheck() {
        assertTrue(ShippedJson.all().contains(Path.of("docs/examples/example-plan.json")), ShippedJson.all()::toString);
        assertTrue(ShippedJson.all().contains(Path.of("src/main/resources/io/github/provplan/indicator/indicators.json")));
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedFileMatchesTheSchemaAndReads(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(List.of(), schemaErrors(json), file::toString);
        PlanReader.create(file.toString().endsWith("indicators.json")
                ? io.github.provplan.indicator.IndicatorRegistry.empty()
                : io.github.provplan.indicator.IndicatorRegistry.bundled()).read(file);
    }

    /** Each JSON example in docs/format.md, with the schema definition its section describes. */
    static Stream<org.junit.jupiter.params.provider.Arguments> formatGuideExamples() throws IOException {
        var examples = new java.util.ArrayList<org.junit.jupiter.params.provider.Arguments>();
        String section = "";
        StringBuilder block = null;
        for (String line : Files.readAllLines(Path.of("docs/format.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim().toLowerCase(java.util.Locale.ROOT);
            } else if (line.equals("```json")) {
                block = new StringBuilder();
            } else if (line.equals("```") && block != null) {
                examples.add(org.junit.jupiter.params.provider.Arguments.of(section, block.toString()));
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return examples.stream();
    }

    @Test
    void theFormatGuideHasAnExampleForEachMainRecord() throws IOException {
        assertEquals(List.of("plan", "target", "observation", "directive"),
                formatGuideExamples().map(a -> (String) a.get()[0]).toList());
    }

    @ParameterizedTest
    @MethodSource("formatGuideExamples")
    void everyExampleInTheFormatGuideMatchesItsDefinition(String definition, String json) throws IOException {
        var schemaTree = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.ObjectMapper()
                .readTree(Path.of("docs/schema/provplan-1.schema.json").toFile());
        schemaTree.remove("oneOf");
        schemaTree.put("$ref", "#/$defs/" + definition);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaTree.toString(), InputFormat.JSON);
        assertEquals(List.of(), schema.validate(json, InputFormat.JSON), json);
    }

    static Stream<String> invalidForBoth() {
        String plan = """
                {"id": "p", "kind": "resolution", "province": "Long An", "title": "T", "issuer": {"body": "B"}%s}""";
        return Stream.of(
                plan.formatted(", \"titel\": \"x\""),
                plan.formatted(", \"period\": 2024"),
                plan.formatted(", \"issued\": \"13/11/2019\""),
                plan.formatted(", \"number\": \"686 QĐ-TTg\""),
                plan.formatted(", \"kind\": \"plan\"").replace("\"kind\": \"resolution\", ", ""),
                plan.formatted(", \"targets\": [{\"indicator\": \"grdp-growth\", \"relation\": \"range\", \"value\": 8,"
                        + " \"unit\": \"percent\", \"period\": \"2024\", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}]"),
                plan.formatted(", \"directives\": [{\"by\": {\"body\": \"B\"}, \"to\": {\"lead\": \"L\"}, \"action\": \"a\","
                        + " \"themes\": [], \"quote\": {\"text\": \"t\", \"source\": \"s\"}}]"),
                plan.formatted(", \"sources\": null"),
                plan.formatted("").replace("\"title\": \"T\", ", ""),
                "{\"formatVersion\": 2, \"plans\": []}",
                "[1, 2]",
                "\"plan\"");
    }

    @ParameterizedTest
    @MethodSource("invalidForBoth")
    void whatTheSchemaRejectsTheReaderRejects(String json) {
        assertFalse(schemaErrors(json).isEmpty(), "schema accepted " + json);
        assertThrows(PlanFormatException.class, () -> PlanReader.create().read(json, "invalid.json"));
    }
}
