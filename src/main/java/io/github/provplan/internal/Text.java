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

    /** Lower case, without diacritics (đ and Đ become d), white space runs folded to one space, trimmed. */
    public static String fold(String text) {
        return fold(text, false);
    }

    /**
     * The words of a text, folded as {@link #fold} folds them and joined by single spaces, everything but letters
     * and digits dropped: "Giao thông; đường bộ." gives "giao thong duong bo".
     */
    public static String words(String text) {
        return fold(text, true);
    }

    private static String fold(String text, boolean wordsOnly) {
        var folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f;
            if (c < TABLE.length) {
                // One look-up for what a character is, not three Unicode property tests: folding was half of the
                // time to build the text index (docs/performance.md, step 23).
                byte kind = KIND[c];
                if (kind == SPACE || kind == OTHER && wordsOnly) {
                    space = folded.length() > 0;
                    continue;
                }
                if (kind == MARK) {
                    continue;
                }
                f = TABLE[c];
            } else {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || (wordsOnly && !Character.isLetterOrDigit(c))) {
                    space = folded.length() > 0;
                    continue;
                }
                f = Character.toLowerCase(c);
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(f);
        }
        return folded.toString();
    }

    /** What a character up to U+1EFF is to folding: {@link #SPACE}, {@link #MARK}, a letter or digit, or other. */
    private static final byte[] KIND = kinds();
    private static final byte LETTER_OR_DIGIT = 0;
    /** White space: a separator between words in both foldings. */
    private static final byte SPACE = 1;
    /** A combining mark, dropped. */
    private static final byte MARK = 2;
    /** Punctuation, symbols and the like: kept by {@link #fold}, a separator for {@link #words}. */
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
