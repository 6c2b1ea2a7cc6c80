package io.github.provplan.format;

/**
 * What the reader needs of UTF-8 bytes without decoding them: where the first invalid byte is, and, for a byte
 * column the parser reports, the column in characters that a person's editor shows.
 */
final class Utf8 {
    private final byte[] bytes;
    private int[] lineStarts;

    Utf8(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The offset of the first byte that is not strict UTF-8 (a stray continuation byte, an overlong form, a
     * surrogate, a code point above U+10FFFF, a sequence cut short), or -1 when all are valid.
     */
    static int firstInvalid(byte[] bytes) {
        int result = check(bytes);
        return result >= 0 ? result : -1;
    }

    /** What {@link #check} says of valid UTF-8 whose text needs only the blank check ({@code TextRules}). */
    static final int PLAIN = -1;
    /** What {@link #check} says of other valid UTF-8. */
    static final int VALID = -2;

    /**
     * The offset of the first byte that is not strict UTF-8; or {@link #PLAIN} when the bytes are valid, hold no
     * backslash (so no escape), no DEL and no character outside ASCII (whose other controls the parser refuses in
     * text, and whose line breaks and tabs stand between values), U+00A0 to U+02FF but the soft hyphen,
     * U+1E00 to U+1EFF (the Vietnamese letters), and the punctuation U+2010 to U+2027, U+2030 to U+205E and currency
     * U+20A0 to U+20CF: characters none of which the text rules refuse and all of which are in NFC, so that such
     * input's text is only checked for blankness; or {@link #VALID}. One pass does both, as this scan is already a
     * twelfth of a load.
     */
    static int check(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        boolean plain = true;
        // Where a word held a backslash or DEL (in the high bit of that byte); tested once, at the end.
        long flagged = 0;
        while (i < n) {
            if (i + 8 <= n) {
                // Eight bytes at a time up to the next multi-byte character: JSON's punctuation, names and codes are
                // ASCII, and Vietnamese text has a few ASCII letters between its accented ones. A word holds no
                // backslash or DEL where it holds bytes of a multi-byte character, so each is tested whole, without
                // a branch; byte by byte, this check was a seventh of a load.
                long word = (long) LONGS.get(bytes, i);
                long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
                long deletes = word ^ 0x7F7F7F7F7F7F7F7FL;
                flagged |= (backslashes - ONES) & ~backslashes | (deletes - ONES) & ~deletes;
                long high = word & HIGH_BITS;
                if (high == 0) {
                    i += 8;
                    continue;
                }
                i += Long.numberOfTrailingZeros(high) >>> 3;
            } else if (bytes[i] >= 0) {
                plain &= bytes[i] != '\\' && bytes[i] != 0x7F; // an escape, or DEL, which JSON lets stand raw in text
                i++;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b >= 0xE0 && b <= 0xEF) { // first, as most Vietnamese letters are U+1E00 to U+1EFF
                if (i + 2 >= n || ((bytes[i + 1] & 0xC0) ^ 0x80 | (bytes[i + 2] & 0xC0) ^ 0x80) != 0) {
                    return i;
                }
                int second = bytes[i + 1] & 0xFF;
                if (b == 0xE0 && second < 0xA0 || b == 0xED && second >= 0xA0) { // overlong; a surrogate
                    return i;
                }
                int point = (b & 0x0F) << 12 | (second & 0x3F) << 6 | bytes[i + 2] & 0x3F;
                plain &= point >= 0x1E00 && point <= 0x1EFF || point >= 0x2010 && point <= 0x2027
                        || point >= 0x2030 && point <= 0x205E || point >= 0x20A0 && point <= 0x20CF;
                i += 3;
            } else if (b >= 0xC2 && b <= 0xDF) { // C0 and C1 would be overlong
                if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
                    return i;
                }
                int point = (b & 0x1F) << 6 | bytes[i + 1] & 0x3F;
                plain &= point >= 0xA0 && point <= 0x2FF && point != 0xAD;
                i += 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (i + 3 >= n || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])
                        || !isContinuation(bytes[i + 3])) {
                    return i;
                }
                int second = bytes[i + 1] & 0xFF;
                if (b == 0xF0 && second < 0x90 || b == 0xF4 && second >= 0x90) { // overlong; above U+10FFFF
                    return i;
                }
                plain = false;
                i += 4;
            } else {
                return i;
            }
        }
        return plain && (flagged & HIGH_BITS) == 0 ? PLAIN : VALID;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The line (from 1) of a byte offset, lines ending at \n, \r\n or \r as the parser counts them. */
    int line(int offset) {
        int[] starts = lineStarts();
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1;
    }

    /**
     * The column in characters (UTF-16 units, from 1) of a byte column (from 1) on a line, in constant time, so that a
     * million problems on one minified line cost a million look-ups, not a million scans of the line.
     */
    int column(int line, int byteColumn) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return byteColumn;
        }
        int start = starts[line - 1];
        int end = characterStart(start, (int) Math.min(bytes.length, (long) start + Math.max(1, byteColumn) - 1));
        return charsBefore(end) - charsBefore(start) + 1;
    }

    /**
     * The byte column, counted from the first byte, of a byte column on a line as the parser counts lines (a lone
     * carriage return ends one): where a JSON Lines line has one, the parser's line 2 is still the file's line.
     */
    int byteColumnOnFirstLine(int line, int byteColumn) {
        int[] starts = lineStarts();
        return line < 2 || line > starts.length ? byteColumn : starts[line - 1] + byteColumn;
    }

    /**
     * The character whose bytes hold a byte column on a line (as the parser counts lines), or -1 outside the bytes;
     * for bytes already checked to be UTF-8.
     */
    int codePointAt(int line, int byteColumn) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length || byteColumn < 1) {
            return -1;
        }
        int at = characterStart(starts[line - 1], (int) Math.min(Integer.MAX_VALUE,
                (long) starts[line - 1] + byteColumn - 1));
        if (at >= bytes.length) {
            return -1;
        }
        return new String(bytes, at, Math.min(4, bytes.length - at), java.nio.charset.StandardCharsets.UTF_8)
                .codePointAt(0);
    }

    /**
     * The offset of the first byte of the character that holds the byte at {@code at}, not before {@code lineStart}:
     * Jackson points at the last byte of a character it could not place (a no-break space between values).
     */
    private int characterStart(int lineStart, int at) {
        while (at > lineStart && at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
            at--;
        }
        return at;
    }

    /** Bytes between the checkpoints of {@link #charsBefore}: a look-up scans at most this many. */
    private static final int STEP = 256;
    /** UTF-16 units in the bytes before each multiple of {@link #STEP}. */
    private int[] checkpoints;

    /** How many UTF-16 units the bytes before {@code offset} decode to. */
    private int charsBefore(int offset) {
        if (checkpoints == null) {
            checkpoints = new int[bytes.length / STEP + 1];
            int chars = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (i % STEP == 0) {
                    checkpoints[i / STEP] = chars;
                }
                chars += units(bytes[i]);
            }
        }
        int chars = checkpoints[offset / STEP];
        for (int i = offset / STEP * STEP; i < offset; i++) {
            chars += units(bytes[i]);
        }
        return chars;
    }

    /** The UTF-16 units a byte begins: none for a continuation byte, two for the lead of a 4-byte form. */
    private static int units(byte b) {
        int unsigned = b & 0xFF;
        return (unsigned & 0xC0) == 0x80 ? 0 : unsigned >= 0xF0 ? 2 : 1;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, 2 * count);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = java.util.Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
