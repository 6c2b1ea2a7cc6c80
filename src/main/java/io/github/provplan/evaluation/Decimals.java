package io.github.provplan.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact-enough decimal arithmetic for growth rates: powers and roots in 34 significant digits. */
final class Decimals {
    static final MathContext CONTEXT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimal places of the figures evaluation returns. */
    private static final int RESULT_SCALE = 10;
    /**
     * The most years a period, a count of rates or a root may span: far beyond any plan (a vision to 2200 from
     * 1900 is 301), and small enough that powers of bounded figures stay within a few thousand digits.
     */
    static final int MAX_YEARS = 1000;
    /** Newton's method stops when a step changes fewer than the last two of the context's 34 digits. */
    private static final BigDecimal RELATIVE_TOLERANCE = BigDecimal.ONE.movePointLeft(32);

    private Decimals() {
    }

    /**
     * A count of years, from 1 to {@value #MAX_YEARS}.
     *
     * @throws IllegalArgumentException naming {@code field}, if it is outside that range
     */
    static int years(int years, String field) {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException(field + ": " + years + " years is outside 1.." + MAX_YEARS);
        }
        return years;
    }

    /**
     * The positive n-th root of a positive number, by Newton's method, for 1 ≤ n ≤ {@value #MAX_YEARS}. The value
     * may be far outside the range of a double (a product of hundreds of factors): the first guess is then taken
     * from its decimal exponent, not from {@link Math#pow}, which would give 0 or infinity.
     */
    static BigDecimal root(BigDecimal value, int n) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("no real root of " + value.round(CONTEXT));
        }
        years(n, "root");
        if (n == 1) {
            return value;
        }
        BigDecimal x = guess(value, n);
        BigDecimal nValue = BigDecimal.valueOf(n);
        for (int i = 0; i < 100; i++) {
            BigDecimal next = x.multiply(nValue.subtract(BigDecimal.ONE), CONTEXT)
                    .add(value.divide(x.pow(n - 1, CONTEXT), CONTEXT), CONTEXT)
                    .divide(nValue, CONTEXT);
            // Relative, not absolute: a root of 10^300 never comes within 10^-32 of itself in 34 digits.
            if (next.subtract(x).abs().compareTo(next.abs().multiply(RELATIVE_TOLERANCE, CONTEXT)) <= 0) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** A first guess of the n-th root, within a double's precision of it, and always positive. */
    private static BigDecimal guess(BigDecimal value, int n) {
        double asDouble = value.doubleValue();
        if (asDouble > Double.MIN_NORMAL && asDouble < Double.MAX_VALUE) {
            return BigDecimal.valueOf(Math.pow(asDouble, 1.0 / n));
        }
        // value = m × 10^e with 1 ≤ m < 10; its root is m^(1/n) × 10^(e/n), and 10^(e/n) = 10^k × 10^f.
        long exponent = (long) value.precision() - value.scale() - 1;
        double mantissa = value.movePointLeft((int) exponent).doubleValue();
        double power = (exponent + Math.log10(mantissa)) / n;
        long whole = (long) Math.floor(power);
        return BigDecimal.valueOf(Math.pow(10, power - whole)).scaleByPowerOfTen((int) whole);
    }

    /** 1 + percent/100: the growth factor of a rate in percent. */
    static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, CONTEXT), CONTEXT);
    }

    /** The rate in percent of a growth factor. */
    static BigDecimal percent(BigDecimal factor) {
        return result(factor.subtract(BigDecimal.ONE, CONTEXT).multiply(HUNDRED, CONTEXT));
    }

    /** A computed figure as evaluation returns it: 10 decimal places, trailing zeros removed. */
    static BigDecimal result(BigDecimal value) {
        // A value with more whole digits than the context holds is rounded to the context first: its places after
        // the point are rounding noise, and setting 10 of them on 10^3000 would make a number of 3,010 digits
        // whose trailing zeros take quadratic time to strip.
        BigDecimal bounded = (long) value.precision() - value.scale() > CONTEXT.getPrecision() - RESULT_SCALE
                ? value.round(CONTEXT) : value;
        BigDecimal rounded = bounded.scale() > RESULT_SCALE
                ? bounded.setScale(RESULT_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros()
                : bounded.stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
