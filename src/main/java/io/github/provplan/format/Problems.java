package io.github.provplan.format;

import java.util.ArrayList;
import java.util.List;

/** The problems of one read, across all its inputs. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(String source, int line, int column, String pointer, String message) {
        list.add(new Problem(source, Math.max(1, line), Math.max(1, column), pointer, message));
    }

    /** A problem about a value, at the value. */
    void at(String source, Json value, String pointer, String message) {
        add(source, value.line, value.column, pointer, message);
    }

    int count() {
        return list.size();
    }

    List<Problem> all() {
        return list;
    }
}
