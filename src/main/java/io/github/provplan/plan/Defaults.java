package io.github.provplan.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Filters that leave a property out of the JSON a record is written to when it holds its default, so that files
 * say only what the text says ({@code @JsonInclude(value = CUSTOM, valueFilter = ...)}: Jackson leaves a value out
 * when the filter {@code equals} it), and the values a Jackson mapper's reading puts back in their place: the
 * records whose writing leaves something out have a private {@code @JsonCreator} that calls these.
 */
final class Defaults {
    private Defaults() {
    }

    /**
     * A list a Jackson mapper read, or the empty list the writer left out.
     *
     * @param read what was read, or null when absent
     * @param <T>  the type of the elements
     * @return the list, or an empty one
     */
    static <T> List<T> list(List<T> read) {
        return read == null ? List.of() : read;
    }

    /**
     * An optional a Jackson mapper read, or the empty one the writer left out.
     *
     * @param read what was read, or null when absent
     * @param <T>  the type of the value
     * @return the optional, or an empty one
     */
    static <T> Optional<T> optional(Optional<T> read) {
        return read == null ? Optional.empty() : read;
    }

    /**
     * An optional year or count a Jackson mapper read, or the empty one the writer left out.
     *
     * @param read what was read, or null when absent
     * @return the optional, or an empty one
     */
    static OptionalInt optional(OptionalInt read) {
        return read == null ? OptionalInt.empty() : read;
    }

    /**
     * A value a Jackson mapper read, or the default the writer left out.
     *
     * @param read         what was read, or null when absent
     * @param defaultValue the default
     * @param <T>          the type of the value
     * @return the value, or the default
     */
    static <T> T or(T read, T defaultValue) {
        return read == null ? defaultValue : read;
    }

    /** Leaves out the measure {@link Measure#LEVEL}. */
    static final class Level {
        @Override
        public boolean equals(Object value) {
            return value == Measure.LEVEL;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Leaves out {@code true}. */
    static final class True {
        @Override
        public boolean equals(Object value) {
            return Boolean.TRUE.equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Leaves out the relation {@link Relation#PLAIN}. */
    static final class Plain {
        @Override
        public boolean equals(Object value) {
            return value == Relation.PLAIN;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Leaves out the status {@link ObservationStatus#REPORTED}. */
    static final class Reported {
        @Override
        public boolean equals(Object value) {
            return value == ObservationStatus.REPORTED;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
