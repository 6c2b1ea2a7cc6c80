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
     * surrogate, a code point above U+10FFFF, a sequence cut short), or -1 when all are valid. The located read
     * checks its input with this before Jackson's parser sees it; the quick read checks text as it reads it.
     */
    static int firstInvalid(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            if (i + 8 <= n) {
                // Eight bytes at a time up to the next multi-byte character: JSON's punctuation, names and codes are
                // ASCII, and Vietnamese text has a few ASCII letters between its accented ones.
                long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
                if (high == 0) {
                    i += 8;
                    continue;
                }
                i += Long.numberOfTrailingZeros(high) >>> 3;
            } else if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int sequence = sequence(bytes, i, n);
            if (sequence == 0) {
                return i;
            }
            i += sequence & 7;
        }
        return -1;
    }

    /**
     * What {@link #sequence} adds to the length of a character the text rules must look at: outside U+00A0 to U+02FF
     * (the soft hyphen too), U+1E00 to U+1EFF (the Vietnamese letters), the punctuation U+2010 to U+2027 and
     * U+2030 to U+205E and the currency signs U+20A0 to U+20CF, characters none of which the text rules refuse and
     * all of which are in NFC.
     */
    static final int NOT_PLAIN = 8;

    /**
     * The multi-byte character whose lead byte is at {@code i}, before {@code n}: 0 when it is not strict UTF-8, else
     * its length in bytes, plus {@link #NOT_PLAIN} when the text rules must look at it. The one place both the check
     * and the quick parser's reading of text learn what a byte of 0x80 and up begins.
     */
    static int sequence(byte[] bytes, int i, int n) {
        int b = bytes[i] & 0xFF;
        if (b >= 0xE0 && b <= 0xEF) { // first, as most Vietnamese letters are U+1E00 to U+1EFF
            if (i + 2 >= n || ((bytes[i + 1] & 0xC0) ^ 0x80 | (bytes[i + 2] & 0xC0) ^ 0x80) != 0) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            if (b == 0xE0 && second < 0xA0 || b == 0xED && second >= 0xA0) { // overlong; a surrogate
                return 0;
            }
            int point = (b & 0x0F) << 12 | (second & 0x3F) << 6 | bytes[i + 2] & 0x3F;
            return point >= 0x1E00 && point <= 0x1EFF || point >= 0x2010 && point <= 0x2027
                    || point >= 0x2030 && point <= 0x205E || point >= 0x20A0 && point <= 0x20CF ? 3 : 3 + NOT_PLAIN;
        } else if (b >= 0xC2 && b <= 0xDF) { // C0 and C1 would be overlong
            if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
                return 0;
            }
            int point = (b & 0x1F) << 6 | bytes[i + 1] & 0x3F;
            return point >= 0xA0 && point <= 0x2FF && point != 0xAD ? 2 : 2 + NOT_PLAIN;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (i + 3 >= n || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])
                    || !isContinuation(bytes[i + 3])) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            if (b == 0xF0 && second < 0x90 || b == 0xF4 && second >= 0x90) { // overlong; above U+10FFFF
                return 0;
            }
            return 4 + NOT_PLAIN;
        }
        return 0;
    }

    /** The top bit of each of eight bytes read as one {@code long}. */
    static final long HIGH_BITS = 0x8080808080808080L;

    /** Eight bytes of an array read as one little-endian {@code long}: the reader's scans take eight at a time. */
    static final java.lang.invoke.VarHandle LONGS =
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
