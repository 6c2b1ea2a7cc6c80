package io.github.provplan.internal;

/**
 * Text from an input as a message shows it: quoted, shortened when long, and with every character a person cannot
 * see or could mistake written out, so that two names that look alike on the screen read differently in the
 * message and no input can move the terminal's cursor, clear it or reorder its line.
 */
public final class Echo {
    /** Text up to this many characters is shown whole. */
    static final int WHOLE = 80;
    /** How much of longer text is shown before the ellipsis. */
    static final int HEAD = 60;
    /** The longest message a problem keeps; a longer one is cut, saying how long it was. */
    static final int LONGEST_MESSAGE = 2_000;

    private Echo() {
    }

    /**
     * {@code 'text'}, or for long text {@code 'its first 60 characters…' (1000000 characters)}; invisible characters
     * as {@code <U+200B>}, and a letter of another script inside a Latin word with its name, as in
     * {@code H<U+0430 CYRILLIC SMALL LETTER A> Nội}.
     */
    public static String of(Object value) {
        String text = String.valueOf(value);
        int length = text.length();
        boolean cut = length > WHOLE;
        String shown = cut ? head(text, HEAD) : text;
        var out = new StringBuilder(shown.length() + 16).append('\'');
        appendVisible(shown, true, out);
        out.append(cut ? "…' (" + length + " characters)" : "'");
        return out.toString();
    }

    /**
     * A whole message made safe to print: invisible and control characters written out (our own words have none),
     * and a message longer than {@value #LONGEST_MESSAGE} characters cut with its length, so that no problem can
     * carry a megabyte of text.
     */
    public static String message(String message) {
        String head = message.length() > LONGEST_MESSAGE ? head(message, LONGEST_MESSAGE) : message;
        String visible = head;
        if (!isPlain(head)) {
            var out = new StringBuilder(head.length() + 16);
            appendVisible(head, false, out);
            visible = out.toString();
        }
        if (visible.length() <= LONGEST_MESSAGE && head.length() == message.length()) {
            return visible;
        }
        // Written out, invisible characters take more room: the cut is made after, so that it holds either way.
        return (visible.length() > LONGEST_MESSAGE ? head(visible, LONGEST_MESSAGE) : visible) + "… ("
                + message.length() + " characters)";
    }

    /**
     * A JSON Pointer made safe to print: each segment's invisible characters written out, and a segment longer than
     * {@value #WHOLE} characters cut as {@link #of} cuts text: a property name of a million characters is a pointer
     * too.
     */
    public static String pointer(String pointer) {
        if (pointer.length() <= WHOLE && isPlain(pointer)) {
            return pointer;
        }
        var out = new StringBuilder();
        String[] segments = pointer.split("/", -1); // the first is "" for a pointer that starts with '/'
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (i > 0) {
                out.append('/');
            }
            boolean cut = segment.length() > WHOLE;
            String shown = cut ? head(segment, HEAD) : segment;
            appendVisible(shown, false, out);
            if (cut) {
                out.append("…(").append(segment.length()).append(" characters)");
            }
        }
        return out.toString();
    }

    /** The first {@code length} characters of longer text, or one fewer not to halve a pair. */
    private static String head(String text, int length) {
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && (isHidden(text, i) || Character.isHighSurrogate(c)
                    && TextRules.isBlankLike(text.codePointAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Letters of another script named in one echo; the rest are shown by code, so that an echo stays short. */
    private static final int NAMED = 3;

    private static void appendVisible(String text, boolean markScripts, StringBuilder out) {
        var named = new java.util.HashSet<Integer>();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c != ' ' && (isHidden(text, i) || Character.isSupplementaryCodePoint(c) && TextRules.isBlankLike(c))) {
                out.append(String.format("<U+%04X>", c));
            } else if (markScripts && isForeignLetter(text, i, c)) {
                // Named the first time it appears: a word of sixty such letters would otherwise echo pages.
                String name = named.size() < NAMED && named.add(c) ? " " + Character.getName(c) : "";
                out.append(String.format("<U+%04X%s>", c, name));
            } else {
                out.appendCodePoint(c);
            }
            i = next;
        }
    }

    /** A character that shows as nothing or as a blank, or that controls the terminal, or half a character. */
    private static boolean isHidden(String text, int i) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
            return !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)));
        }
        return TextRules.isBlankLike(c);
    }

    /**
     * A letter of another script in a word that also has Latin letters: Cyrillic а in "Hаnoi" looks like Latin a.
     */
    private static boolean isForeignLetter(String text, int i, int c) {
        if (c < 0x370 || !Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            return false;
        }
        int start = i;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).codePoints().anyMatch(
                p -> Character.isLetter(p) && Character.UnicodeScript.of(p) == Character.UnicodeScript.LATIN);
    }
}
