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

    private Decimals() {
    }

    /** The positive n-th root of a positive number, by Newton's method. */
    static BigDecimal root(BigDecimal value, int n) {
        if (value.signum() <= 0) {
            throw new ArithmeticException("no real root of " + value.toPlainString());
        }
        if (n == 1) {
            return value;
        }
        BigDecimal x = BigDecimal.valueOf(Math.pow(value.doubleValue(), 1.0 / n));
        BigDecimal nValue = BigDecimal.valueOf(n);
        for (int i = 0; i < 100; i++) {
            BigDecimal next = x.multiply(nValue.subtract(BigDecimal.ONE), CONTEXT)
                    .add(value.divide(x.pow(n - 1, CONTEXT), CONTEXT), CONTEXT)
                    .divide(nValue, CONTEXT);
            if (next.subtract(x).abs().compareTo(BigDecimal.ONE.movePointLeft(32)) < 0) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** 1 + percent/100: the growth factor of a rate in percent. */
    static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, CONTEXT), CONTEXT);
    }

    /** The rate in percent of a growth factor. */
    static BigDecimal percent(BigDecimal factor) {
        return result(factor.subtract(BigDecimal.ONE).multiply(HUNDRED, CONTEXT));
    }

    /** A computed figure as evaluation returns it: 10 decimal places, trailing zeros removed. */
    static BigDecimal result(BigDecimal value) {
        BigDecimal rounded = value.setScale(RESULT_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
