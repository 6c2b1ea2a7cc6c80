package io.github.provplan.plan;

import io.github.provplan.internal.Echo;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The months of one year that a reported figure covers, such as the first half of 2023 ("6 tháng đầu năm 2023"), or
 * a run of whole years, for a multi-year average ("bình quân giai đoạn 2021-2025").
 *
 * <p>Text forms, which {@link #parse} reads and {@link #toString} writes in the shortest that fits:
 * {@code 2023} (the year), {@code 2023-H1}/{@code 2023-H2} (halves), {@code 2023-Q1}…{@code 2023-Q4} (quarters),
 * {@code 2023-07} (one month), {@code 2023-01/2023-09} (any other run of months, here the first nine) and
 * {@code 2021-2025} (whole years). {@code ReportingPeriod.parse("2023-H1").lastDay()} is 2023-06-30. Periods are
 * immutable values, safe to share between threads.
 *
 * @param year       the (first) year
 * @param firstMonth the first month, 1-12
 * @param lastMonth  the last month, 1-12
 * @param lastYear   the last year: {@code year} but for a run of whole years
 */
public record ReportingPeriod(int year, int firstMonth, int lastMonth, int lastYear)
        implements Comparable<ReportingPeriod> {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(?:H([12])|Q([1-4])|(\\d{2})(?:/(\\d{4})-(\\d{2}))?))?");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

    /**
     * Creates a period.
     *
     * @param year       the (first) year, 1900-2200
     * @param firstMonth the first month, 1-12
     * @param lastMonth  the last month, from {@code firstMonth} to 12
     * @param lastYear   the last year, 1900-2200, not before {@code year}
     * @throws IllegalArgumentException if a year is outside 1900-2200 or {@code lastYear} is before {@code year}; if a
     *                                  period of several years does not run from January to December; or if a month is
     *                                  not 1-12 or {@code lastMonth} is before {@code firstMonth}
     */
    public ReportingPeriod {
        Checks.year(year, "year");
        Checks.year(lastYear, "lastYear");
        if (lastYear < year) {
            throw new IllegalFieldException("lastYear", "the last year " + lastYear + " is before " + year);
        }
        if (lastYear > year && (firstMonth != 1 || lastMonth != 12)) {
            throw new IllegalFieldException("lastYear", "a period of several years covers whole years");
        }
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalFieldException("firstMonth", "month " + firstMonth + " is not 1-12");
        }
        if (lastMonth < firstMonth || lastMonth > 12) {
            throw new IllegalFieldException("lastMonth",
                    "month " + lastMonth + " is not between the first month (" + firstMonth + ") and 12");
        }
    }

    /**
     * Months of one year, as format 1 has them.
     *
     * @param year       the year
     * @param firstMonth the first month
     * @param lastMonth  the last month
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public ReportingPeriod(int year, int firstMonth, int lastMonth) {
        this(year, firstMonth, lastMonth, year);
    }

    /**
     * A whole year.
     *
     * @param year the year
     * @return the period
     * @throws IllegalArgumentException if the year is outside 1900-2200
     */
    public static ReportingPeriod wholeYear(int year) {
        return new ReportingPeriod(year, 1, 12);
    }

    /**
     * A run of whole years, for a multi-year average.
     *
     * @param first the first year
     * @param last  the last year, after the first
     * @return the period
     * @throws IllegalArgumentException if {@code last} is not after {@code first}, or a year is outside 1900-2200
     */
    public static ReportingPeriod years(int first, int last) {
        if (last <= first) {
            throw new IllegalArgumentException("a run of years ends after it starts: " + first + "-" + last);
        }
        return new ReportingPeriod(first, 1, 12, last);
    }

    /**
     * The first ({@code 1}) or second ({@code 2}) half of a year: {@code 2023-H1} is January to June.
     *
     * @param year the year
     * @param half 1 or 2
     * @return the period
     * @throws IllegalArgumentException if {@code half} is not 1 or 2, or the year is outside 1900-2200
     */
    public static ReportingPeriod half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half " + half + " is not 1 or 2");
        }
        return new ReportingPeriod(year, half * 6 - 5, half * 6);
    }

    /**
     * A quarter of a year: {@code 2023-Q3} is July to September.
     *
     * @param year    the year
     * @param quarter 1-4
     * @return the period
     * @throws IllegalArgumentException if {@code quarter} is not 1-4, or the year is outside 1900-2200
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is not 1-4");
        }
        return new ReportingPeriod(year, quarter * 3 - 2, quarter * 3);
    }

    /**
     * One month: {@code 2023-07}.
     *
     * @param year  the year
     * @param month the month, 1-12
     * @return the period
     * @throws IllegalArgumentException if the month is not 1-12, or the year is outside 1900-2200
     */
    public static ReportingPeriod month(int year, int month) {
        return new ReportingPeriod(year, month, month);
    }

    /**
     * The first {@code months} months of a year, as in "9 tháng đầu năm": {@code firstMonths(2023, 9)} is
     * {@code 2023-01/2023-09}.
     *
     * @param year   the year
     * @param months how many months, 1-12
     * @return the period
     * @throws IllegalArgumentException if {@code months} is not 1-12, or the year is outside 1900-2200
     */
    public static ReportingPeriod firstMonths(int year, int months) {
        return new ReportingPeriod(year, 1, months);
    }

    /**
     * Parses one of the forms listed on the class.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException for any other text, or a run of months that crosses a year
     */
    @JsonCreator
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        var years = YEARS.matcher(text);
        if (years.matches()) {
            try {
                return years(Integer.parseInt(years.group(1)), Integer.parseInt(years.group(2)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Echo.of(text) + ": " + (e instanceof IllegalFieldException field
                        ? field.reason() : e.getMessage()), e);
            }
        }
        return parse(text, "2023, 2023-H1, 2023-Q3, 2023-07, 2023-01/2023-09 or 2021-2025");
    }

    /**
     * Parses the forms of format 1: months of one year ({@code 2023}, {@code 2023-H1}, {@code 2023-Q3},
     * {@code 2023-07}, {@code 2023-01/2023-09}), not a run of years.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException for any other text, or a run of months that crosses a year
     */
    public static ReportingPeriod parseWithinYear(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return parse(text, "2023, 2023-H1, 2023-Q3, 2023-07 or 2023-01/2023-09");
    }

    private static ReportingPeriod parse(CharSequence text, String forms) {
        var m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(Echo.of(text) + " is not a reporting period (" + forms + ")");
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
                throw new IllegalArgumentException(Echo.of(text) + " crosses a year; a reporting period lies in one year");
            }
            return new ReportingPeriod(year, first, Integer.parseInt(m.group(6)));
        } catch (IllegalFieldException e) {
            throw new IllegalArgumentException(Echo.of(text) + ": " + e.reason(), e);
        }
    }

    /**
     * Whether the period is one whole year.
     *
     * @return whether it runs from January to December of one year
     */
    public boolean isWholeYear() {
        return firstMonth == 1 && lastMonth == 12 && lastYear == year;
    }

    /**
     * How many years the period touches: 1 but for a run of whole years.
     *
     * @return the number of years, 5 for {@code 2021-2025}
     */
    public int years() {
        return lastYear - year + 1;
    }

    /**
     * How many months the period covers.
     *
     * @return the number of months, 6 for {@code 2023-H1}
     */
    public int months() {
        return (lastYear - year) * 12 + lastMonth - firstMonth + 1;
    }

    /**
     * The first day of the period.
     *
     * @return the first day of its first month
     */
    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonth, 1);
    }

    /**
     * The last day of the period: 2023-06-30 for {@code 2023-H1}.
     *
     * @return the last day of its last month
     */
    public LocalDate lastDay() {
        return YearMonth.of(lastYear, lastMonth).atEndOfMonth();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        Objects.requireNonNull(other, "other");
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : lastDay().compareTo(other.lastDay());
    }

    /**
     * The shortest text form that fits, as listed on the class: {@code 2023-H1}, {@code 2021-2025}.
     *
     * @return the text form, which {@link #parse} reads back
     */
    @JsonValue
    @Override
    public String toString() {
        if (lastYear > year) {
            return year + "-" + lastYear;
        }
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

    // Written out for the command line's start-up: a record's own are made through invokedynamic on first call
    // (docs/performance.md, step 32).
    @Override
    public boolean equals(Object other) {
        return other instanceof ReportingPeriod that && year == that.year && firstMonth == that.firstMonth
                && lastMonth == that.lastMonth && lastYear == that.lastYear;
    }

    @Override
    public int hashCode() {
        return ((31 * year + firstMonth) * 31 + lastMonth) * 31 + lastYear;
    }
}
