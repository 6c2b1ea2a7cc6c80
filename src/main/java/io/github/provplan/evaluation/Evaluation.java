package io.github.provplan.evaluation;

import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of one figure against one target, as {@link TargetEvaluator} gives it.
 *
 * <p>Evaluations are immutable values, safe to share between threads.
 *
 * @param target      the target
 * @param actual      the figure judged, in the target's terms (for a base-year target, the change in percent);
 *                    empty when there was none to judge
 * @param outcome     met, not met, or not computable
 * @param explanation why, in one sentence a person can read
 */
public record Evaluation(Target target, Optional<BigDecimal> actual, Outcome outcome, String explanation) {
    /**
     * Creates an evaluation.
     *
     * @param target      the target
     * @param actual      the figure judged, or empty when there was none
     * @param outcome     met, not met, not due, or not computable
     * @param explanation why, in one sentence
     */
    public Evaluation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Whether the figure meets the target.
     *
     * @return whether the outcome is {@link Outcome#MET}
     */
    public boolean isMet() {
        return outcome == Outcome.MET;
    }

    @Override
    public String toString() {
        return outcome + ": " + explanation;
    }
}
