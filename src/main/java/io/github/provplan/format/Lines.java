package io.github.provplan.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines input, as bytes, one at a time: a line ends at {@code \n} (a {@code \r} before it is
 * dropped), and no line longer than the limit is ever held, so that a file without line breaks costs no more memory
 * than the limit.
 */
final class Lines {
    /** Returned for a line of JSON white space only, which holds no plan. */
    static final byte[] BLANK = new byte[0];
    /** Returned for a line longer than the limit, which was read past and not kept. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private byte[] line = new byte[1 << 12];
    private int number;

    Lines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The number, from 1, of the line {@link #next} returned last; while reading one, of that line. */
    int number() {
        return number;
    }

    /**
     * The next line without its line break, {@link #BLANK}, {@link #TOO_LONG}, or null at the end of the input.
     */
    byte[] next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean blank = true;
        boolean any = false;
        number++;
        while (true) {
            if (position == end && !fill()) {
                if (!any) {
                    number--;
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            blank &= b == ' ' || b == '\t' || b == '\r';
            // One byte over the limit is held, for the carriage return of a line ending \r\n, which is not the line's.
            if (tooLong || length > limit) {
                tooLong = true;
                continue;
            }
            if (length == line.length) {
                int grown = (int) Math.min(limit + 1, Math.min(Integer.MAX_VALUE - 8, 2L * length));
                if (grown == length) {
                    tooLong = true;
                    continue;
                }
                line = Arrays.copyOf(line, grown);
            }
            line[length++] = b;
        }
        if (blank) {
            return BLANK; // white space holds no plan, however long
        }
        if (!tooLong && line[length - 1] == '\r') {
            length--;
        }
        if (tooLong || length > limit) {
            return TOO_LONG;
        }
        return Arrays.copyOf(line, length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        end = n;
        return true;
    }
}
