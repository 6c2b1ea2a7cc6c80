package io.github.provplan.plan;

import io.github.provplan.internal.Echo;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What a reported change is measured against: the same period of the year before ("so với cùng kỳ") or a base year
 * ("so với năm 2020").
 *
 * <pre>{@code
 * Comparison.parse("same-period-last-year");
 * Comparison.parse("2020").baseYear();        // OptionalInt[2020]
 * }</pre>
 *
 * <p>Comparisons are immutable values, safe to share between threads.
 *
 * @param baseYear the base year; empty for the same period of the year before
 */
public record Comparison(OptionalInt baseYear) {
    private static final String SAME_PERIOD = "same-period-last-year";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Comparison SAME_PERIOD_LAST_YEAR = new Comparison(OptionalInt.empty());

    /**
     * Creates a comparison.
     *
     * @param baseYear the base year; empty for the same period of the year before
     * @throws IllegalArgumentException if the base year is outside 1900-2200
     */
    public Comparison {
        Checks.optionalInt(baseYear, "baseYear");
        baseYear.ifPresent(year -> Checks.year(year, "baseYear"));
    }

    /**
     * The same period of the year before.
     *
     * @return the comparison
     */
    public static Comparison samePeriodLastYear() {
        return SAME_PERIOD_LAST_YEAR;
    }

    /**
     * A base year.
     *
     * @param year the base year, 1900-2200
     * @return the comparison
     * @throws IllegalArgumentException if the year is outside 1900-2200
     */
    public static Comparison baseYear(int year) {
        return new Comparison(OptionalInt.of(year));
    }

    /**
     * Parses {@code same-period-last-year} or a four-digit year.
     *
     * @param text the text
     * @return the comparison
     * @throws IllegalArgumentException for any other text, or a year outside 1900-2200
     */
    @JsonCreator
    public static Comparison parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (value.equals(SAME_PERIOD)) {
            return SAME_PERIOD_LAST_YEAR;
        }
        if (YEAR.matcher(value).matches()) {
            try {
                return baseYear(Integer.parseInt(value));
            } catch (io.github.provplan.internal.IllegalFieldException e) {
                throw new IllegalArgumentException(Echo.of(value) + ": " + e.reason(), e);
            }
        }
        throw new IllegalArgumentException(Echo.of(value) + " is not a comparison (" + SAME_PERIOD
                + " or a year such as 2020)");
    }

    /** {@code same-period-last-year} or the year. */
    @JsonValue
    @Override
    public String toString() {
        return baseYear.isPresent() ? Integer.toString(baseYear.getAsInt()) : SAME_PERIOD;
    }
}
