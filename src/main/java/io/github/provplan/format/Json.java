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
     * An object. Its members sit in a plain list searched from the start: objects of the format have at most 21
     * members and their names come from the parser's symbol table, so this beats a hash map.
     */
    static final class Obj extends Json {
        final List<Member> members = new ArrayList<>(8);
        boolean complete;

        Obj(int line, int column) {
            super(line, column);
        }

        Member member(String name) {
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                if (member.name().equals(name)) {
                    return member;
                }
            }
            return null;
        }

        boolean has(String name) {
            return member(name) != null;
        }

        /** Adds a member unless one of the same name is there; returns the one already there, or null. */
        Member add(Member member) {
            Member first = member(member.name());
            if (first == null) {
                members.add(member);
            }
            return first;
        }

        @Override
        String kind() {
            return "an object";
        }
    }

    /** A property of an object: its name's position, and its value. */
    record Member(String name, int line, int column, Json value) {
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
