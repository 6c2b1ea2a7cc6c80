package io.github.provplan.internal;

import org.apache.commons.lang3.StringUtils;

/** Folding of Vietnamese text for matching: "Lạng Sơn", "LANG SON" and "lang  son" all fold to "lang son". */
public final class Text {
    /**
     * What each character up to U+1EFF folds to: lower case without diacritics, computed once with Commons Lang's
     * {@code stripAccents} (which, unlike Unicode decomposition, also maps đ and Đ to d); 0 for a combining mark,
     * which folding drops. Characters beyond the table only go to lower case.
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
        // Only the Latin letters with diacritics need Commons Lang: asking it for 656 characters, not 7,936, keeps
        // start-up short.
        strip(table, '\u00C0', '\u024F');
        strip(table, '\u1E00', '\u1EFF');
        return table;
    }

    private static void strip(char[] table, char first, char last) {
        for (char c = first; c <= last; c++) {
            String folded = StringUtils.stripAccents(String.valueOf(c)).toLowerCase(java.util.Locale.ROOT);
            if (folded.length() == 1) {
                table[c] = folded.charAt(0);
            }
        }
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
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || (wordsOnly && !Character.isLetterOrDigit(c) && isNotMark(c))) {
                space = folded.length() > 0;
                continue;
            }
            char f = c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
            if (f == 0) {
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(f);
        }
        return folded.toString();
    }

    /** Whether a character is no combining mark, which folding drops rather than treats as a separator. */
    private static boolean isNotMark(char c) {
        return c >= TABLE.length || TABLE[c] != 0;
    }
}
