package io.github.provplan.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an SDG-style progress assessment, as {@link SdgProgress} gives it.
 *
 * <p>Assessments are immutable values, safe to share between threads.
 *
 * @param status        the category
 * @param ratio         the ratio the category was read from (empty when the target is already achieved)
 * @param actualRate    the compound annual growth rate from the baseline to the current value, in percent
 * @param requiredRate  the compound annual growth rate from the baseline to the target, in percent
 * @param projected     for the projection method, the value the actual rate reaches in the target year
 */
public record ProgressAssessment(ProgressStatus status, Optional<BigDecimal> ratio, BigDecimal actualRate,
                                 BigDecimal requiredRate, Optional<BigDecimal> projected) {
    /**
     * Creates an assessment.
     *
     * @param status       the category
     * @param ratio        the ratio the category was read from, or empty
     * @param actualRate   the actual compound annual growth rate, in percent
     * @param requiredRate the required compound annual growth rate, in percent
     * @param projected    the projected value, or empty
     */
    public ProgressAssessment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(actualRate, "actualRate");
        Objects.requireNonNull(requiredRate, "requiredRate");
        Objects.requireNonNull(projected, "projected");
    }

    @Override
    public String toString() {
        return status + ratio.map(r -> " (ratio " + r.toPlainString() + ")").orElse("")
                + projected.map(p -> ", projected " + p.toPlainString()).orElse("");
    }
}
