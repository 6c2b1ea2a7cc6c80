package io.github.provplan.plan;

import io.github.provplan.internal.Echo;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Digits;
import io.github.provplan.internal.IllegalFieldException;
import java.util.Objects;

/**
 * Whole calendar years from {@code start} to {@code end}, both included: a plan period such as {@code 2021-2030},
 * or a single year such as {@code 2030}.
 *
 * <pre>{@code
 * YearRange period = YearRange.parse("2021-2030");
 * period.years();          // 10
 * period.contains(2025);   // true
 * }</pre>
 *
 * <p>Year ranges are immutable values, safe to share between threads.
 *
 * @param start the first year, 1900-2200
 * @param end   the last year, 1900-2200, not before {@code start}
 */
public record YearRange(int start, int end) implements Comparable<YearRange> {

    /**
     * Creates a range of years.
     *
     * @param start the first year
     * @param end   the last year
     * @throws IllegalArgumentException if a year is outside 1900-2200 or {@code start} is after {@code end}
     */
    public YearRange {
        Checks.year(start, "start");
        Checks.year(end, "end");
        if (start > end) {
            throw new IllegalFieldException("end", "period starts in " + start + " after it ends in " + end);
        }
    }

    /**
     * One year: {@code YearRange.of(2030)}.
     *
     * @param year the year
     * @return the range from {@code year} to {@code year}
     * @throws IllegalArgumentException if the year is outside 1900-2200
     */
    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    /**
     * Years from {@code start} to {@code end}, both included: {@code YearRange.of(2021, 2030)}.
     *
     * @param start the first year
     * @param end   the last year
     * @return the range
     * @throws IllegalArgumentException if a year is outside 1900-2200 or {@code start} is after {@code end}
     */
    public static YearRange of(int start, int end) {
        return new YearRange(start, end);
    }

    /**
     * Parses {@code 2030} or {@code 2021-2030}, the forms {@link #toString()} writes.
     *
     * @param text the text
     * @return the range
     * @throws IllegalArgumentException if the text has another form, starts after it ends, or names a year outside
     *                                  1900-2200
     */
    @JsonCreator
    public static YearRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int start = Digits.read(text, 0, 4);
        int end = text.length() == 4 ? start
                : text.length() == 9 && text.charAt(4) == '-' ? Digits.read(text, 5, 4) : -1;
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException(Echo.of(text) + " is not a year (2030) or a period (2021-2030)");
        }
        try {
            return new YearRange(start, end);
        } catch (IllegalFieldException e) {
            throw new IllegalArgumentException(Echo.of(text) + ": " + e.reason(), e);
        }
    }

    /**
     * Whether this is a single year.
     *
     * @return whether {@code start} equals {@code end}
     */
    public boolean isSingleYear() {
        return start == end;
    }

    /**
     * The number of years, counting both ends: 10 for 2021-2030.
     *
     * @return the number of years, at least 1
     */
    public int years() {
        return end - start + 1;
    }

    /**
     * Whether {@code year} lies in the range, ends included.
     *
     * @param year the year
     * @return whether {@code start <= year <= end}
     */
    public boolean contains(int year) {
        return start <= year && year <= end;
    }

    /**
     * Whether every year of {@code other} lies in this range: 2021-2030 contains 2021-2025.
     *
     * @param other the other range
     * @return whether it lies wholly within this one
     */
    public boolean contains(YearRange other) {
        Objects.requireNonNull(other, "other");
        return start <= other.start && other.end <= end;
    }

    /**
     * Whether this range and {@code other} share at least one year: 2021-2025 overlaps 2025-2030.
     *
     * @param other the other range
     * @return whether they share a year
     */
    public boolean overlaps(YearRange other) {
        Objects.requireNonNull(other, "other");
        return start <= other.end && other.start <= end;
    }

    @Override
    public int compareTo(YearRange other) {
        Objects.requireNonNull(other, "other");
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }

    @JsonValue
    @Override
    public String toString() {
        return isSingleYear() ? Integer.toString(start) : start + "-" + end;
    }

    // Written out for the command line's start-up: a record's own are made through invokedynamic on first call
    // (docs/performance.md, step 32).
    @Override
    public boolean equals(Object other) {
        return other instanceof YearRange that && start == that.start && end == that.end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }
}
