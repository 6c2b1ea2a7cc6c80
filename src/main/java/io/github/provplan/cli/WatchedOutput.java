package io.github.provplan.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A {@link java.io.PrintWriter} keeps only that something did,
 * and {@code provplan targets > /dev/full} would end as a success with nothing written; a reader that went away
 * ({@code | head -1}) is the one failure that is no error.
 */
final class WatchedOutput extends FilterOutputStream {
    private IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * What the command line says of the output once it is done: why it could not be written, or empty when it was,
     * or when its reader closed it before the end.
     *
     * @return the message, for standard error
     */
    Optional<String> problem() {
        String message = String.valueOf(failure == null ? "" : failure.getMessage());
        // The words for a reader that went away: EPIPE on Linux and macOS; on Windows the pipe is closing or ended.
        if (failure == null || message.contains("Broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended")) {
            return Optional.empty();
        }
        return Optional.of("provplan: cannot write the output: " + failure.getMessage());
    }
}
