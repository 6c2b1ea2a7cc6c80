package io.github.provplan.evaluation;

/** Whether a figure meets a target. */
public enum Outcome {
    MET,
    NOT_MET,
    /** The target has no figure to compare with (a qualitative aim), so no program can tell. */
    NOT_COMPUTABLE
}
