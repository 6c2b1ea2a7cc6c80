package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-checks over whole inputs, and inputs that are not JSON at all; one problem line each. */
class ReaderChecksTest {
    /** A valid plan of the 2021-2030 period with a 2050 vision, into whose target list tests put targets. */
    private static String masterPlan(String targets) {
        return """
                {
                  "id": "p",
                  "kind": "master-plan",
                  "province": "Long An",
                  "title": "Quy hoạch tỉnh",
                  "issuer": {
                    "body": "Thủ tướng Chính phủ"
                  },
                  "period": "2021-2030",
                  "vision": 2050,
                  "targets": [
                %s
                  ],
                  "sources": [
                    {
                      "ref": "s"
                    }
                  ]
                }
                """.formatted(targets);
    }

    private static String share(String indicator, String value) {
        return "    {\"indicator\": \"" + indicator + "\", \"relation\": \"about\", \"value\": " + value
                + ", \"unit\": \"percent\", \"period\": \"2030\", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}";
    }

    /** The problems of a text, the same read as text or as UTF-8 bytes. */
    private static List<String> problems(String json) {
        return ReadBothWays.failure(json, "t.json").problems().stream().map(Problem::toString).toList();
    }

    @Test
    void completeStructureMustAddUpTo100() {
        String targets = String.join(",\n", share("grdp-share-agriculture", "7.5"), share("grdp-share-industry", "61.8"),
                share("grdp-share-services", "24.2"), share("grdp-share-taxes", "6"));
        assertEquals(List.of("t.json:15:69: /targets/3/value: all 4 grdp shares for 2030 are given but add up to "
                + "99.5, not 100"), problems(masterPlan(targets)));
    }

    @Test
    void partialStructureBelow100AndCompleteStructureWithin01AreValid() {
        String partial = String.join(",\n", share("grdp-share-agriculture", "16.41"),
                share("grdp-share-industry", "50.92"), share("grdp-share-services", "27.13"));
        assertEquals(3, PlanReader.create().read(masterPlan(partial), "t.json").plans().get(0).targets().size());
        String rounded = String.join(",\n", share("grdp-share-agriculture", "7.5"), share("grdp-share-industry", "61.8"),
                share("grdp-share-services", "24.2"), share("grdp-share-taxes", "6.55"));
        assertEquals(4, PlanReader.create().read(masterPlan(rounded), "t.json").plans().get(0).targets().size());
    }

    @Test
    void shareOutside0To100() {
        assertEquals(List.of("t.json:12:72: /targets/0/value: a share must lie between 0 and 100, not 107"),
                problems(masterPlan(share("grdp-share-industry", "107"))));
    }

    @Test
    void unitMustFitTheIndicator() {
        String target = "    {\"indicator\": \"grdp-per-capita\", \"relation\": \"above\", \"value\": 180, "
                + "\"unit\": \"billion-vnd\", \"period\": \"2030\", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}";
        assertEquals(List.of("t.json:12:81: /targets/0/unit: unit 'billion-vnd' does not fit indicator "
                + "'grdp-per-capita', which is measured in 'million-vnd'"), problems(masterPlan(target)));
    }

    @Test
    void targetYearMustLieInThePeriodOrBeTheVisionYear() {
        String target = "    {\"indicator\": \"hospital-beds-per-10000\", \"relation\": \"plain\", \"value\": 27, "
                + "\"unit\": \"per-10000-people\", \"period\": \"2040\", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}";
        assertEquals(List.of("t.json:12:118: /targets/0/period: target period 2040 lies outside the plan's period "
                + "2021-2030 and its vision year 2050"), problems(masterPlan(target)));
        String vision = target.replace("2040", "2050");
        assertEquals(1, PlanReader.create().read(masterPlan(vision), "t.json").plans().get(0).targets().size());
    }

    @Test
    void quoteMustNameOneOfThePlansSources() {
        String target = share("grdp-share-industry", "61.8").replace("\"source\": \"s\"", "\"source\": \"x.txt\"");
        assertEquals(List.of("t.json:12:148: /targets/0/quote/source: quote names source 'x.txt', which is not among "
                + "the plan's sources: s"), problems(masterPlan(target)));
    }

    @Test
    void idsAreUniqueAcrossTheFilesOfADirectory(@TempDir Path directory) throws IOException {
        String plan = masterPlan(share("grdp-share-industry", "61.8"));
        Files.writeString(directory.resolve("a.json"), plan, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("b.json"), plan, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("notes.txt"), "not read", StandardCharsets.UTF_8);
        var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().read(directory));
        assertEquals(List.of(directory.resolve("b.json") + ":2:9: /id: duplicate plan id 'p' (first used at "
                + directory.resolve("a.json") + ":2:9)"), e.problems().stream().map(Problem::toString).toList());
    }

    /** The target object closed before the syntax error, so what it lacks is reported; the open plan is not. */
    @Test
    void aSyntaxErrorIsReportedWithTheProblemsFoundBeforeIt() {
        String json = """
                {
                  "id": "p",
                  "kind": "resolution",
                  "kind": "decision",
                  "targets": [
                    {"indicator": 7}
                  ]
                  "title": "T"
                }
                """;
        assertEquals(List.of(
                "t.json:4:3: /kind: duplicate property 'kind' (first given at line 3, column 3)",
                "t.json:6:5: /targets/0: missing required property 'relation'",
                "t.json:6:5: /targets/0: missing required property 'unit'",
                "t.json:6:5: /targets/0: missing required property 'period'",
                "t.json:6:5: /targets/0: missing required property 'quote'",
                "t.json:6:19: /targets/0/indicator: expected text, found a number",
                "t.json:8:3: /targets: expected a comma or '}' after a property value, found '\"'"), problems(json));
    }

    @Test
    void inputsThatAreNotJsonDocumentsOfPlans() {
        assertEquals(List.of("t.json:1:1: /: the input is empty; expected a plan, a list of plans or a catalog"),
                problems("  "));
        assertEquals(List.of("t.json:1:1: /: expected a plan (an object), a list of plans or a catalog object, "
                + "found a number"), problems("42"));
        assertEquals(List.of("t.json:1:4: /: unexpected content after the end of the document"), problems("[] []"));
        assertEquals(List.of("t.json:1:1: /: comments are not allowed in JSON"), problems("// plan\n{}"));
        assertEquals(List.of("t.json:1:2: /: use double quotes (\") around property names and text, not single quotes"),
                problems("{'id': 'p'}"));
        assertEquals(List.of("t.json:1:2: /0: expected a plan (an object), found null"), problems("[null]"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyStand() {
        byte[] bytes = "{\n  \"title\": \"Lạng S\u00f8n\"}".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(PlanFormatException.class,
                () -> PlanReader.create().read(new ByteArrayInputStream(bytes), "latin1.json"));
        assertEquals(List.of("latin1.json:2:19: /: invalid UTF-8 at byte offset 20; save the file as UTF-8"),
                e.problems().stream().map(Problem::toString).toList());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        var withBom = assertThrows(PlanFormatException.class,
                () -> PlanReader.create().read(new ByteArrayInputStream(bom), "bom.json"));
        assertEquals("bom.json:1:1: /: the file starts with a byte order mark (BOM); save it as UTF-8 without BOM",
                withBom.getMessage());
    }

    @Test
    void messageListsOneProblemPerLine() {
        var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().read(
                "{\"id\": \"p\", \"kind\": \"plan\", \"province\": \"Long An\", \"title\": \"T\", \"issuer\": {}}", "m.json"));
        assertEquals("""
                m.json:1:21: /kind: unknown plan kind 'plan'; expected one of master-plan, socio-economic-plan, \
                resolution, action-programme, conclusion-notice, meeting-conclusions, directive, decision
                m.json:1:76: /issuer: missing required property 'body'""", e.getMessage());
    }
}
