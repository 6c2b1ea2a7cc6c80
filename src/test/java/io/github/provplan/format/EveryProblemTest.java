package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record with a shape error does not hide the cross-checks of the records beside it: a maintainer sees every
 * problem of a file in one run, located as it would be alone, and no problem that only the broken record caused.
 * Lines and columns are counted by hand: each record is one line, the plan's properties sit on their own lines.
 */
class EveryProblemTest {
    private static final String QUOTE = "\"quote\": {\"text\": \"t\", \"source\": \"s\"}";

    /** A valid format 1 plan of 2021-2030 whose lists tests fill, one record per line from line 11 on. */
    private static String plan(String targets, String directives, String sources) {
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
                  "targets": [
                %s
                  ],
                  "directives": [
                %s
                  ],
                  "sources": [
                %s
                  ]
                }
                """.formatted(targets, directives, sources);
    }

    private static String target(String indicator, String value) {
        return "    {\"indicator\": \"" + indicator + "\", \"relation\": \"at-least\", \"value\": " + value
                + ", \"unit\": \"percent-per-year\", \"period\": \"2021-2025\", " + QUOTE + "}";
    }

    private static String directive(String quote) {
        return "    {\"by\": {\"body\": \"UBND\"}, \"to\": {\"lead\": \"Sở\"}, \"action\": \"Triển khai\", "
                + "\"themes\": [\"transport\"], " + quote + "}";
    }

    private static final String SOURCE = "    {\"ref\": \"s\"}";

    private static List<String> problems(String json) {
        return ReadBothWays.failure(json, "t.json").problems().stream().map(Problem::toString).toList();
    }

    @Test
    void recordsBesideABrokenOneAreCrossChecked() {
        String json = plan(String.join(",\n", target("grdp-growth", "\"nine\""), target("grdp-grouth", "9"),
                        target("grdp-growth", "8")),
                directive("\"quote\": {\"text\": \"t\", \"source\": \"x\"}"), SOURCE);
        assertEquals(List.of(
                "t.json:11:67: /targets/0/value: expected a number, found text",
                "t.json:12:19: /targets/1/indicator: unknown indicator 'grdp-grouth'; did you mean 'grdp-growth'?;"
                        + " declare new indicators in a catalog file's \"indicators\"",
                "t.json:16:134: /directives/0/quote/source: quote names source 'x', which is not among the plan's"
                        + " sources: s"), problems(json));
    }

    @Test
    void aRecordAfterABrokenOneIsLocatedAtItsOwnPosition() {
        // Two broken targets before the one with the unknown indicator: its pointer still says 2, not 0.
        String json = plan(String.join(",\n", target("grdp-growth", "null"), "    7",
                        target("grdp-grouth", "9")), directive(QUOTE), SOURCE);
        List<String> found = problems(json);
        assertEquals(3, found.size(), found::toString);
        assertEquals("t.json:11:67: /targets/0/value: 'value' must not be null; leave the property out instead",
                found.get(0));
        assertEquals("t.json:12:5: /targets/1: expected a target (an object), found a number", found.get(1));
        assertEquals("t.json:13:19: /targets/2/indicator", found.get(2).substring(0, found.get(2).indexOf(": unknown")));
    }

    @Test
    void aBrokenSourceDoesNotMakeEveryQuoteUnknown() {
        // The source's ref is unreadable, so whether the quotes name it is not known: only the source is reported.
        String json = plan(target("grdp-grouth", "9"), directive(QUOTE), "    {\"ref\": 5}");
        assertEquals(List.of(
                "t.json:11:19: /targets/0/indicator: unknown indicator 'grdp-grouth'; did you mean 'grdp-growth'?;"
                        + " declare new indicators in a catalog file's \"indicators\"",
                "t.json:17:13: /sources/0/ref: expected text, found a number"), problems(json));
    }

    @Test
    void aPlanWhoseOwnPropertiesAreBrokenIsNotCrossChecked() {
        // With the plan's period unreadable, a check against it would only guess; its records wait for the fix.
        String json = plan(target("grdp-grouth", "9"), directive(QUOTE), SOURCE).replace("\"2021-2030\"", "\"2021-20x\"");
        List<String> found = problems(json);
        assertEquals(1, found.size(), found::toString);
        assertEquals("/period", ReadBothWays.failure(json, "t.json").problems().get(0).pointer());
    }

    @Test
    void plansOfAStreamAreCrossCheckedBesideTheirBrokenRecords() {
        String json = plan(String.join(",\n", target("grdp-growth", "\"nine\""), target("grdp-grouth", "9")),
                directive(QUOTE), SOURCE);
        var e = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class, () -> PlanReader.create()
                .stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", plan -> { }));
        assertEquals(List.of("/0/targets/0/value", "/0/targets/1/indicator"),
                e.problems().stream().map(Problem::pointer).toList());
    }

    @Test
    void anIndicatorDeclaredWithAProblemIsNotAlsoUnknown() {
        // The plan's target is in the indicator whose declaration lacks a label: only the declaration is reported.
        String json = """
                {
                  "formatVersion": 1,
                  "indicators": [
                    {"code": "ty-le-x", "labelVi": "Tỷ lệ X", "unit": "percent", "direction": "higher-is-better"}
                  ],
                  "plans": [
                %s
                  ]
                }
                """.formatted(plan(target("ty-le-x", "9"), directive(QUOTE), SOURCE));
        assertEquals(List.of("t.json:4:5: /indicators/0: missing required property 'labelEn'"), problems(json));
    }

    @Test
    void aDuplicateIdNamesTheFirstPlanAsFirstWhenTheFirstHasABrokenRecord() {
        String broken = plan(target("grdp-growth", "\"nine\""), directive(QUOTE), SOURCE);
        String valid = plan(target("grdp-growth", "9"), directive(QUOTE), SOURCE);
        String json = "[\n" + broken + ",\n" + valid + "]";
        // The broken plan is lines 2-20, the comma line 21, the valid plan from 22; each "id" on a plan's second line.
        List<String> found = problems(json);
        assertEquals(List.of(
                "t.json:12:67: /0/targets/0/value: expected a number, found text",
                "t.json:23:9: /1/id: duplicate plan id 'p' (first used at t.json:3:9)"), found);
        var streamed = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class, () -> PlanReader
                .create().stream(new ByteArrayInputStream((valid + broken).getBytes(StandardCharsets.UTF_8)), "t.json",
                        plan -> { }));
        assertEquals(List.of("/1/id", "/1/targets/0/value"), streamed.problems().stream().map(Problem::pointer)
                .toList());
    }

    @Test
    void aRuleOfThePlansOwnIsReportedBesideABrokenRecord() {
        String json = plan(target("grdp-growth", "\"nine\""), directive(QUOTE), SOURCE)
                .replace("\"period\": \"2021-2030\",", "\"period\": \"2021-2030\", \"vision\": 2028,");
        assertEquals(List.of(
                "t.json:9:36: /vision: vision year 2028 is not after the period 2021-2030",
                "t.json:11:67: /targets/0/value: expected a number, found text"), problems(json));
    }

    @Test
    void aStructureWithAShareWhoseDeclarationIsBrokenIsNotTakenForComplete() {
        String shares = """
                {
                  "formatVersion": 1,
                  "indicators": [
                    {"code": "mix-a", "labelVi": "A", "labelEn": "A", "unit": "percent", "direction": "share", "structure": "mix"},
                    {"code": "mix-b", "labelVi": "B", "labelEn": "B", "unit": "percent", "direction": "share", "structure": "mix"},
                    {"code": "mix-c", "labelVi": "C", "labelEn": 5, "unit": "percent", "direction": "share", "structure": "mix"}
                  ],
                  "plans": [
                %s
                  ]
                }
                """;
        String share = "    {\"indicator\": \"%s\", \"relation\": \"about\", \"value\": %s, \"unit\": \"percent\", "
                + "\"period\": \"2030\", " + QUOTE + "}";
        String json = shares.formatted(plan(String.join(",\n", share.formatted("mix-a", "40"),
                share.formatted("mix-b", "30")), directive(QUOTE), SOURCE));
        // Two of three shares adding up to 70 is a partial structure, not a complete one that misses 100.
        assertEquals(List.of("t.json:6:50: /indicators/2/labelEn: expected text, found a number"), problems(json));
    }

    @Test
    void anIndicatorWithAnUnreadableCodeHidesNoOtherUnknownIndicator() {
        String json = """
                {
                  "formatVersion": 1,
                  "indicators": [
                    {"code": "Bad Code", "labelVi": "X", "labelEn": "X", "unit": "percent", "direction": "higher-is-better"}
                  ],
                  "plans": [
                %s
                  ]
                }
                """.formatted(plan(target("grdp-grwth", "9"), directive(QUOTE), SOURCE));
        List<String> found = problems(json);
        assertEquals(List.of("/indicators/0/code", "/plans/0/targets/0/indicator"),
                ReadBothWays.failure(json, "t.json").problems().stream().map(Problem::pointer).toList(),
                found::toString);
    }
}
