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
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int codePoint = b & (0x3F >> (length - 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return i;
            }
            i += length;
        }
        return -1;
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

    /** The column in characters (UTF-16 units, from 1) of a byte column (from 1) on a line. */
    int column(int line, int byteColumn) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return byteColumn;
        }
        int start = starts[line - 1];
        int end = Math.min(bytes.length, start + byteColumn - 1);
        int column = 1;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                column += b >= 0xF0 ? 2 : 1;
            }
        }
        return column;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            var starts = new java.util.ArrayList<Integer>();
            starts.add(0);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }
}
