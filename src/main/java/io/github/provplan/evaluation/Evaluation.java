package io.github.provplan.evaluation;

import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The judgement of one figure against one target.
 *
 * @param target      the target
 * @param actual      the figure judged, in the target's terms (for a base-year target, the change in percent);
 *                    empty when there was none to judge
 * @param outcome     met, not met, or not computable
 * @param explanation why, in one sentence a person can read
 */
public record Evaluation(Target target, Optional<BigDecimal> actual, Outcome outcome, String explanation) {
    public Evaluation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }

    @Override
    public String toString() {
        return outcome + ": " + explanation;
    }
}
