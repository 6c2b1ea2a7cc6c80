package io.github.provplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanReader;
import io.github.provplan.plan.Quote;
import java.text.Normalizer;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The text rules every record applies, and how messages echo text. */
class TextRulesTest {
    @Test
    void decomposedTextIsKeptComposedSoThatNamesMatch() {
        String decomposed = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
        assertEquals(9, decomposed.length()); // six letters and three combining marks
        assertEquals("Hà Nội", Quote.of(decomposed, "s").text());
        String json = "{\"id\": \"p\", \"kind\": \"resolution\", \"province\": \""
                + Normalizer.normalize("Thừa Thiên Huế", Normalizer.Form.NFD) + "\", \"title\": \"T\", "
                + "\"issuer\": {\"body\": \"B\"}}";
        assertEquals("Thừa Thiên Huế", PlanReader.create().read(json, "nfd.json").plans().get(0).province());
    }

    /**
     * The characters nfc passes without the JDK's normaliser (precomposed Vietnamese letters, dashes and quotation
     * marks) are their own NFC after any letter: none composes with what comes before it.
     */
    @Test
    void whatNfcPassesWithoutTheNormaliserIsNfcAlready() {
        String before = "aAeEoOuUyYđĐăâêôơư\u0301\u0323 ";
        IntStream.concat(IntStream.rangeClosed(0x1E00, 0x1EFF), IntStream.rangeClosed(0x2002, 0x206F)).forEach(c -> {
            for (char b : before.toCharArray()) {
                String text = "" + b + (char) c;
                String expected = Normalizer.normalize(text, Normalizer.Form.NFC);
                assertEquals(expected, TextRules.nfc(text), () -> String.format("U+%04X after U+%04X", c, (int) b));
            }
        });
        assertEquals("Quyết định 2002 – “số 686”", TextRules.nfc("Quyết định 2002 – “số 686”"));
        assertEquals("\u1ea0", TextRules.nfc("A\u0323"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u2007\u202f", "\u200b", "\u2060\ufeff", "\u3000", "\u3164", "\u2800", " \t\n"})
    void whatShowsNothingIsBlank(String blank) {
        assertEquals("must not be blank", TextRules.problem(blank));
        var e = assertThrows(IllegalArgumentException.class, () -> Quote.of(blank, "s"));
        assertEquals("text: must not be blank", e.getMessage());
    }

    /** A text's first character decides for most texts: the shortcut must agree with the rule for every one. */
    @Test
    void aTextIsBlankWhenEveryCharacterIsBlankLikeWhateverItsFirst() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String one = String.valueOf((char) c);
            assertEquals(TextRules.isBlankLike(c), TextRules.isBlank(one), one::toString);
            assertEquals(TextRules.isBlankLike(c), TextRules.isBlank(one + " \u00a0"), one::toString);
        }
        assertEquals(false, TextRules.isBlank("Đầu tư"));
        assertEquals(true, TextRules.isBlank(" \u2060\u3164"));
        assertEquals(true, TextRules.isBlank(""));
        assertEquals(true, TextRules.isBlank("\u00a0\u00ad"), "no-break space, soft hyphen");
    }

    @Test
    void controlsBidiControlsAndHalfCharactersAreRefused() {
        assertEquals("text: contains the control character U+001B; remove it (only tabs and line breaks may stand "
                + "in text)", assertThrows(IllegalArgumentException.class, () -> Quote.of("\u001b[2J", "s"))
                .getMessage());
        assertEquals("contains the bidirectional control U+202E, which reorders how text is shown; remove it",
                TextRules.problem("a\u202eb"));
        assertEquals("contains U+DC00, half of a character (a lone surrogate), which no UTF-8 file can hold; write "
                + "the whole character", TextRules.problem("a\udc00\ud800"));
        assertEquals(null, TextRules.problem("Tăng trưởng 😀\tnăm\r\n2030"));
    }

    @Test
    void anEchoIsShortAndShowsWhatCannotBeSeen() {
        assertEquals("'Tây<U+200B>Ninh'", Echo.of("Tây\u200bNinh"));
        assertEquals("'H<U+0430 CYRILLIC SMALL LETTER A> Nội'", Echo.of("H\u0430 Nội"));
        assertEquals("'Москва'", Echo.of("Москва")); // a word of one script is no look-alike
        String longName = "x".repeat(1_000_000);
        assertEquals("'" + "x".repeat(60) + "…' (1000000 characters)", Echo.of(longName));
        assertEquals("a<U+001B>[2J", Echo.message("a\u001b[2J"));
        String message = Echo.message("m".repeat(5000));
        assertEquals(2000 + "… (5000 characters)".length(), message.length());
        // A pair cut at the 60th character is not split: the echo holds no half character.
        String pairs = "😀".repeat(50);
        assertTrue(IntStream.range(0, Echo.of(pairs).length()).noneMatch(i -> Character.isSurrogate(
                Echo.of(pairs).charAt(i)) && (Character.isHighSurrogate(Echo.of(pairs).charAt(i))
                ? !Character.isLowSurrogate(Echo.of(pairs).charAt(i + 1))
                : !Character.isHighSurrogate(Echo.of(pairs).charAt(i - 1)))));
    }

    @Test
    void separatorsNoncharactersAndSelectorsAfterLettersAreRefusedButEmojiRead() {
        assertEquals("contains the line or paragraph separator U+2028, which terminals and tables do not show as a "
                + "line break; write \\n", TextRules.problem("Kế\u2028hoạch"));
        assertEquals("contains the invisible character U+FDD0, which makes two texts that look the same differ; "
                + "remove it", TextRules.problem("Kế\uFDD0hoạch"));
        assertEquals("contains the variation selector U+FE0F after a Latin letter or a space, where it shows nothing "
                + "and makes two texts that look the same differ; remove it", TextRules.problem("Kế\uFE0Fhoạch"));
        assertEquals(null, TextRules.problem("Yêu ❤\uFE0F Việt Nam 🇻🇳 👨\u200D👩\u200D👧 1\uFE0F\u20E3 \u2139\uFE0F"));
        // Standard variants of CJK and Myanmar characters, and an ideographic variant as chữ Nôm uses them.
        assertEquals(null, TextRules.problem("\u8FBA\uFE00 \u1000\uFE00 \u845B\uDB40\uDD00"));
    }

    @Test
    void theRulesHoldForTheComposedText() {
        // e, a combining acute, a selector: composed, the selector follows the letter é, where it selects nothing.
        assertEquals("contains the variation selector U+FE0F after a Latin letter or a space, where it shows nothing "
                + "and makes two texts that look the same differ; remove it", TextRules.problem("Ke\u0301\uFE0F"));
        assertThrows(IllegalArgumentException.class, () -> Quote.of("Ke\u0301\uFE0F", "s"));
    }
}
