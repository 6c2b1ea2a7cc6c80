package io.github.provplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on standard error that says what a long read is doing, redrawn in place every half second once the read
 * has taken a second, and wiped when it ends: a directory of 10,000 files or a stream of a million plans takes
 * seconds, and a silent terminal looks hung. Only when standard error is a terminal (as far as Java can tell: a
 * console, and on Java 22 and later one that is a terminal); a pipe or a file never sees it.
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
        return isTerminal() ? new Progress(System.err) : NONE;
    }

    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22 and later give a console to redirected output too, and say whether it is a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    void reading(List<Path> paths) {
        doing = "reading " + (paths.size() == 1 ? paths.get(0) : paths.size() + " paths");
    }

    void streaming(Path path) {
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
                        + " … " + seconds + " s";
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
