package io.github.provplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
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
     * The words of a text by their rule, one character (code point) at a time, of the text in NFC: letters and digits
     * {@link Text#folded folded} below U+1F00 and in lower case after, combining marks dropped (below U+1F00 those
     * the table drops), anything else between words. NFC takes some characters beyond U+FFFF (U+FA6C is U+242EE).
     */
    private static String wordsByRule(String text) {
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        var words = new StringBuilder();
        boolean inWord = false;
        for (int i = 0, c; i < text.length(); i += Character.charCount(c)) {
            c = text.codePointAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            int folded = c < 0x1F00 ? Text.folded((char) c) : Character.toLowerCase(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (!space && (c < 0x1F00 ? folded == 0 : mark)) {
                continue;
            }
            if (!space && Character.isLetterOrDigit(c)) {
                if (!inWord && !words.isEmpty()) {
                    words.append(' ');
                }
                words.appendCodePoint(folded);
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
    void lettersBeyondU_FFFFAreLettersOfTheirWordsAndOtherCharactersThereAreNot() {
        assertEquals("so hoa chu 𡨸 nom", Text.words("Số hóa chữ 𡨸 Nôm"), "chữ Nôm, U+21A38");
        assertEquals("a𠀀b c", Text.words("a𠀀b c"));
        assertEquals("𐐨𐐩 x", Text.words("𐐀𐐁 X"), "Deseret capitals to small letters, as the other letters go");
        assertEquals("x y", Text.words("x\uD83D\uDE00y"), "an emoji is between words");
        assertEquals("xy", Text.words("x\uD834\uDD67y"), "a combining mark beyond U+FFFF is dropped");
        assertEquals("xy", Text.words("x\u20D7y"), "and one from U+1F00 to U+FFFF");
        assertEquals("x y", Text.words("x\uD800y"), "half of a character is neither");
        assertEquals("x", Text.words("x\uDC00"));
        assertTrue(Text.isPlaceName("Chữ 𡨸"));
        assertFalse(Text.isPlaceName("Long An 😀"));
        var words = new Text.Words();
        words.of("𡨸".repeat(40) + " b");
        assertTrue(words.next());
        assertEquals("𡨸".repeat(40), new String(words.chars(), 0, words.length()), "the buffer grew past 32 chars");
        assertTrue(words.next());
        assertEquals("b", new String(words.chars(), 0, words.length()));
        assertFalse(words.next());
    }

    @Test
    void textIsTakenInNfcBeforeItIsFolded() {
        assertEquals("a", Text.words("\u212B"), "the Angstrom sign is Å in NFC, which folds to a");
        assertEquals(Text.words("ἀρχή"), Text.words("\u03B1\u0313\u03C1\u03C7\u03B7\u0301"));
        assertEquals("\u1F00\u03C1\u03C7\u03AE", Text.words("\u1F08\u03A1\u03A7\u0389"), "Greek capitals go to small letters");
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
