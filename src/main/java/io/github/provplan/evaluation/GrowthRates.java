package io.github.provplan.evaluation;

import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Average annual growth rates, compounded as growth is: the average of 5% and 7% over two years is
 * √(1.05 × 1.07) − 1 = 5.9953%, not 6%.
 *
 * <p>Every rate is a figure as documents give them: at most 10^18 in magnitude and 12 decimal places, and above
 * −100% (a rate of −100% or lower leaves nothing to compound). A period spans 1 to 1000 years. Within those bounds
 * every result is computed in 34 significant digits, in bounded time.
 */
public final class GrowthRates {
    private GrowthRates() {
    }

    /**
     * The geometric average of annual rates in percent: (Π(1 + rᵢ/100))^(1/n) − 1, in percent, to 10 decimal
     * places.
     *
     * @param annualRatesPercent one rate a year, in percent
     * @return the average rate, in percent per year
     * @throws NullPointerException     if the list or one of its rates is null
     * @throws IllegalArgumentException if there is no rate or more than 1000, a rate is −100% or lower, or a rate is
     *                                  beyond 10^18 or has more than 12 decimal places
     */
    public static BigDecimal average(List<BigDecimal> annualRatesPercent) {
        Objects.requireNonNull(annualRatesPercent, "annualRatesPercent");
        if (annualRatesPercent.isEmpty()) {
            throw new IllegalArgumentException("an average needs at least one rate");
        }
        // Bounded before it is copied: Collections.nCopies(Integer.MAX_VALUE, rate) costs its caller nothing.
        Decimals.years(annualRatesPercent.size(), "annualRatesPercent");
        annualRatesPercent = Checks.list(annualRatesPercent, "annualRatesPercent");
        BigDecimal factor = Decimals.root(product(annualRatesPercent, "annualRatesPercent"), annualRatesPercent.size());
        BigDecimal first = Figures.normalize(annualRatesPercent.get(0), "annualRatesPercent[0]");
        if (annualRatesPercent.stream().allMatch(rate -> rate.compareTo(first) == 0)) {
            return first; // the average of one rate, however often, is that rate, to its last place
        }
        BigDecimal average = Decimals.percent(factor);
        if (average.compareTo(MINUS_HUNDRED) <= 0) {
            // Rounded to 10 places, rates just above -100% would average -100%, which none of them is and which
            // requiredAverage refuses: keep the places that say it is above.
            average = factor.subtract(BigDecimal.ONE, Decimals.CONTEXT).movePointRight(2)
                    .setScale(12, java.math.RoundingMode.CEILING).stripTrailingZeros();
        }
        return average;
    }

    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    /**
     * The average rate the remaining years of a period need so that the whole period averages
     * {@code targetAveragePercent}: ((1 + T)^N / Π(1 + rᵢ))^(1/(N − k)) − 1, in percent, where N is
     * {@code periodYears} and k the number of rates achieved. The result may be far above any rate an economy
     * reaches (a target that can no longer be met), but is always a number.
     *
     * @param targetAveragePercent the average the whole period must reach, in percent per year
     * @param periodYears          the years of the period, 1 to 1000
     * @param achievedRatesPercent the rates of its first years, in percent
     * @return the average rate the remaining years need, in percent per year
     * @throws NullPointerException     if an argument or one of the rates is null
     * @throws IllegalArgumentException if {@code periodYears} is outside 1..1000, no year is left, the target or a
     *                                  rate is −100% or lower, or a figure is beyond 10^18 or has more than 12
     *                                  decimal places
     */
    public static BigDecimal requiredAverage(BigDecimal targetAveragePercent, int periodYears,
                                             List<BigDecimal> achievedRatesPercent) {
        Objects.requireNonNull(targetAveragePercent, "targetAveragePercent");
        Objects.requireNonNull(achievedRatesPercent, "achievedRatesPercent");
        if (achievedRatesPercent.size() > Decimals.MAX_YEARS) {
            throw new IllegalArgumentException("achievedRatesPercent: " + achievedRatesPercent.size()
                    + " rates, more than the " + Decimals.MAX_YEARS + " years a period may have");
        }
        achievedRatesPercent = Checks.list(achievedRatesPercent, "achievedRatesPercent");
        Decimals.years(periodYears, "periodYears");
        int left = periodYears - achievedRatesPercent.size();
        if (left < 1) {
            throw new IllegalArgumentException("no year of the " + periodYears + "-year period is left");
        }
        BigDecimal target = factor(targetAveragePercent, "targetAveragePercent");
        BigDecimal whole = target.pow(periodYears, Decimals.CONTEXT);
        BigDecimal achieved = achievedRatesPercent.isEmpty() ? BigDecimal.ONE
                : product(achievedRatesPercent, "achievedRatesPercent");
        return Decimals.percent(Decimals.root(whole.divide(achieved, Decimals.CONTEXT), left));
    }

    private static BigDecimal product(List<BigDecimal> ratesPercent, String field) {
        BigDecimal product = BigDecimal.ONE;
        int index = 0;
        for (BigDecimal rate : ratesPercent) {
            product = product.multiply(factor(rate, field + "[" + index + "]"), Decimals.CONTEXT);
            index++;
        }
        return product;
    }

    /** The growth factor of a bounded rate above −100%. */
    private static BigDecimal factor(BigDecimal ratePercent, String field) {
        BigDecimal rate = Figures.normalize(ratePercent, field);
        BigDecimal factor = Decimals.factor(rate);
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException(field + ": a rate of " + rate.toPlainString()
                    + "% leaves nothing to grow (a rate must be above -100%)");
        }
        return factor;
    }
}
