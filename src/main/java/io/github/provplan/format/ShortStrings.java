package io.github.provplan.format;

/**
 * One instance of each short text value met often in a read. Plans repeat the same short values on nearly every
 * record (indicator codes, sources, bodies, people, units, periods), and a string made for each occurrence was a
 * quarter of what a large catalog kept and much of what a load allocated. The table is direct-mapped and never
 * grows: a value whose slot another took is made anew, so hostile input costs no more memory than this. Each read
 * has its own table, which no other thread sees.
 */
final class ShortStrings {
    /** Longer text is nearly always a sentence of its own, found once; it is made as a string directly. */
    static final int LONGEST = 64;
    private static final int SLOTS = 1 << 12;

    private final String[] slots = new String[SLOTS];

    /** The string of {@code length} characters at {@code offset}, the same instance as last time it was read. */
    String of(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && sameText(known, chars, offset, length)) {
            return known;
        }
        String made = new String(chars, offset, length);
        slots[slot] = made;
        return made;
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
