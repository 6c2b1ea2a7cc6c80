package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The months of one year that a reported figure covers, such as the first half of 2023 ("6 tháng đầu năm 2023").
 *
 * <p>Text forms, which {@link #parse} reads and {@link #toString} writes in the shortest that fits:
 * {@code 2023} (the year), {@code 2023-H1}/{@code 2023-H2} (halves), {@code 2023-Q1}…{@code 2023-Q4} (quarters),
 * {@code 2023-07} (one month) and {@code 2023-01/2023-09} (any other run of months, here the first nine).
 */
public record ReportingPeriod(int year, int firstMonth, int lastMonth) implements Comparable<ReportingPeriod> {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(?:H([12])|Q([1-4])|(\\d{2})(?:/(\\d{4})-(\\d{2}))?))?");

    public ReportingPeriod {
        Checks.year(year, "year");
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalFieldException("firstMonth", "month " + firstMonth + " is not 1-12");
        }
        if (lastMonth < firstMonth || lastMonth > 12) {
            throw new IllegalFieldException("lastMonth",
                    "month " + lastMonth + " is not between the first month (" + firstMonth + ") and 12");
        }
    }

    public static ReportingPeriod wholeYear(int year) {
        return new ReportingPeriod(year, 1, 12);
    }

    /** The first ({@code 1}) or second ({@code 2}) half of a year. */
    public static ReportingPeriod half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half " + half + " is not 1 or 2");
        }
        return new ReportingPeriod(year, half * 6 - 5, half * 6);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is not 1-4");
        }
        return new ReportingPeriod(year, quarter * 3 - 2, quarter * 3);
    }

    public static ReportingPeriod month(int year, int month) {
        return new ReportingPeriod(year, month, month);
    }

    /** The first {@code months} months of a year, as in "9 tháng đầu năm". */
    public static ReportingPeriod firstMonths(int year, int months) {
        return new ReportingPeriod(year, 1, months);
    }

    /**
     * Parses one of the forms listed on the class.
     *
     * @throws IllegalArgumentException for any other text, or a run of months that crosses a year
     */
    @JsonCreator
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        var m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a reporting period (2023, 2023-H1, 2023-Q3, 2023-07 or 2023-01/2023-09)");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null) {
                return half(year, Integer.parseInt(m.group(2)));
            }
            if (m.group(3) != null) {
                return quarter(year, Integer.parseInt(m.group(3)));
            }
            if (m.group(4) == null) {
                return wholeYear(year);
            }
            int first = Integer.parseInt(m.group(4));
            if (m.group(5) == null) {
                return month(year, first);
            }
            if (Integer.parseInt(m.group(5)) != year) {
                throw new IllegalArgumentException("'" + text + "' crosses a year; a reporting period lies in one year");
            }
            return new ReportingPeriod(year, first, Integer.parseInt(m.group(6)));
        } catch (IllegalFieldException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.reason(), e);
        }
    }

    /** Whether the period is the whole year. */
    public boolean isWholeYear() {
        return firstMonth == 1 && lastMonth == 12;
    }

    public int months() {
        return lastMonth - firstMonth + 1;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : lastDay().compareTo(other.lastDay());
    }

    @JsonValue
    @Override
    public String toString() {
        if (isWholeYear()) {
            return Integer.toString(year);
        }
        if (months() == 6 && (firstMonth == 1 || firstMonth == 7)) {
            return year + "-H" + (firstMonth == 1 ? 1 : 2);
        }
        if (months() == 3 && firstMonth % 3 == 1) {
            return year + "-Q" + (firstMonth / 3 + 1);
        }
        if (months() == 1) {
            return String.format("%04d-%02d", year, firstMonth);
        }
        return String.format("%04d-%02d/%04d-%02d", year, firstMonth, year, lastMonth);
    }
}
