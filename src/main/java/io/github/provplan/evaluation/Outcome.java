package io.github.provplan.evaluation;

/**
 * Whether a figure meets a target. In JSON and on the command line an outcome is its code, as every other enum of
 * provplan is: {@code Outcome.NOT_MET.code()} is {@code not-met}. Enum constants are immutable and safe to share.
 */
public enum Outcome {
    /** The figure, for the target's year, meets the target. */
    MET,
    /** The figure, for the target's year, does not meet the target. */
    NOT_MET,
    /** The figure is for a year before the target's: the target is not yet due, and is not judged by it. */
    NOT_DUE,
    /** The target has no figure to compare with (a qualitative aim), so no program can tell. */
    NOT_COMPUTABLE;

    /**
     * The code by which this outcome appears in JSON and on the command line.
     *
     * @return the name in lower-kebab-case: {@code met}, {@code not-met}, {@code not-due}, {@code not-computable}
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return io.github.provplan.internal.Codes.of(this);
    }

    /**
     * The outcome with the given code.
     *
     * @param code a code such as {@code not-met}
     * @return the outcome
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Outcome fromCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        return io.github.provplan.internal.Codes.parse(Outcome.class, code, "outcome");
    }
}
