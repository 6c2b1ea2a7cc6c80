package io.github.provplan.format;

import java.math.BigDecimal;
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
     * map. The parser gathers the members and hands them over in arrays of their exact size when the object ends;
     * the line and column of each name are kept only when the parse locates values.
     */
    static final class Obj extends Json {
        private static final Object[] NO_MEMBERS = {};

        private Object[] namesAndValues = NO_MEMBERS;
        private int[] namePositions;
        boolean complete;

        Obj(int line, int column) {
            super(line, column);
        }

        /** Sets the members read: names and values alternate, and so do the lines and columns of names (or null). */
        void members(Object[] namesAndValues, int[] namePositions) {
            this.namesAndValues = namesAndValues;
            this.namePositions = namePositions;
        }

        int size() {
            return namesAndValues.length / 2;
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
            int at = nameAt(namesAndValues, 0, namesAndValues.length, name);
            return at < 0 ? -1 : at / 2;
        }

        /**
         * Where {@code name} is among names and values alternating from {@code from} to {@code to} in {@code members},
         * by identity, or -1: the parser looks for duplicates this way before the object has its array.
         */
        static int nameAt(Object[] members, int from, int to, String name) {
            for (int i = from; i < to; i += 2) {
                if (members[i] == name) {
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

        @Override
        String kind() {
            return "an object";
        }
    }

    /** A list, whose items the parser hands over when the list ends. */
    static final class Arr extends Json {
        List<Json> items = List.of();
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
