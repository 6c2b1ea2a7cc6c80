package io.github.provplan.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for figures taken from documents: they are compared by value, so 7.5 and 7.50 are the same figure.
 *
 * <p>Every figure is stored without trailing zeros and never with a negative scale, which makes
 * {@link BigDecimal#equals} agree with {@link BigDecimal#compareTo} and keeps a writer from printing {@code 1E+2}.
 */
public final class Figures {
    /** Largest magnitude a document figure may have: far above any budget in VND (10^18). */
    private static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(18);
    /** Most decimal places a document figure may have. */
    private static final int MAX_SCALE = 12;

    private Figures() {
    }

    /**
     * Normalizes a figure, rejecting values no planning document writes: no trailing zeros after the decimal point,
     * none written as an exponent before it ({@code 1.50} is {@code 1.5}, {@code 1E+2} is {@code 100}). A figure
     * already normal is returned as it is.
     *
     * @throws IllegalFieldException if the figure is larger than 10^18 or has more than 12 decimal places
     */
    public static BigDecimal normalize(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        // Checked before any rescaling: 1e999999999 must be refused, not expanded.
        if (value.signum() != 0 && value.precision() - value.scale() > 19) {
            throw new IllegalFieldException(field, "figure " + describe(value) + " is too large (at most 10^18)");
        }
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw new IllegalFieldException(field, "figure " + describe(value) + " is too large (at most 10^18)");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new IllegalFieldException(field,
                    "figure " + describe(value) + " has more than " + MAX_SCALE + " decimal places");
        }
        BigDecimal normal = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        // The same scale is the same figure: the instance given is kept, and normalizing a normal figure makes nothing.
        return normal.scale() == value.scale() ? value : normal;
    }

    /**
     * Normalizes a figure that may be absent, as {@link #normalize(BigDecimal, String)} does; an optional whose figure
     * is normal already is returned as it is, not wrapped anew.
     *
     * @throws IllegalFieldException if the figure is larger than 10^18 or has more than 12 decimal places
     */
    public static Optional<BigDecimal> normalize(Optional<BigDecimal> value, String field) {
        if (Checks.optional(value, field).isEmpty()) {
            return value;
        }
        BigDecimal given = value.get();
        BigDecimal normal = normalize(given, field);
        return normal == given ? value : Optional.of(normal);
    }

    private static String describe(BigDecimal value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
