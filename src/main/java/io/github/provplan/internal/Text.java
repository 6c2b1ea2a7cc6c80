package io.github.provplan.internal;

/** Folding of Vietnamese text for matching: "Lạng Sơn", "LANG SON" and "lang  son" all fold to "lang son". */
public final class Text {
    /**
     * What the Latin letters U+00C0 to U+024F fold to, in order: what Commons Lang's {@code stripAccents} (which,
     * unlike Unicode decomposition, also maps đ and Đ to d) and lower case give, where that is one character.
     * Written out because computing them at start-up loaded the JDK's Unicode normalization and took 50 ms of every
     * run of the command line; {@code TextTest} computes them again and compares.
     */
    static final String LATIN = "aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþy"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀ"
            + "ŀllnnnnnnŉŋŋooooooœœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
            + "ƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩiƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿ"
            + "ǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøø"
            + "aaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿ"
            + "ɀɂɂƀuʌɇɇɉɉɋɋɍɍɏɏ";

    /** The same for the letters U+1E00 to U+1EFF, where Vietnamese letters with two diacritics (ạ, ễ, ở) lie. */
    static final String LATIN_EXTENDED_ADDITIONAL = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
            + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
            + "wwwwwwwwwwxxxxyyzzzzzzhtwyẚsẜẝßẟaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
            + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyỻỻỽỽỿỿ";

    /**
     * What each character up to U+1EFF folds to: lower case without diacritics; 0 for a combining mark, which
     * folding drops. Characters beyond the table only go to lower case.
     */
    private static final char[] TABLE = table();

    private Text() {
    }

    private static char[] table() {
        char[] table = new char[0x1F00];
        for (char c = 0; c < table.length; c++) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            table[c] = Character.toLowerCase(c);
        }
        LATIN.getChars(0, LATIN.length(), table, '\u00C0');
        LATIN_EXTENDED_ADDITIONAL.getChars(0, LATIN_EXTENDED_ADDITIONAL.length(), table, '\u1E00');
        return table;
    }

    /**
     * What one character folds to: lower case without diacritics (đ and Đ become d); 0 for a combining mark below
     * U+1F00, which folding drops.
     */
    static char folded(char c) {
        return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
    }

    /**
     * Whether a text is spelled as the name of a place is: letters, digits and combining marks, with spaces, hyphens
     * and dashes ("Bà Rịa - Vũng Tàu") and the full stop of "TP. HCM" between them, and at least one letter or
     * digit. Compared by their words alone, "Long An!!!", "(Long An)" and "Long_An" would be Long An.
     */
    public static boolean isPlaceName(String text) {
        boolean word = false;
        for (int i = 0, c; i < text.length(); i += Character.charCount(c)) {
            c = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            word |= letter;
            boolean part = letter || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.'
                    || (c >= '\u2010' && c <= '\u2015') || Character.getType(c) == Character.NON_SPACING_MARK;
            if (!part) {
                return false;
            }
        }
        return word;
    }

    /**
     * The words of a text, each character {@linkplain #folded folded}, joined by single spaces, everything but
     * letters and digits dropped: "Giao thông; đường bộ." and "GIAO-THONG, duong  bo" give "giao thong duong bo".
     * Names (provinces, regions, issuers) and searched text are compared in this form. The text is taken in NFC
     * first, as plan text is kept ({@link TextRules}): a name or a search typed in another form of the same
     * characters (α and a combining mark for ά, the Angstrom sign for Å) finds what the plans hold.
     */
    public static String words(String text) {
        var words = new Words();
        words.of(TextRules.nfc(text));
        var joined = new StringBuilder(text.length());
        while (words.next()) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(words.chars(), 0, words.length());
        }
        return joined.toString();
    }

    /**
     * The words of texts in NFC (plan text is; {@link #words} takes other text in NFC first), folded as
     * {@link #words} folds them, one at a time in a buffer it reuses: the text index
     * reads every directive's words, and a folded string of each, made only to be split again, was a third of
     * building it (docs/performance.md, step 25). Not for use by several threads at once.
     *
     * <pre>{@code
     * var words = new Text.Words();
     * words.of("Giao thông; đường bộ.");
     * while (words.next()) {
     *     String word = new String(words.chars(), 0, words.length()); // "giao", "thong", "duong", "bo"
     * }
     * }</pre>
     */
    public static final class Words {
        private String text = "";
        private int at;
        private char[] word = new char[32];
        private int length;

        /** Starts on the words of {@code text}. */
        public void of(String text) {
            this.text = text;
            this.at = 0;
            this.length = 0;
        }

        /** Moves to the next word; false when the text has no more. */
        public boolean next() {
            length = 0;
            String text = this.text;
            int n = text.length();
            int i = at;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < TABLE.length) {
                    byte kind = KIND[c];
                    if (kind == LETTER_OR_DIGIT) {
                        append(TABLE[c]);
                    } else if (kind != MARK && length > 0) { // a mark is dropped, within a word or between words
                        break;
                    }
                    continue;
                }
                // Read as a code point: a letter beyond U+FFFF (chữ Nôm, 𡨸) is two chars, neither a letter.
                int point = text.codePointAt(i);
                if (Character.isLetterOrDigit(point)) {
                    int lower = Character.toLowerCase(point);
                    if (Character.isBmpCodePoint(lower)) {
                        append((char) lower);
                    } else {
                        append(Character.highSurrogate(lower));
                        append(Character.lowSurrogate(lower));
                    }
                } else if (!isMark(point) && length > 0) { // white space and space characters are not letters
                    break;
                }
                i += Character.charCount(point) - 1;
            }
            at = i;
            return length > 0;
        }

        /** Whether {@code point} is a combining mark folding drops, as the table drops those below U+1F00. */
        private static boolean isMark(int point) {
            int type = Character.getType(point);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }

        private void append(char c) {
            if (length == word.length) {
                word = java.util.Arrays.copyOf(word, 2 * length);
            }
            word[length++] = c;
        }

        /** The current word's characters, from 0 to {@link #length()}; the array is reused by {@link #next()}. */
        public char[] chars() {
            return word;
        }

        /** How many characters the current word has. */
        public int length() {
            return length;
        }
    }

    /** What a character up to U+1EFF is to folding: {@link #SPACE}, {@link #MARK}, a letter or digit, or other. */
    private static final byte[] KIND = kinds();
    private static final byte LETTER_OR_DIGIT = 0;
    /** White space: a separator between words. */
    private static final byte SPACE = 1;
    /** A combining mark, dropped. */
    private static final byte MARK = 2;
    /** Punctuation, symbols and the like: a separator for {@link #words}, as white space is. */
    private static final byte OTHER = 3;

    private static byte[] kinds() {
        byte[] kinds = new byte[TABLE.length];
        for (char c = 0; c < kinds.length; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kinds[c] = SPACE;
            } else if (TABLE[c] == 0) {
                kinds[c] = MARK;
            } else if (!Character.isLetterOrDigit(c)) {
                kinds[c] = OTHER;
            } else {
                kinds[c] = LETTER_OR_DIGIT;
            }
        }
        return kinds;
    }

}
