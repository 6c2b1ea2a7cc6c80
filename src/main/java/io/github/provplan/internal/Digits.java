package io.github.provplan.internal;

/**
 * Fixed-width ASCII numbers inside text, for the year and date forms of the format. A regular expression did the
 * same, but it made a matcher for each of the hundreds of thousands of periods in a national corpus.
 */
public final class Digits {
    private Digits() {
    }

    /**
     * The number written with exactly {@code width} ASCII digits at {@code from}, or -1 when any of them is not a digit
     * or the text ends first.
     */
    public static int read(CharSequence text, int from, int width) {
        if (from < 0 || from + width > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
