package io.github.provplan.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed JSON value that remembers where it starts, so that every problem found later, however far from the
 * parser, can name its line and column. A container the parser did not finish (the input was cut short or broken)
 * is not {@code complete}: nothing is reported missing from it.
 */
abstract sealed class Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null, Json.Bad {
    final int line;
    final int column;

    Json(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** What a person calls this kind of value, for "expected text, found a number". */
    abstract String kind();

    /**
     * An object. Its members sit in one array of names and values side by side, searched from the start: objects of
     * the format have at most 21 members and their names come from the parser's symbol table, so this beats a hash
     * map, and it makes one object where a list of members made two and one more per member. The line and column of
     * each name are kept only when the parse locates values.
     */
    static final class Obj extends Json {
        private Object[] namesAndValues = new Object[16];
        private int[] namePositions;
        private int size;
        boolean complete;

        Obj(int line, int column) {
            super(line, column);
        }

        int size() {
            return size;
        }

        String name(int index) {
            return (String) namesAndValues[2 * index];
        }

        Json value(int index) {
            return (Json) namesAndValues[2 * index + 1];
        }

        int nameLine(int index) {
            return namePositions == null ? 0 : namePositions[2 * index];
        }

        int nameColumn(int index) {
            return namePositions == null ? 0 : namePositions[2 * index + 1];
        }

        /**
         * The index of the member called {@code name}, or -1. Names are compared by identity: the parser interns the
         * names it reads, and {@code name} must be interned too, as the literals of the schemas are. Half of all
         * lookups are of optional properties that are absent, which a comparison of contents made slow.
         */
        int indexOf(String name) {
            assert name == name.intern() : "not interned: " + name;
            for (int i = 0; i < size; i++) {
                if (name == namesAndValues[2 * i]) {
                    return i;
                }
            }
            return -1;
        }

        /** The value of the member called {@code name}, or null when there is none. */
        Json get(String name) {
            int index = indexOf(name);
            return index < 0 ? null : value(index);
        }

        boolean has(String name) {
            return indexOf(name) >= 0;
        }

        /**
         * Adds a member whose name is at {@code line} and {@code column} (0 when not located), unless one of the same
         * name is there.
         *
         * @return the index of the member already there, or -1 when this one was added
         */
        int add(String name, int line, int column, Json value) {
            int first = indexOf(name);
            if (first >= 0) {
                return first;
            }
            if (2 * size == namesAndValues.length) {
                namesAndValues = java.util.Arrays.copyOf(namesAndValues, 2 * namesAndValues.length);
            }
            if (line > 0) {
                if (namePositions == null) {
                    namePositions = new int[namesAndValues.length];
                } else if (namePositions.length < namesAndValues.length) {
                    namePositions = java.util.Arrays.copyOf(namePositions, namesAndValues.length);
                }
                namePositions[2 * size] = line;
                namePositions[2 * size + 1] = column;
            }
            namesAndValues[2 * size] = name;
            namesAndValues[2 * size + 1] = value;
            size++;
            return -1;
        }

        @Override
        String kind() {
            return "an object";
        }
    }

    static final class Arr extends Json {
        final List<Json> items = new ArrayList<>();
        boolean complete;

        Arr(int line, int column) {
            super(line, column);
        }

        @Override
        String kind() {
            return "a list";
        }
    }

    static final class Str extends Json {
        final String value;

        Str(int line, int column, String value) {
            super(line, column);
            this.value = value;
        }

        @Override
        String kind() {
            return "text";
        }
    }

    static final class Num extends Json {
        final BigDecimal value;

        Num(int line, int column, BigDecimal value) {
            super(line, column);
            this.value = value;
        }

        @Override
        String kind() {
            return "a number";
        }
    }

    static final class Bool extends Json {
        final boolean value;

        Bool(int line, int column, boolean value) {
            super(line, column);
            this.value = value;
        }

        @Override
        String kind() {
            return value ? "true" : "false";
        }
    }

    static final class Null extends Json {
        Null(int line, int column) {
            super(line, column);
        }

        @Override
        String kind() {
            return "null";
        }
    }

    /**
     * A value the parser read but could not make sense of, such as a number whose exponent no decimal holds. Its
     * problem is reported where it was read; the decoders pass over it without reporting it again.
     */
    static final class Bad extends Json {
        Bad(int line, int column) {
            super(line, column);
        }

        @Override
        String kind() {
            return "an unreadable value";
        }
    }

    /** Escapes one JSON Pointer segment (RFC 6901). */
    static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
