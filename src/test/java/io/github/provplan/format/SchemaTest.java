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

/**
 * The schemas in docs/schema and the reader agree: on every shipped file (format 2), on the corpus of format 1 files,
 * and on files both must reject.
 */
class SchemaTest {
    private static final Schema SCHEMA = load("docs/schema/provplan-1.schema.json");
    private static final Schema SCHEMA_2 = load("docs/schema/provplan-2.schema.json");
    private static final java.util.regex.Pattern VERSION_2 = java.util.regex.Pattern.compile(
            "^\\s*[\\[]?\\s*\\{\\s*\"formatVersion\": 2");

    private static Schema load(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    private static List<Error> schema2Errors(String json) {
        return SCHEMA_2.validate(json, InputFormat.JSON);
    }

    static Stream<Path> shippedFiles() {
        return ShippedJson.all().stream();
    }

    static Stream<Path> formatOneFiles() {
        return ShippedJson.formatOne().stream();
    }

    @Test
    void everyShippedFileIsInFormat2AndTheFormat1CorpusIsNot() throws IOException {
        for (Path file : ShippedJson.all()) {
            assertTrue(VERSION_2.matcher(Files.readString(file, StandardCharsets.UTF_8)).find(), file::toString);
        }
        assertTrue(ShippedJson.formatOne().size() >= 8, ShippedJson.formatOne()::toString);
        for (Path file : ShippedJson.formatOne()) {
            assertFalse(VERSION_2.matcher(Files.readString(file, StandardCharsets.UTF_8)).find(), file::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("formatOneFiles")
    void everyFormat1FileMatchesSchema1AndReads(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(List.of(), schemaErrors(json), file::toString);
        assertFalse(schema2Errors(json).isEmpty(), file::toString);
        PlanReader.create(file.toString().endsWith("indicators.json")
                ? io.github.provplan.indicator.IndicatorRegistry.empty()
                : io.github.provplan.indicator.IndicatorRegistry.bundled()).read(file);
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
        assertEquals(List.of(), schema2Errors(json), file::toString);
        assertFalse(schemaErrors(json).isEmpty(), file::toString);
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
        assertEquals(List.of("plan", "scope", "target", "observation", "directive"),
                formatGuideExamples().map(a -> (String) a.get()[0]).distinct().toList());
    }

    @ParameterizedTest
    @MethodSource("formatGuideExamples")
    void everyExampleInTheFormatGuideMatchesItsDefinition(String definition, String json) throws IOException {
        var schemaTree = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.ObjectMapper()
                .readTree(Path.of("docs/schema/provplan-2.schema.json").toFile());
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
                "{\"formatVersion\": 3, \"plans\": []}",
                "[1, 2]",
                "\"plan\"");
    }

    @ParameterizedTest
    @MethodSource("invalidForBoth")
    void whatTheSchemaRejectsTheReaderRejects(String json) {
        assertFalse(schemaErrors(json).isEmpty(), "schema accepted " + json);
        assertThrows(PlanFormatException.class, () -> PlanReader.create().read(json, "invalid.json"));
    }

    static Stream<String> invalidForBothInFormat2() {
        String plan = """
                {"formatVersion": 2, "id": "p", "kind": "resolution", "status": "adopted",
                 "scope": {"level": "provinces", "provinces": ["Tây Ninh"]}, "title": "T", "issuer": {"body": "B"},
                 "issued": "2025-10-10"%s}""";
        String target = ", \"period\": \"2026-2030\", \"sources\": [{\"ref\": \"s\"}], \"targets\": [{\"indicator\": "
                + "\"grdp-growth\", %s, \"unit\": \"percent-per-year\", \"period\": \"2026-2030\", "
                + "\"quote\": {\"text\": \"t\", \"source\": \"s\"}}]";
        return Stream.of(
                plan.formatted(", \"province\": \"Tây Ninh\""),
                plan.formatted("").replace("\"status\": \"adopted\",", ""),
                plan.formatted("").replace("\"status\": \"adopted\"", "\"status\": \"in-force\""),
                plan.formatted("").replace("\"level\": \"provinces\"", "\"level\": \"province\""),
                plan.formatted(", \"number\": \"306 NQ-CP\""),
                plan.formatted(target.formatted("\"relation\": \"path\", \"value\": 10")),
                plan.formatted(target.formatted("\"relation\": \"path\", \"milestones\": [{\"year\": 2026, "
                        + "\"relation\": \"plain\", \"value\": 10}]")),
                plan.formatted(target.formatted("\"relation\": \"about\", \"value\": 10, \"measure\": \"sum\"")),
                plan.formatted(target.formatted("\"relation\": \"about\", \"value\": 10, \"measure\": \"sum\"")
                        .replace("\"grdp-growth\"", "\"pci\"").replace("\"percent-per-year\"", "\"rank\", "
                                + "\"ranking\": {\"of\": 2000000}").replace(", \"measure\": \"sum\"", "")
                        .replace("\"about\"", "\"above\"")),
                plan.formatted(target.formatted("\"relation\": \"about\", \"value\": 10, \"equivalent\": "
                        + "{\"relation\": \"about\", \"unit\": \"percent\"}")),
                "{\"formatVersion\": 2, \"units\": [{\"code\": \"tonnes\", \"quantity\": \"weight\", \"scale\": 3, "
                        + "\"symbol\": \"tấn\"}], \"plans\": []}",
                "{\"formatVersion\": 2, \"indicators\": [{\"code\": \"x\", \"labelVi\": \"x\", \"labelEn\": \"x\", "
                        + "\"unit\": \"percent\", \"direction\": \"neutral\"}]}");
    }

    @ParameterizedTest
    @MethodSource("invalidForBothInFormat2")
    void whatSchema2RejectsTheReaderRejects(String json) {
        assertFalse(schema2Errors(json).isEmpty(), "schema 2 accepted " + json);
        assertThrows(PlanFormatException.class, () -> PlanReader.create().read(json, "invalid.json"));
    }
}
