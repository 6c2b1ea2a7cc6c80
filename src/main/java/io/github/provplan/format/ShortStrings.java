package io.github.provplan.format;

import java.util.Arrays;

/**
 * One instance of each short text value met often in a read. Plans repeat the same short values on nearly every
 * record (indicator codes, sources, bodies, people, units, periods), and a string made for each occurrence was a
 * quarter of what a large catalog kept and much of what a load allocated. The table is direct-mapped and never
 * grows: a value whose slot another took is made anew, so hostile input costs no more memory than this. Each read
 * has its own table and no other thread sees it: its two arrays are written one after the other.
 */
final class ShortStrings {
    /** Longer text is nearly always a sentence of its own, found once; it is made as a string directly. */
    static final int LONGEST = 64;
    private static final int SLOTS = 1 << 12;

    private final String[] slots = new String[SLOTS];
    /**
     * Each slot's text as characters: a range of the parser's buffer is compared with them at once, where comparing
     * it with the string a character at a time was some 6% of a load.
     */
    private final char[][] texts = new char[SLOTS][];

    /** The string of {@code length} characters at {@code offset}, the same instance as last time it was read. */
    String of(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        char[] known = texts[slot];
        if (known != null && Arrays.equals(known, 0, known.length, chars, offset, offset + length)) {
            return slots[slot];
        }
        String made = new String(chars, offset, length);
        slots[slot] = made;
        texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
        return made;
    }
}
