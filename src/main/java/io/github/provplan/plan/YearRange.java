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
 */
public record YearRange(int start, int end) implements Comparable<YearRange> {

    public YearRange {
        Checks.year(start, "start");
        Checks.year(end, "end");
        if (start > end) {
            throw new IllegalFieldException("end", "period starts in " + start + " after it ends in " + end);
        }
    }

    /** One year. */
    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    public static YearRange of(int start, int end) {
        return new YearRange(start, end);
    }

    /**
     * Parses {@code 2030} or {@code 2021-2030}.
     *
     * @throws IllegalArgumentException if the text has another form or starts after it ends
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

    /** Whether this is a single year. */
    public boolean isSingleYear() {
        return start == end;
    }

    /** The number of years, counting both ends: 10 for 2021-2030. */
    public int years() {
        return end - start + 1;
    }

    public boolean contains(int year) {
        return start <= year && year <= end;
    }

    public boolean contains(YearRange other) {
        Objects.requireNonNull(other, "other");
        return start <= other.start && other.end <= end;
    }

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
}
