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
        if (read >= limit) {
            return pastLimit();
        }
        int b = super.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (read >= limit) {
            return pastLimit();
        }
        // No more than the limit is handed over, so that a buffer reading ahead of its reader does not end the read
        // before the reader itself has gone past the limit: the plans within it are all read.
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read));
        if (n > 0) {
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - read));
        read += Math.max(0, skipped);
        return skipped;
    }

    /**
     * No more than the limit leaves, as {@link #read(byte[], int, int)} hands over no more; 0 where the stream cannot
     * tell (a named pipe opened by {@code Files.newInputStream} throws "Illegal seek" on JDK 17), as 0 says nothing
     * of what a read will give.
     */
    @Override
    public int available() {
        try {
            return (int) Math.min(super.available(), limit - read);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The end of the input if it ends at the limit; else the error. */
    private int pastLimit() throws IOException {
        if (super.read() < 0) {
            return -1;
        }
        throw new Exceeded(limit);
    }
}
