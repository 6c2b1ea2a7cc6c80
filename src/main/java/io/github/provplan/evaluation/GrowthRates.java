package io.github.provplan.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Average annual growth rates, compounded as growth is: the average of 5% and 7% over two years is
 * √(1.05 × 1.07) − 1 = 5.9953%, not 6%.
 */
public final class GrowthRates {
    private GrowthRates() {
    }

    /**
     * The geometric average of annual rates in percent: (Π(1 + rᵢ/100))^(1/n) − 1, in percent, to 10 decimal
     * places.
     *
     * @throws IllegalArgumentException if there is no rate, or a rate is −100% or lower
     */
    public static BigDecimal average(List<BigDecimal> annualRatesPercent) {
        Objects.requireNonNull(annualRatesPercent, "annualRatesPercent");
        if (annualRatesPercent.isEmpty()) {
            throw new IllegalArgumentException("an average needs at least one rate");
        }
        return Decimals.percent(Decimals.root(product(annualRatesPercent), annualRatesPercent.size()));
    }

    /**
     * The average rate the remaining years of a period need so that the whole period averages
     * {@code targetAveragePercent}: ((1 + T)^N / Π(1 + rᵢ))^(1/(N − k)) − 1, in percent, where N is
     * {@code periodYears} and k the number of rates achieved.
     *
     * @throws IllegalArgumentException if no year is left, or a rate is −100% or lower
     */
    public static BigDecimal requiredAverage(BigDecimal targetAveragePercent, int periodYears,
                                             List<BigDecimal> achievedRatesPercent) {
        Objects.requireNonNull(targetAveragePercent, "targetAveragePercent");
        int left = periodYears - achievedRatesPercent.size();
        if (left < 1) {
            throw new IllegalArgumentException("no year of the " + periodYears + "-year period is left");
        }
        BigDecimal whole = Decimals.factor(targetAveragePercent).pow(periodYears, Decimals.CONTEXT);
        BigDecimal achieved = achievedRatesPercent.isEmpty() ? BigDecimal.ONE : product(achievedRatesPercent);
        return Decimals.percent(Decimals.root(whole.divide(achieved, Decimals.CONTEXT), left));
    }

    private static BigDecimal product(List<BigDecimal> ratesPercent) {
        BigDecimal product = BigDecimal.ONE;
        for (BigDecimal rate : ratesPercent) {
            BigDecimal factor = Decimals.factor(Objects.requireNonNull(rate, "rate"));
            if (factor.signum() <= 0) {
                throw new IllegalArgumentException("a rate of " + rate.toPlainString() + "% leaves nothing to grow");
            }
            product = product.multiply(factor, Decimals.CONTEXT);
        }
        return product;
    }
}
