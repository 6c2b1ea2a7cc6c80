package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each bad input yields one PlanFormatException whose problems carry the line, column and pointer a maintainer
 * needs. Positions are counted by hand from the text blocks: properties sit on their own lines, indented by two
 * spaces per level, so a property name at the top level starts in column 3.
 */
class ReaderProblemsTest {
    private static List<Problem> problems(String json) {
        return ReadBothWays.failure(json, "test.json").problems();
    }

    /** The one problem of an input that must have exactly one. */
    private static Problem onlyProblem(String json) {
        List<Problem> found = problems(json);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static void assertProblem(Problem problem, int line, int column, String pointer, String messagePart) {
        assertEquals("test.json", problem.source());
        assertEquals(line, problem.line(), () -> "line of " + problem);
        assertEquals(column, problem.column(), () -> "column of " + problem);
        assertEquals(pointer, problem.pointer(), () -> "pointer of " + problem);
        assertTrue(problem.message().contains(messagePart), () -> "message of " + problem);
    }

    @Test
    void truncatedFileIsReportedWhereItEnds() {
        var found = problems("""
                {
                  "id": "p",
                  "kind": "resolution",
                  "province": "Long An\"""");
        assertEquals(1, found.size(), found::toString);
        // Line 4 has 23 characters; the input ends just after them, after the property "province".
        assertProblem(found.get(0), 4, 24, "/province", "ends before the document is complete");
    }

    @Test
    void aValueRunIntoTheBrokenTokenAfterItIsNotJudged() {
        // Jackson reads 0 of 0o10 and 1e5 of 1e5x before it finds the letter: only the letter is the problem, not
        // "formatVersion 0 is not supported" or a list item 2 of 2x.
        // The value starts in column 20; the letter stands 1 or 3 characters into it.
        for (var version : java.util.Map.of("0o10", 21, "1e5x", 23, "\"2\"x", 23).entrySet()) {
            assertProblem(onlyProblem("{\n  \"formatVersion\": " + version.getKey() + ",\n  \"id\": \"p\"\n}"),
                    2, version.getValue(), "/formatVersion", "expected a comma or '}'");
        }
        // A target 7 would be "expected a target (an object)"; the pointer names the item the comma should follow.
        assertProblem(onlyProblem("{\n  \"id\": \"p\",\n  \"targets\": [7x]\n}"),
                3, 16, "/targets/0", "expected a comma or ']' after a list item, found 'x'");
    }

    @Test
    void aNumberCutShortByALineBreakIsTheNumbersProblem() {
        assertProblem(onlyProblem("{\n  \"vision\": -\n}"),
                2, 14, "/vision", "invalid number: a minus sign needs a digit after it");
    }

    @Test
    void aPlanBrokenBeforeItsKindIsStillAPlan() {
        // formatVersion and id read, then the syntax error: the one problem, not also "unknown property 'id'" of a
        // catalog the version made it look like.
        for (String broken : new String[] {"{\n  \"formatVersion\": 2,\n  \"id\": \"x\"\n  \"kind\": \"resolution\"\n}",
                "{\n  \"formatVersion\": 2,\n  \"id\": \"x\",\n  \"kind\": resolution\n}",
                "{\n  \"formatVersion\": 2,\n  \"id\": \"x\",\n"}) {
            var found = problems(broken);
            assertEquals(1, found.size(), found::toString);
        }
        // A catalog with a stray id is still a catalog: the id is its unknown property, as when it is whole.
        var catalog = problems("{\"formatVersion\": 2, \"id\": \"x\", \"indicators\": [{\"code\": \"a\",}]}");
        assertTrue(catalog.stream().anyMatch(p -> p.message().startsWith("unknown property 'id'")), catalog::toString);
    }

    @Test
    void aCharacterOfSeveralBytesBetweenValuesIsPointedAtItself() {
        // Jackson names the last of its bytes; the column is the character's own, read as bytes as read as text.
        for (String space : new String[] {"\u00a0", "\u2028"}) {
            assertProblem(onlyProblem("{\n  \"id\": \"p\"," + space + "\"kind\": \"resolution\"\n}"),
                    2, 13, "/id", "outside text");
        }
        // Where a comma belongs, Jackson names the first byte of such a character ('Â' for a no-break space).
        assertProblem(onlyProblem("{\n  \"id\": \"ế\"\u00a0\n}"),
                2, 12, "/id", "'<U+00A0>' (NO-BREAK SPACE) outside text");
        assertProblem(onlyProblem("{\n  \"vision\": 1ế\n}"),
                2, 14, "/vision", "expected a comma or '}' after a property value, found 'ế'");
    }

    @Test
    void aValueBeforeABrokenValueOfItsOwnIsJudged() {
        // Jackson reads the next name with the start of its value: "kind" ends before a comma, and is kept (dropped,
        // the plan read as a catalog and its "id" was an unknown property of one).
        assertProblem(onlyProblem("{\"formatVersion\": 2, \"id\": \"p\", \"kind\": \"master-plan\", \"status\": adopted}"),
                1, 66, "/status", "unrecognized word 'adopted'");
        // A space stands between 2 and the broken token: formatVersion 2 is kept, and no problem of format 1 follows.
        assertProblem(onlyProblem("{\"formatVersion\": 2 \"id\": \"p\"}"),
                1, 21, "/formatVersion", "expected a comma or '}' after a property value, found '\"'");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        var found = problems("""
                {
                  "id": "p",
                  "kind": "resolution",
                  "province": "Long An",
                  "title": "Nghị quyết năm 2024",
                  "issuer": {
                    "body": "Tỉnh ủy Long An"
                  },
                  "period": 2024
                }
                """);
        assertEquals(1, found.size(), found::toString);
        assertProblem(found.get(0), 9, 13, "/period", "expected text, found a number");
    }

    @Test
    void unknownPropertyIsReportedAtItsNameWithASuggestion() {
        var found = problems("""
                {
                  "id": "p",
                  "kind": "resolution",
                  "province": "Long An",
                  "titel": "Nghị quyết năm 2024",
                  "issuer": {
                    "body": "Tỉnh ủy Long An"
                  }
                }
                """);
        assertEquals(2, found.size(), found::toString);
        // The plan object starts at line 1 column 1 and lacks its title.
        assertProblem(found.get(0), 1, 1, "", "missing required property 'title'");
        assertProblem(found.get(1), 5, 3, "/titel", "unknown property 'titel'; did you mean 'title'?");
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrence() {
        var found = problems("""
                {
                  "id": "p",
                  "kind": "resolution",
                  "province": "Long An",
                  "title": "Nghị quyết năm 2024",
                  "id": "q",
                  "issuer": {
                    "body": "Tỉnh ủy Long An"
                  }
                }
                """);
        assertEquals(1, found.size(), found::toString);
        assertProblem(found.get(0), 6, 3, "/id", "duplicate property 'id' (first given at line 2, column 3)");
    }

    @Test
    void unknownIndicatorIsReportedWithTheClosestCode() {
        var found = problems("""
                {
                  "id": "p",
                  "kind": "resolution",
                  "province": "Long An",
                  "title": "Nghị quyết năm 2024",
                  "issuer": {
                    "body": "Tỉnh ủy Long An"
                  },
                  "period": "2024",
                  "targets": [
                    {
                      "indicator": "grdp-grwth",
                      "relation": "about",
                      "value": 7,
                      "unit": "percent",
                      "period": "2024",
                      "quote": {
                        "text": "GRDP tăng khoảng 7%",
                        "source": "s"
                      }
                    }
                  ],
                  "sources": [
                    {
                      "ref": "s"
                    }
                  ]
                }
                """);
        assertEquals(1, found.size(), found::toString);
        assertProblem(found.get(0), 12, 20, "/targets/0/indicator",
                "unknown indicator 'grdp-grwth'; did you mean 'grdp-growth'?");
    }

    @Test
    void sharesAddingUpTo104AreReportedAtTheLastShare() {
        var found = problems("""
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
                    {"indicator": "grdp-share-agriculture", "relation": "about", "value": 10, "unit": "percent",
                     "period": "2030", "quote": {"text": "a", "source": "s"}},
                    {"indicator": "grdp-share-industry", "relation": "about", "value": 60, "unit": "percent",
                     "period": "2030", "quote": {"text": "b", "source": "s"}},
                    {"indicator": "grdp-share-services", "relation": "about", "value": 28, "unit": "percent",
                     "period": "2030", "quote": {"text": "c", "source": "s"}},
                    {"indicator": "grdp-share-taxes", "relation": "about", "value": 6, "unit": "percent",
                     "period": "2030", "quote": {"text": "d", "source": "s"}}
                  ],
                  "sources": [
                    {
                      "ref": "s"
                    }
                  ]
                }
                """);
        assertEquals(1, found.size(), found::toString);
        // The last share's figure 6 stands on line 17, after 68 characters.
        assertProblem(found.get(0), 17, 69, "/targets/3/value", "the grdp shares for 2030 add up to 104, more than 100");
    }

    @Test
    void columnsCountCharactersNotBytesAfterVietnameseText() {
        var found = problems("""
                {
                  "id": "p", "kind": "resolution", "province": "Lạng Sơn", "title": "Nghị quyết về phát triển kinh tế cửa khẩu", "sô": 1,
                  "issuer": {
                    "body": "Tỉnh ủy Lạng Sơn"
                  }
                }
                """);
        assertEquals(1, found.size(), found::toString);
        // 113 characters precede "sô" on line 2, though they take 130 bytes in UTF-8.
        assertProblem(found.get(0), 2, 114, "/s\u00f4", "unknown property 'sô'");
    }

    @Test
    void everyMistakeInAFileIsReported() {
        var found = problems("""
                {
                  "id": "Bad Id",
                  "kind": "resolutoin",
                  "province": "Long An",
                  "title": "",
                  "issuer": {
                    "body": "Tỉnh ủy Long An",
                    "role": "x"
                  },
                  "issued": "2023-02-30",
                  "period": "2030-2021"
                }
                """);
        assertEquals(6, found.size(), found::toString);
        assertProblem(found.get(0), 2, 9, "/id", "'Bad Id' is not a lower-kebab-case code");
        assertProblem(found.get(1), 3, 11, "/kind", "unknown plan kind 'resolutoin'; did you mean 'resolution'?");
        assertProblem(found.get(2), 5, 12, "/title", "must not be blank");
        assertProblem(found.get(3), 8, 5, "/issuer/role", "unknown property 'role'");
        assertProblem(found.get(4), 10, 13, "/issued", "'2023-02-30' is not a real date");
        assertProblem(found.get(5), 11, 13, "/period", "'2030-2021': period starts in 2030 after it ends in 2021");
    }
}
