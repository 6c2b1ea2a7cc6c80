package io.github.provplan.evaluation;

/**
 * Progress towards a level target, in the categories of the SDG progress methods (see {@link SdgProgress}).
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum ProgressStatus {
    /** The current value already meets the target. */
    TARGET_ACHIEVED,
    /** The ratio of actual to required progress is at least 0.95: on track. */
    SUBSTANTIAL_PROGRESS,
    /** The ratio is from 0.60 up to 0.95: progress, but it must speed up. */
    MODERATE_PROGRESS,
    /** The ratio is from 0 up to 0.60. */
    LIMITED_PROGRESS,
    /** The ratio is below 0: the indicator moves away from the target. */
    DETERIORATION
}
