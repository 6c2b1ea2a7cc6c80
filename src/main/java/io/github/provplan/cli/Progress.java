package io.github.provplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on standard error that says what a long read is doing, redrawn in place every half second once the read
 * has taken a second, and wiped when it ends: a directory of 10,000 files or a stream of a million plans takes
 * seconds, and a silent terminal looks hung. Only when standard error is a terminal (see {@link #isTerminal}).
 */
final class Progress implements AutoCloseable {
    /** A progress that shows nothing: for output that is no terminal, and for tests. */
    static final Progress NONE = new Progress(null);

    private static final long FIRST = 1_000;
    private static final long EVERY = 500;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private final AtomicLong plans = new AtomicLong();
    private volatile String doing = "reading";
    private volatile boolean shown;
    private final Thread painter;

    private Progress(PrintStream err) {
        this.err = err;
        if (err == null) {
            painter = null;
            return;
        }
        painter = new Thread(this::paint, "provplan-progress");
        painter.setDaemon(true);
        painter.start();
    }

    /** A progress line on standard error, or {@link #NONE} when standard error is not a terminal. */
    static Progress start() {
        return isTerminal() ? new Progress(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                true, java.nio.charset.StandardCharsets.UTF_8)) : NONE;
    }

    /**
     * Whether standard error is a terminal. Linux names what file descriptor 2 is: a terminal is a {@code /dev/pts}
     * or {@code /dev/tty} device. Elsewhere Java can only tell whether it has a console, which is about standard input
     * and output (and from Java 22 whether that console is a terminal).
     */
    private static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (java.nio.file.Files.isSymbolicLink(fd)) {
            try {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException | SecurityException e) {
                return false;
            }
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    void reading(List<Path> paths) {
        doing = "reading " + (paths.size() == 1 ? paths.get(0) : paths.size() + " paths");
    }

    void streaming(Path path) {
        plans.set(0); // the plans of this stream
        doing = "reading " + path;
    }

    void indexing() {
        doing = "indexing";
    }

    /** Counts a plan read from a stream. */
    void plan() {
        plans.incrementAndGet();
    }

    private void paint() {
        try {
            Thread.sleep(FIRST);
            while (!Thread.currentThread().isInterrupted()) {
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                long read = plans.get();
                String line = "provplan: " + doing + (read > 0 ? String.format(Locale.ROOT, ", %,d plans", read) : "")
                        + "... " + seconds + " s";
                // One row: a line that wrapped would leave its first rows behind when it is redrawn and wiped.
                int width = CommonOptions.terminalWidth(System.getenv("COLUMNS")) - 1;
                if (line.length() > width) {
                    line = "provplan: ..." + line.substring(line.length() - Math.max(0, width - 13));
                }
                synchronized (this) {
                    err.print("\r" + line + "\u001b[K");
                    err.flush();
                    shown = true;
                }
                Thread.sleep(EVERY);
            }
        } catch (InterruptedException e) {
            // closed: the line is wiped by close
        }
    }

    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.interrupt();
        try {
            painter.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
