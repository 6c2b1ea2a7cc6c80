package io.github.provplan.plan;

/**
 * Filters that leave a property out of the JSON a record is written to when it holds its default, so that files
 * say only what the text says ({@code @JsonInclude(value = CUSTOM, valueFilter = ...)}: Jackson leaves a value out
 * when the filter {@code equals} it).
 */
final class Defaults {
    private Defaults() {
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
