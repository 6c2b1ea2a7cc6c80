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
 * input meets them whole. The line between the two is the one {@link QuickParser} draws as it reads text, and a raw
 * character on either side of it reads as the rules say.
 */
class PlainInputTest {
    private static final QuickParser QUICK = new QuickParser(ReadLimits.defaults());
    private static final ShortStrings STRINGS = new ShortStrings();

    /** Whether the quick read calls {@code text}, as the one value of a document, plain; null when it gives up. */
    private static Boolean plain(String text) {
        var parsed = QUICK.parse(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8), STRINGS);
        return parsed == null ? null : parsed.plain();
    }

    private static PlanSet read(String title) {
        String json = "{\"id\": \"p\", \"kind\": \"resolution\", \"province\": \"Long An\", \"title\": \"" + title
                + "\", \"issuer\": {\"body\": \"B\"}}";
        return PlanReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch phát triển – “2026” ₫ … ǅ ʼ|true",
            "Kế hoạch\u007f|false",
            "Kế hoạch\u00ad|false",
            "Kế\u200bhoạch|false",
            "Ke\u0302\u0301 hoạch|false",
            "Kế hoạch \\u0041|false",
            "Kế hoạch 😀|false"})
    void theQuickReadTellsPlainInputFromTheRest(String text, boolean expected) {
        assertEquals(expected, plain(text));
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

    /**
     * The rule of {@link Utf8#NOT_PLAIN}'s Javadoc, written out: what plain input may hold, character by character
     * (a backslash starts an escape, which is never plain).
     */
    private static boolean isPlain(int c) {
        return c < 0x80 && c != '\\' && c != 0x7F || c >= 0xA0 && c <= 0x2FF && c != 0xAD
                || c >= 0x1E00 && c <= 0x1EFF || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E
                || c >= 0x20A0 && c <= 0x20CF;
    }

    /**
     * Every character, among letters a Vietnamese text has around it, after ASCII of every length from none to
     * seven bytes (so at each place in a word of the eight the scan takes at a time) and after multi-byte letters.
     * A control character must be escaped in JSON text, so the quick read leaves text that holds one raw to the
     * located read; a quotation mark is written escaped, so never plain.
     */
    @Test
    void everyCharacterIsPlainExactlyWhenTheRuleSaysSo() {
        String[] before = {"", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "Kế ", "hoạch ", "phát triển"};
        String[] after = {"", "b", " đô thị", "0123456789"};
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) == Character.SURROGATE) {
                continue;
            }
            Boolean expected = c < 0x20 ? null : c != '"' && isPlain(c);
            String character = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : Character.toString(c);
            int point = c;
            for (int i = 0; i < before.length; i++) {
                String text = before[i] + character + after[(c + i) % after.length];
                assertEquals(expected, plain(text),
                        () -> String.format("U+%04X in \"%s\"", point, text));
            }
        }
    }
}
