package io.github.provplan.evaluation;

import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How an average annual rate target ("GRDP bình quân 9%/năm 2021-2030") stands after some years, as
 * {@link TargetEvaluator#progress} gives it.
 *
 * <p>Progress values are immutable, safe to share between threads.
 *
 * @param target          the target
 * @param yearsAchieved   how many years of the period have a rate
 * @param achievedAverage the geometric average of those rates, in percent per year
 * @param yearsLeft       the years of the period still to come
 * @param requiredAverage the average rate the remaining years need for the period to average the target's figure;
 *                        empty when no year is left
 * @param outcome         once the period is over, whether the target was met; before, {@link Outcome#NOT_DUE}
 * @param onTrack         whether the average of the rates so far meets the target's figure
 */
public record RateProgress(Target target, int yearsAchieved, BigDecimal achievedAverage, int yearsLeft,
                           Optional<BigDecimal> requiredAverage, Outcome outcome, boolean onTrack) {
    /**
     * Creates a progress value.
     *
     * @param target          the target
     * @param yearsAchieved   how many years have a rate
     * @param achievedAverage the geometric average of those rates, in percent per year
     * @param yearsLeft       the years still to come
     * @param requiredAverage the average the remaining years need, or empty when no year is left
     * @param outcome         whether the target was met, or {@link Outcome#NOT_DUE} before the period is over
     * @param onTrack         whether the average so far meets the target's figure
     */
    public RateProgress {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(achievedAverage, "achievedAverage");
        Objects.requireNonNull(requiredAverage, "requiredAverage");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String toString() {
        return target.indicator() + ": " + achievedAverage.toPlainString() + " %/năm over " + years(yearsAchieved)
                + requiredAverage.map(r -> ", " + r.toPlainString() + " %/năm needed in the " + years(yearsLeft)
                        + " left").orElse("") + " (" + outcome.code()
                + (yearsLeft > 0 ? onTrack ? ", on track" : ", off track" : "") + ")";
    }

    private static String years(int count) {
        return count == 1 ? "1 year" : count + " years";
    }
}
