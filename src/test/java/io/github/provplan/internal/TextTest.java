package io.github.provplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;

/** Folding, and the written-out tables of Latin letters against what Commons Lang computes for them. */
class TextTest {
    /** What a letter folds to, computed: Commons Lang's stripAccents, lower case, where that is one character. */
    private static char computed(char c) {
        String stripped = StringUtils.stripAccents(String.valueOf(c)).toLowerCase(Locale.ROOT);
        return stripped.length() == 1 ? stripped.charAt(0) : Character.toLowerCase(c);
    }

    private static String computed(char first, char last) {
        var folded = new StringBuilder();
        for (char c = first; c <= last; c++) {
            folded.append(computed(c));
        }
        return folded.toString();
    }

    @Test
    void writtenOutTablesAreWhatCommonsLangComputes() {
        assertEquals(computed('\u00C0', '\u024F'), Text.LATIN);
        assertEquals(computed('\u1E00', '\u1EFF'), Text.LATIN_EXTENDED_ADDITIONAL);
    }

    @Test
    void placeNamesHoldLettersDigitsAndTheSeparatorsOfNames() {
        for (String name : new String[] {"Bà Rịa – Vũng Tàu", "TP. HCM", "Thừa Thiên-Huế", "Quận 1", "Hoa\u0300"}) {
            assertTrue(Text.isPlaceName(name), name);
        }
        for (String name : new String[] {"Long An!!!", "(Long An)", "Long_An", "'Long An'", "", " - ", "..."}) {
            assertFalse(Text.isPlaceName(name), name);
        }
    }

    @Test
    void vietnameseLettersFoldToTheirBaseLetters() {
        assertEquals("lang son", Text.words("  Lạng   Sơn "));
        assertEquals("dong nai", Text.words("ĐỒNG NAI"));
        assertEquals("thu tuong chinh phu", Text.words("Thủ tướng Chính phủ"));
        assertEquals("pham minh chinh", Text.words("Phạm Minh Chính"));
        assertEquals("ba ria vung tau", Text.words("Bà Rịa – Vũng Tàu"));
        assertEquals("a", Text.words("a\u0301"), "a combining mark is dropped");
        assertEquals("giao thong duong bo", Text.words("Giao thông; đường bộ."));
    }

    /**
     * The words of a text by their rule, one character at a time: letters and digits {@link Text#folded folded},
     * combining marks below U+1F00 dropped, anything else between words.
     */
    private static String wordsByRule(String text) {
        var words = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            char folded = Text.folded(c);
            if (c < 0x1F00 && !space && folded == 0) {
                continue;
            }
            if (!space && Character.isLetterOrDigit(c)) {
                if (!inWord && !words.isEmpty()) {
                    words.append(' ');
                }
                words.append(folded);
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words.toString();
    }

    @Test
    void everyCharacterIsInAWordBetweenWordsOrDroppedByTheRule() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String text : new String[] {"x" + (char) c + "y", (char) c + " z", "ab " + (char) c}) {
                assertEquals(wordsByRule(text), Text.words(text), () -> text.codePoints()
                        .mapToObj(Integer::toHexString).toList().toString());
            }
        }
        assertEquals("giao thong duong bo", Text.words("Giao thông; đường bộ."));
        assertEquals("ha noi 2030", Text.words("  Hà Nội (2030)  "));
        assertEquals("cong", Text.words("công"), "a combining mark inside a word is dropped, not a break");
    }

    @Test
    void wordsAreReadOneAtATimeAcrossTextsInABufferThatGrows() {
        var words = new Text.Words();
        var read = new java.util.ArrayList<String>();
        String longWord = "Đ".repeat(100);
        for (String text : new String[] {"Giao thông;", "", longWord + " bộ", "..."}) {
            words.of(text);
            while (words.next()) {
                read.add(new String(words.chars(), 0, words.length()));
            }
        }
        assertEquals(java.util.List.of("giao", "thong", "d".repeat(100), "bo"), read);
    }
}
