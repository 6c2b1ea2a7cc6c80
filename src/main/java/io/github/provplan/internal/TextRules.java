package io.github.provplan.internal;

import java.text.Normalizer;

/**
 * What text in a plan may hold, one rule set for files and for code: not only blank-looking characters, no control
 * characters but tab and line breaks, no bidirectional controls, no half of a character; and text is kept in
 * Unicode NFC, so that a name typed with combining marks is the same name as the one typed precomposed.
 */
public final class TextRules {
    private TextRules() {
    }

    /**
     * Why {@code text} cannot be plan text, or {@code null} when it can; the checks every text property of the
     * model makes.
     */
    public static String problem(String text) {
        int scanned = scan(text);
        if (scanned >= 0) {
            return problemAt(text);
        }
        String composed = scanned == PLAIN ? text : nfc(text);
        return composed == text || scan(composed) < 0 ? null : problemAt(composed);
    }

    /**
     * {@code text} checked by these rules and in NFC, in one pass for the text most plans hold.
     *
     * @throws IllegalFieldException naming {@code field} when the text breaks a rule
     */
    static String normalized(String text, String field) {
        if (PLAIN_INPUT.get()[0]) {
            // The reader has seen every byte of this input: only characters these rules let stand, in NFC.
            if (isBlank(text)) {
                throw new IllegalFieldException(field, "must not be blank");
            }
            return text;
        }
        int scanned = scan(text);
        if (scanned == PLAIN) {
            return text; // only ASCII and precomposed Latin letters: nothing to normalise
        }
        if (scanned >= 0) {
            throw new IllegalFieldException(field, problemAt(text));
        }
        String composed = nfc(text);
        // Composing can bring a selector next to a letter (e, a combining mark, a selector: é and the selector).
        if (composed != text && scan(composed) >= 0) {
            throw new IllegalFieldException(field, problemAt(composed));
        }
        return composed;
    }

    /** Whether the text being checked on this thread comes from input the reader found plain (its own flag). */
    private static final ThreadLocal<boolean[]> PLAIN_INPUT = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * Runs {@code decode}, whose every text comes from input that holds only characters these rules let stand and
     * that are in NFC (the reader checks its bytes for that in the pass that checks its UTF-8), checking each text
     * only for blankness: the full rules cost a tenth of a load, for input that cannot break them.
     *
     * @param decode what reads the input
     * @param <T>    what it gives
     * @return what it gave
     */
    public static <T> T fromPlainInput(java.util.function.Supplier<T> decode) {
        boolean[] flag = PLAIN_INPUT.get();
        boolean before = flag[0];
        flag[0] = true;
        try {
            return decode.get();
        } finally {
            flag[0] = before;
        }
    }

    /** What {@link #scan} says of text whose every character took the fast path. */
    private static final int PLAIN = -1;
    /** What {@link #scan} says of valid text with other characters. */
    private static final int VALID = -2;

    /**
     * {@link #PLAIN}, {@link #VALID}, or where a problem is (the end of the text for blank text). Printable ASCII,
     * spaces and the Latin letters Vietnamese is written in are most of every text, and none of them is blank-only
     * or refused: one comparison each, where the rules cost a character-table look-up.
     */
    private static int scan(String text) {
        boolean blank = true;
        boolean plain = true;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F || c >= 0xC0 && c <= 0x24F || c >= 0x1E00 && c <= 0x1EFF) {
                blank = false;
                i++;
                continue;
            }
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            plain = false;
            if (refused(text, i, c) != null) {
                return i;
            }
            int point = text.codePointAt(i);
            blank &= isBlankLike(point);
            i += Character.charCount(point);
        }
        return blank ? text.length() : plain ? PLAIN : VALID;
    }

    private static String problemAt(String text) {
        if (isBlank(text)) {
            return "must not be blank";
        }
        for (int i = 0; i < text.length(); ) {
            String problem = refused(text, i, text.charAt(i));
            if (problem != null) {
                return problem;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return "must not be blank";
    }

    /** Why the character at {@code i} may not stand in text, or {@code null}. */
    private static String refused(String text, int i, char c) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
            return "contains the control character " + code(c) + "; remove it (only tabs and line breaks may "
                    + "stand in text)";
        }
        if (isBidiControl(c)) {
            return "contains the bidirectional control " + code(c) + ", which reorders how text is shown; "
                    + "remove it";
        }
        if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)))) {
            return "contains " + code(c) + ", half of a character (a lone surrogate), which no UTF-8 file can "
                    + "hold; write the whole character";
        }
        if (c == '\u2028' || c == '\u2029') {
            return "contains the line or paragraph separator " + code(c) + ", which terminals and tables do not "
                    + "show as a line break; write \\n";
        }
        int point = text.codePointAt(i);
        if (isVariationSelector(point) && (i == 0 || selectsNothing(text.codePointBefore(i)))) {
            return "contains the variation selector " + code(point) + " after a Latin letter or a space, where "
                    + "it shows nothing and makes two texts that look the same differ; remove it";
        }
        if (isInvisible(point)) {
            String name = Character.getName(point);
            return "contains the invisible character " + code(point) + (name == null ? "" : " (" + name + ")")
                    + ", which makes two texts that look the same differ; remove it";
        }
        return null;
    }

    /**
     * A character that shows nothing inside visible text and joins nothing a script needs: a format character
     * other than the zero-width joiner and non-joiner (which Indic and emoji sequences need), a Hangul filler, a
     * Khmer inherent vowel, the combining grapheme joiner, a Mongolian variation selector, a noncharacter.
     */
    private static boolean isInvisible(int c) {
        if (c == '\u200C' || c == '\u200D') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0'
                || c == '\u17B4' || c == '\u17B5' || c == '\u034F' || c >= '\u180B' && c <= '\u180F'
                || isNoncharacter(c);
    }

    /** U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE...). */
    private static boolean isNoncharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }

    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    /**
     * Whether a variation selector after {@code c} selects nothing: after a letter of the Latin script (Vietnamese
     * letters among them) or a space it shows nothing, where after an emoji (❤️, ℹ️), a keycap digit (1️⃣), or a
     * CJK, Myanmar or chữ Nôm character it picks a standard variant.
     */
    private static boolean selectsNothing(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Whether every character of {@code text} shows as nothing or as white space. */
    public static boolean isBlank(String text) {
        // Nearly every text starts with a printable ASCII character or a Vietnamese letter, none of which is blank:
        // the answer without decoding a code point, which every text of a load asked (docs/performance.md, step 25).
        if (!text.isEmpty() && isPlainVisible(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isBlankLike(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A printable ASCII character, or a Latin letter of U+00C0-U+024F or U+1E00-U+1EFF: shown, and never blank. */
    private static boolean isPlainVisible(char c) {
        return c > ' ' && c < 0x7F || c >= '\u00C0' && c <= '\u024F' || c >= '\u1E00' && c <= '\u1EFF';
    }

    /**
     * Every Unicode white space and space separator (no-break, figure, narrow spaces), every format character
     * (zero-width space and joiners, word joiner, soft hyphen, byte order mark, bidi controls), every control
     * character, and the letters that render blank (Hangul fillers, the blank Braille pattern).
     */
    static boolean isBlankLike(int c) {
        if (c == ' ') {
            return true;
        }
        if (c < 0x7F) {
            return c < 0x20 || Character.isWhitespace(c);
        }
        int type = Character.getType(c);
        // The zero-width joiners are format characters too; a selector shows nothing where nothing precedes it.
        return type == Character.FORMAT || type == Character.CONTROL || Character.isSpaceChar(c)
                || Character.isWhitespace(c) || c == '\u2800' || isInvisible(c) || isVariationSelector(c);
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * {@code text} in Unicode NFC. Text that has no character a normalisation could change (ASCII, precomposed
     * Vietnamese letters, the dashes and quotation marks of U+2002-U+206F, which decompose to nothing) is returned
     * as it is without asking the JDK, whose normaliser costs a load's worth of start-up and time on every string.
     */
    public static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF) && (c < 0x2002 || c > 0x206F)) {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    private static String code(int c) {
        return String.format("U+%04X", c);
    }
}
