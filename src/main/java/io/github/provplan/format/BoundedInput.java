package io.github.provplan.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that ends in an error once more than so many bytes have been read from it: {@link PlanReader#stream}
 * reads inputs of any length, but not without end (an endless stream of spaces never completes a plan).
 */
final class BoundedInput extends FilterInputStream {
    /** What the reader reports when the bound is passed; an I/O error, so that the parser stops where it stands. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(long limit) {
            super("the stream is longer than " + limit + " bytes (limit maxTotalBytes); reading stopped here");
        }
    }

    private final long limit;
    private long read;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws Exceeded {
        read += n;
        if (read > limit) {
            throw new Exceeded(limit);
        }
    }
}
