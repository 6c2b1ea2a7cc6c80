package io.github.provplan.format;

import java.util.ArrayList;
import java.util.List;

/** The problems of one read, across all its inputs; for a stream, the first so many and a count of the rest. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final int max;
    private int more;
    /** The bytes of inputs parsed as bytes, whose columns the parser counts in bytes. */
    private final java.util.Map<String, Utf8> bytesBySource = new java.util.HashMap<>();

    Problems() {
        this(Integer.MAX_VALUE);
    }

    Problems(int max) {
        this.max = max;
    }

    /** Says that positions in {@code source} come in bytes, to be turned into characters when reported. */
    void parsedAsBytes(String source, Utf8 bytes) {
        bytesBySource.put(source, bytes);
    }

    /** The column in characters of a column the parser reported for a source. */
    int column(String source, int line, int column) {
        Utf8 bytes = bytesBySource.get(source);
        return bytes == null ? column : bytes.column(line, column);
    }

    void add(String source, int line, int column, String pointer, String message) {
        if (list.size() < max) {
            list.add(new Problem(source, Math.max(1, line), Math.max(1, column(source, line, column)), pointer,
                    message));
        } else {
            more++;
        }
    }

    /** A problem about a value, at the value. */
    void at(String source, Json value, String pointer, String message) {
        add(source, value.line, value.column, pointer, message);
    }

    /** How many problems there were, listed or not. */
    int count() {
        return list.size() + more;
    }

    /** The problems listed, and one more saying how many were not. */
    List<Problem> all() {
        if (more == 0) {
            return list;
        }
        var all = new ArrayList<>(list);
        Problem last = list.get(list.size() - 1);
        all.add(new Problem(last.source(), last.line(), last.column(), "", more + " more problems are not listed"));
        return all;
    }
}
