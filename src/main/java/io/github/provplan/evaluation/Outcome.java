package io.github.provplan.evaluation;

/** Whether a figure meets a target. Enum constants are immutable and safe to share. */
public enum Outcome {
    /** The figure, for the target's year, meets the target. */
    MET,
    /** The figure, for the target's year, does not meet the target. */
    NOT_MET,
    /** The figure is for a year before the target's: the target is not yet due, and is not judged by it. */
    NOT_DUE,
    /** The target has no figure to compare with (a qualitative aim), so no program can tell. */
    NOT_COMPUTABLE
}
