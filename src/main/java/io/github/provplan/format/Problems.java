package io.github.provplan.format;

import java.util.ArrayList;
import java.util.List;

/** The problems of one read, across all its inputs; for a stream, the first so many and a count of the rest. */
final class Problems {
    /**
     * Thrown by problems that only {@linkplain #failFast() fail fast}: the read that sees it starts again, located,
     * to find and word every problem. Shared and without a stack trace, because it is control flow, not an error.
     */
    static final class Found extends RuntimeException {
        static final Found INSTANCE = new Found();

        private Found() {
            super("a problem was found", null, false, false);
        }
    }

    private final List<Problem> list = new ArrayList<>();
    private final int max;
    private final boolean failFast;
    private int more;
    /** For a JSON Lines stream, the lines before the one being read, and the pointer of its plan. */
    private int linesBefore;
    /**
     * Whether what is parsed is one line of a JSON Lines input: the parser counts a lone carriage return in it as a
     * line break, which in such a file it is not.
     */
    private boolean oneLine;
    private String pointerPrefix = "";
    /** The bytes of inputs parsed as bytes, whose columns the parser counts in bytes. */
    private final java.util.Map<String, Utf8> bytesBySource = new java.util.HashMap<>();

    /** Problems that list the first {@code max} and count the rest. */
    Problems(int max) {
        this(max, false);
    }

    private Problems(int max, boolean failFast) {
        this.max = max;
        this.failFast = failFast;
    }

    /**
     * Problems that throw {@link Found} at the first one, for a first read that does not locate values: the one
     * thing that says a read is such a read (see {@link #failsFast}).
     */
    static Problems failFast() {
        return new Problems(0, true);
    }

    /** Says that positions in {@code source} come in bytes, to be turned into characters when reported. */
    void parsedAsBytes(String source, Utf8 bytes) {
        bytesBySource.put(source, bytes);
    }

    /**
     * Says that what follows was parsed from line {@code line} of a JSON Lines input alone: the parser's line 1 is
     * that line, its columns count in {@code bytes}, and every pointer is under the line's plan, {@code prefix}.
     */
    void onLine(String source, int line, Utf8 bytes, String prefix) {
        linesBefore = line - 1;
        oneLine = true;
        pointerPrefix = prefix;
        bytesBySource.put(source, bytes);
    }

    /** The line of the input a line the parser reported stands on: on a JSON Lines line, counted from its start. */
    int line(int line) {
        return oneLine ? linesBefore + 1 : Math.max(1, line) + linesBefore;
    }

    /**
     * The character at a place the parser reported, for a source parsed as bytes; -1 for another source, or where no
     * character starts.
     */
    int codePointAt(String source, int line, int column) {
        Utf8 bytes = bytesBySource.get(source);
        return bytes == null ? -1 : bytes.codePointAt(line, column);
    }

    /** The column in characters of a column the parser reported for a source. */
    int column(String source, int line, int column) {
        Utf8 bytes = bytesBySource.get(source);
        if (bytes == null) {
            return column;
        }
        return oneLine ? bytes.column(1, bytes.byteColumnOnFirstLine(line, column)) : bytes.column(line, column);
    }

    /** Whether these problems end the read at the first one, which then needs no positions and no origins. */
    boolean failsFast() {
        return failFast;
    }

    void add(String source, int line, int column, String pointer, String message) {
        if (failFast) {
            throw Found.INSTANCE;
        }
        if (list.size() < max) {
            // A file's name and a property's name are input too: neither may move the terminal or fill it.
            list.add(new Problem(io.github.provplan.internal.Echo.message(source), line(line),
                    Math.max(1, column(source, line, column)),
                    io.github.provplan.internal.Echo.pointer(pointerPrefix + pointer),
                    io.github.provplan.internal.Echo.message(message)));
        } else {
            more++;
        }
    }

    /**
     * Whether no further problem will be listed, only counted: a caller may then skip what only serves the words
     * (a suggestion's edit distances), so that a million problems cost a million counts, not a million messages.
     */
    boolean full() {
        return list.size() >= max;
    }

    /** A problem about a value, at the value. */
    void at(String source, Json value, String pointer, String message) {
        add(source, value.line, value.column, pointer, message);
    }

    /** How many problems there were, listed or not. */
    int count() {
        return list.size() + more;
    }

    /**
     * The problems listed, by source name, then by position (the same order however the file system lists a
     * directory), with a count of those past the limit.
     */
    PlanFormatException failure() {
        var all = new ArrayList<>(list);
        all.sort(java.util.Comparator.comparing(Problem::source).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return new PlanFormatException(List.copyOf(all), more);
    }
}
