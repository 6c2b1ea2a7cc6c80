package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input whose bytes hold only characters the text rules let stand skips those rules but the blank check; every other
 * input meets them whole. The line between the two is {@link Utf8#check}'s, and a raw character on either side of
 * it reads as the rules say.
 */
class PlainInputTest {
    private static PlanSet read(String title) {
        String json = "{\"id\": \"p\", \"kind\": \"resolution\", \"province\": \"Long An\", \"title\": \"" + title
                + "\", \"issuer\": {\"body\": \"B\"}}";
        return PlanReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch phát triển – “2026” ₫ … ǅ ʼ|-1",
            "Kế hoạch\u007f|-2",
            "Kế hoạch\u00ad|-2",
            "Kế\u200bhoạch|-2",
            "Ke\u0302\u0301 hoạch|-2",
            "Kế hoạch \\u0041|-2",
            "Kế hoạch 😀|-2"})
    void theScanTellsPlainInputFromTheRest(String text, int expected) {
        assertEquals(expected, Utf8.check(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch\u007f|contains the control character U+007F",
            "Kế hoạch\u00ad|contains the invisible character U+00AD (SOFT HYPHEN)",
            "Kế\u200bhoạch|contains the invisible character U+200B (ZERO WIDTH SPACE)",
            "\u00a0\u00a0|must not be blank"})
    void rawCharactersOutsidePlainInputMeetTheRules(String title, String message) {
        var e = assertThrows(PlanFormatException.class, () -> read(title));
        assertEquals(true, e.problems().get(0).message().startsWith(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ke\u0302\u0301 hoạch|Kế hoạch",
            "Kế hoạch – 2026|Kế hoạch – 2026"})
    void textIsKeptInNfcEitherWay(String title, String kept) {
        assertEquals(kept, read(title).plans().get(0).title());
    }

    /** The rule of {@link Utf8#check}'s Javadoc, written out: what plain input may hold, character by character. */
    private static boolean isPlain(int c) {
        return c < 0x80 && c != '\\' && c != 0x7F || c >= 0xA0 && c <= 0x2FF && c != 0xAD
                || c >= 0x1E00 && c <= 0x1EFF || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E
                || c >= 0x20A0 && c <= 0x20CF;
    }

    /**
     * Every character, among letters a Vietnamese text has around it, after ASCII of every length from none to
     * seven bytes (so at each place in a word of the eight the scan takes at a time) and after multi-byte letters.
     */
    @Test
    void everyCharacterIsPlainExactlyWhenTheRuleSaysSo() {
        String[] before = {"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "Kế ", "hoạch ", "phát triển"};
        String[] after = {"", "b", " đô thị", "0123456789"};
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) == Character.SURROGATE) {
                continue;
            }
            int expected = isPlain(c) ? Utf8.PLAIN : Utf8.VALID;
            String character = Character.toString(c);
            int point = c;
            for (int i = 0; i < before.length; i++) {
                String text = before[i] + character + after[(c + i) % after.length];
                assertEquals(expected, Utf8.check(text.getBytes(StandardCharsets.UTF_8)),
                        () -> String.format("U+%04X in \"%s\"", point, text));
            }
        }
    }
}
