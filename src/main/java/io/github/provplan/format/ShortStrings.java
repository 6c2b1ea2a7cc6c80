package io.github.provplan.format;

import java.nio.charset.StandardCharsets;

/**
 * One instance of each short text value met often in a read. Plans repeat the same short values on nearly every
 * record (indicator codes, sources, bodies, people, units, periods), and a string made for each occurrence was a
 * quarter of what a large catalog kept and much of what a load allocated. The table is direct-mapped and never
 * grows: a value whose slot another took is made anew, so hostile input costs no more memory than this. Each read
 * has its own table, which no other thread sees.
 *
 * <p>Jackson's parser hands over a value's characters; {@link QuickParser} finds a value's UTF-8 bytes, which are
 * looked up as they are, in slots of their own, so that no characters are decoded for a value met before. Property
 * names come from the bytes too, interned, as the schemas find members by identity.
 */
final class ShortStrings {
    /** Longer text is nearly always a sentence of its own, found once; it is made as a string directly. */
    static final int LONGEST = 64;
    private static final int SLOTS = 1 << 12;

    /** The most bytes a value looked up by its bytes has: {@link #LONGEST} characters of Vietnamese text or so. */
    static final int LONGEST_BYTES = 2 * LONGEST;

    private final String[] slots = new String[SLOTS];
    private final String[] byteSlots = new String[SLOTS];
    private final byte[][] byteKeys = new byte[SLOTS][];
    private final String[] names = new String[SLOTS];
    private final byte[][] nameKeys = new byte[SLOTS][];

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

    /**
     * The string of the {@code length} bytes of valid UTF-8 at {@code offset}, at most {@link #LONGEST_BYTES}, the
     * same instance as last time; {@code ascii} says that they are all below 0x80.
     */
    String of(byte[] utf8, int offset, int length, boolean ascii) {
        int slot = slot(utf8, offset, length);
        byte[] key = byteKeys[slot];
        if (key != null && sameBytes(key, utf8, offset, length)) {
            return byteSlots[slot];
        }
        String made = new String(utf8, offset, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        byteKeys[slot] = java.util.Arrays.copyOfRange(utf8, offset, offset + length);
        byteSlots[slot] = made;
        return made;
    }

    /** The interned string of a property name of {@code length} ASCII bytes, at most {@link #LONGEST}. */
    String name(byte[] ascii, int offset, int length) {
        int slot = slot(ascii, offset, length);
        byte[] key = nameKeys[slot];
        if (key != null && sameBytes(key, ascii, offset, length)) {
            return names[slot];
        }
        String made = new String(ascii, offset, length, StandardCharsets.ISO_8859_1).intern();
        nameKeys[slot] = java.util.Arrays.copyOfRange(ascii, offset, offset + length);
        names[slot] = made;
        return made;
    }

    /**
     * A slot from the length and the first and last eight bytes, read whole: values that share both ends and their
     * length but differ in between are rare, and then only share a slot. A value shorter than eight bytes is read
     * whole too, the bytes past it masked off, unless it ends the input.
     */
    private static int slot(byte[] bytes, int offset, int length) {
        long hash;
        if (length >= 8) {
            hash = (long) LONGS.get(bytes, offset) * 31 + (long) LONGS.get(bytes, offset + length - 8);
        } else if (offset + 8 <= bytes.length) {
            hash = (long) LONGS.get(bytes, offset) & ~(-1L << 8 * length);
        } else {
            hash = 0;
            for (int i = length - 1; i >= 0; i--) {
                hash = hash << 8 | bytes[offset + i] & 0xFF;
            }
        }
        hash = (hash + length) * 0x9E3779B97F4A7C15L;
        return (int) (hash >>> 52) & (SLOTS - 1);
    }

    /**
     * Whether {@code key} is the {@code length} bytes at {@code offset}, eight at a time: the values are short, and
     * {@link java.util.Arrays#equals(byte[], int, int, byte[], int, int)} took as long as finding them.
     */
    private static boolean sameBytes(byte[] key, byte[] bytes, int offset, int length) {
        if (key.length != length) {
            return false;
        }
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if ((long) LONGS.get(key, i) != (long) LONGS.get(bytes, offset + i)) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (key[i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static final java.lang.invoke.VarHandle LONGS = Utf8.LONGS;
}
