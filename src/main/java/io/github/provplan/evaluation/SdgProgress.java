package io.github.provplan.evaluation;

import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress of a level target from a baseline, by the published SDG progress methods.
 *
 * <p><b>Growth-rate ratio</b> ({@link #assess}), the method of Open SDG, taken from Statistics Canada's
 * <i>Progress Measurement for Canada's Sustainable Development Goals</i>: with baseline x₀ in year t₀, current value
 * xₜ in year t and target x* in year T,
 * <pre>
 *   actual rate   CAGRₐ = (xₜ / x₀)^(1/(t − t₀)) − 1
 *   required rate CAGRᵣ = (x* / x₀)^(1/(T − t₀)) − 1
 *   ratio         = CAGRₐ / CAGRᵣ
 * </pre>
 * and the status is {@link ProgressStatus#SUBSTANTIAL_PROGRESS} from 0.95, {@link ProgressStatus#MODERATE_PROGRESS}
 * from 0.60, {@link ProgressStatus#LIMITED_PROGRESS} from 0, {@link ProgressStatus#DETERIORATION} below 0, and
 * {@link ProgressStatus#TARGET_ACHIEVED} once the current value meets the target.
 *
 * <p><b>Projection</b> ({@link #assessProjected}), the variant of the UN Statistics Division's <i>SDG Progress
 * Chart</i>: the actual rate is projected to the target year, x̂ = xₜ (1 + CAGRₐ)^(T − t), and the ratio is the
 * share of the required change that the projection covers, (x̂ − x₀) / (x* − x₀). provplan reads the same thresholds
 * (0.95, 0.60, 0) on that ratio.
 *
 * <p>Both methods need positive values and a target that differs from the baseline. docs/query.md works an example
 * of each by hand. Values are figures as documents give them (at most 10^18, 12 decimal places) and years are
 * years a plan may name (1900 to 2200), so every assessment is computed in bounded time; anything beyond is an
 * {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * // Trained workers 45% in 2020, 55% in 2023, target 70% in 2030:
 * ProgressAssessment a = SdgProgress.assess(new BigDecimal("45"), 2020, new BigDecimal("55"), 2023,
 *         new BigDecimal("70"), 2030);
 * a.status();   // SUBSTANTIAL_PROGRESS: 6.92%/year achieved against 4.52%/year required, a ratio of 1.53
 * }</pre>
 *
 * <p>The class has only static methods and no state; it is safe to use from any thread.
 */
public final class SdgProgress {
    private static final BigDecimal SUBSTANTIAL = new BigDecimal("0.95");
    private static final BigDecimal MODERATE = new BigDecimal("0.60");

    private SdgProgress() {
    }

    /**
     * The growth-rate ratio method, for explicit values. The target may lie above or below the baseline: it is
     * achieved once the current value reaches it in that direction.
     *
     * @param baseline     the value in the baseline year, positive
     * @param baselineYear the baseline year
     * @param current      the current value, positive
     * @param currentYear  the year of the current value, after the baseline year
     * @param target       the target value, positive and not the baseline
     * @param targetYear   the target year, not before the current year
     * @return the assessment
     * @throws NullPointerException     if a value is null
     * @throws IllegalArgumentException if a value is not positive, is beyond 10^18 or has more than 12 decimal
     *                                  places; a year is outside 1900-2200; the years do not run baseline &lt;
     *                                  current ≤ target; or the target equals the baseline, or is so close to it
     *                                  that no growth rate to it can be told in 34 digits
     */
    public static ProgressAssessment assess(BigDecimal baseline, int baselineYear, BigDecimal current, int currentYear,
                                            BigDecimal target, int targetYear) {
        var rates = Rates.of(baseline, baselineYear, current, currentYear, target, targetYear);
        if (rates.achieved()) {
            return new ProgressAssessment(ProgressStatus.TARGET_ACHIEVED, Optional.empty(), rates.actualPercent(),
                    rates.requiredPercent(), Optional.empty());
        }
        BigDecimal ratio = rates.actual().divide(rates.required(), Decimals.CONTEXT);
        return new ProgressAssessment(status(ratio), Optional.of(Decimals.result(ratio)), rates.actualPercent(),
                rates.requiredPercent(), Optional.empty());
    }

    /**
     * The growth-rate ratio method for a catalog target with a figure, its year being the target year; a range is
     * reached at its low end.
     *
     * @param target       a level target with a figure; not an average annual rate nor a change against a base
     *                     year
     * @param baseline     the value in the baseline year, positive
     * @param baselineYear the baseline year
     * @param current      the current value, positive
     * @param currentYear  the year of the current value, after the baseline year and not after the target's year
     * @return the assessment
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the target is not a level target with a figure, or as
     *                                  {@link #assess(BigDecimal, int, BigDecimal, int, BigDecimal, int)}
     */
    public static ProgressAssessment assess(Target target, BigDecimal baseline, int baselineYear, BigDecimal current,
                                            int currentYear) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        BigDecimal figure = figure(target);
        return assess(baseline, baselineYear, current, currentYear, figure, target.year());
    }

    /**
     * The projection method, for explicit values: the assessment's {@link ProgressAssessment#projected()} is the
     * value the actual rate reaches in the target year.
     *
     * @param baseline     the value in the baseline year, positive
     * @param baselineYear the baseline year
     * @param current      the current value, positive
     * @param currentYear  the year of the current value, after the baseline year
     * @param target       the target value, positive and not the baseline
     * @param targetYear   the target year, not before the current year
     * @return the assessment
     * @throws NullPointerException     if a value is null
     * @throws IllegalArgumentException as {@link #assess(BigDecimal, int, BigDecimal, int, BigDecimal, int)}
     */
    public static ProgressAssessment assessProjected(BigDecimal baseline, int baselineYear, BigDecimal current,
                                                     int currentYear, BigDecimal target, int targetYear) {
        var rates = Rates.of(baseline, baselineYear, current, currentYear, target, targetYear);
        current = rates.current();
        baseline = rates.baseline();
        target = rates.target();
        BigDecimal projected = current.multiply(BigDecimal.ONE.add(rates.actual())
                .pow(targetYear - currentYear, Decimals.CONTEXT), Decimals.CONTEXT);
        if (rates.achieved()) {
            return new ProgressAssessment(ProgressStatus.TARGET_ACHIEVED, Optional.empty(), rates.actualPercent(),
                    rates.requiredPercent(), Optional.of(Decimals.result(projected)));
        }
        BigDecimal ratio = projected.subtract(baseline).divide(target.subtract(baseline), Decimals.CONTEXT);
        return new ProgressAssessment(status(ratio), Optional.of(Decimals.result(ratio)), rates.actualPercent(),
                rates.requiredPercent(), Optional.of(Decimals.result(projected)));
    }

    /**
     * The projection method for a catalog target with a figure, its year being the target year; a range is reached
     * at its low end.
     *
     * @param target       a level target with a figure; not an average annual rate nor a change against a base
     *                     year
     * @param baseline     the value in the baseline year, positive
     * @param baselineYear the baseline year
     * @param current      the current value, positive
     * @param currentYear  the year of the current value, after the baseline year and not after the target's year
     * @return the assessment
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the target is not a level target with a figure, or as
     *                                  {@link #assess(BigDecimal, int, BigDecimal, int, BigDecimal, int)}
     */
    public static ProgressAssessment assessProjected(Target target, BigDecimal baseline, int baselineYear,
                                                     BigDecimal current, int currentYear) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        BigDecimal figure = figure(target);
        return assessProjected(baseline, baselineYear, current, currentYear, figure, target.year());
    }

    private static BigDecimal figure(Target target) {
        Objects.requireNonNull(target, "target");
        if (!target.relation().hasFigure() || target.isAverageAnnual() || target.isChangeSinceBaseYear()) {
            throw new IllegalArgumentException("SDG progress needs a level target with a figure, not " + target);
        }
        // A range is reached at its low end, the least figure that meets it.
        return target.relation().isRange() ? target.low().orElseThrow() : target.value().orElseThrow();
    }

    private static ProgressStatus status(BigDecimal ratio) {
        if (ratio.compareTo(SUBSTANTIAL) >= 0) {
            return ProgressStatus.SUBSTANTIAL_PROGRESS;
        }
        if (ratio.compareTo(MODERATE) >= 0) {
            return ProgressStatus.MODERATE_PROGRESS;
        }
        return ratio.signum() >= 0 ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.DETERIORATION;
    }

    /** The two compound rates both methods start from. */
    private record Rates(BigDecimal baseline, BigDecimal current, BigDecimal target, BigDecimal actual,
                         BigDecimal required, boolean achieved) {
        static Rates of(BigDecimal baseline, int baselineYear, BigDecimal current, int currentYear, BigDecimal target,
                        int targetYear) {
            baseline = Figures.normalize(baseline, "baseline");
            current = Figures.normalize(current, "current");
            target = Figures.normalize(target, "target");
            Checks.year(baselineYear, "baselineYear");
            Checks.year(currentYear, "currentYear");
            Checks.year(targetYear, "targetYear");
            if (baseline.signum() <= 0 || current.signum() <= 0 || target.signum() <= 0) {
                throw new IllegalArgumentException("growth rates need positive values");
            }
            if (!(baselineYear < currentYear && currentYear <= targetYear)) {
                throw new IllegalArgumentException("years must run baseline < current <= target, not " + baselineYear
                        + ", " + currentYear + ", " + targetYear);
            }
            if (target.compareTo(baseline) == 0) {
                throw new IllegalArgumentException("the target equals the baseline: there is no progress to measure");
            }
            BigDecimal actual = Decimals.root(current.divide(baseline, Decimals.CONTEXT), currentYear - baselineYear)
                    .subtract(BigDecimal.ONE);
            BigDecimal required = Decimals.root(target.divide(baseline, Decimals.CONTEXT), targetYear - baselineYear)
                    .subtract(BigDecimal.ONE);
            if (required.signum() == 0) {
                // 1.000000000001 over 300 years is a yearly factor within 34 digits of 1: no ratio can be read.
                throw new IllegalArgumentException("the target " + target.toPlainString() + " is too close to the "
                        + "baseline " + baseline.toPlainString() + " to tell a growth rate to it over "
                        + (targetYear - baselineYear) + " years");
            }
            boolean increase = target.compareTo(baseline) > 0;
            boolean achieved = increase ? current.compareTo(target) >= 0 : current.compareTo(target) <= 0;
            return new Rates(baseline, current, target, actual, required, achieved);
        }

        BigDecimal actualPercent() {
            return Decimals.result(actual.multiply(Decimals.HUNDRED));
        }

        BigDecimal requiredPercent() {
            return Decimals.result(required.multiply(Decimals.HUNDRED));
        }
    }
}
