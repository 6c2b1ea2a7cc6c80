package io.github.provplan.plan;

import io.github.provplan.internal.Echo;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Digits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A date known to the precision a document gives: a year ({@code 2024}), a month ({@code 2023-07}) or a day
 * ({@code 2023-06-13}). provplan never invents a day or a month that the text does not state.
 *
 * <p>Dates order by their first day, and a less precise date before a more precise one that starts on the same
 * day ({@code 2023 < 2023-01 < 2023-01-01}).
 *
 * <pre>{@code
 * PartialDate issued = PartialDate.parse("2023-06");   // June 2023, day not stated
 * issued.firstDay();                                  // 2023-06-01
 * issued.lastDay();                                   // 2023-06-30
 * }</pre>
 *
 * <p>Years lie in 1900-2200. Partial dates are immutable values, safe to share between threads.
 */
public final class PartialDate implements Comparable<PartialDate> {
    /** How much of the date the text gives. Enum constants are immutable and safe to share. */
    public enum Precision {
        /** Only the year: {@code 2024}. */
        YEAR,
        /** The year and month: {@code 2023-07}. */
        MONTH,
        /** The full date: {@code 2023-06-13}. */
        DAY
    }

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::firstDay).thenComparing(PartialDate::precision);

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * A year-only date: {@code PartialDate.of(2024)}.
     *
     * @param year the year, 1900-2200
     * @return the date
     * @throws DateTimeException if the year is outside 1900-2200
     */
    public static PartialDate of(int year) {
        return new PartialDate(checkedYear(year), 0, 0);
    }

    /**
     * A month-only date: {@code PartialDate.of(2023, 7)}.
     *
     * @param year  the year, 1900-2200
     * @param month the month, 1-12
     * @return the date
     * @throws DateTimeException if the month is not 1-12 or the year is outside 1900-2200
     */
    public static PartialDate of(int year, int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("month " + month + " is not 1-12");
        }
        return new PartialDate(checkedYear(year), month, 0);
    }

    /**
     * A full date: {@code PartialDate.of(2023, 6, 13)}; rejects impossible days such as 2023-02-30.
     *
     * @param year  the year, 1900-2200
     * @param month the month, 1-12
     * @param day   the day of the month
     * @return the date
     * @throws DateTimeException if the year is outside 1900-2200 or the month or day does not exist
     */
    public static PartialDate of(int year, int month, int day) {
        return from(LocalDate.of(checkedYear(year), month, day));
    }

    /**
     * A full date, from a {@link LocalDate}.
     *
     * @param date the date
     * @return the date, at the precision of a day
     * @throws DateTimeException if the year is outside 1900-2200
     */
    public static PartialDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PartialDate(checkedYear(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, the form {@link #toString()} writes.
     *
     * @param text the text, such as {@code 2023-06-13}
     * @return the date, at the precision the text gives
     * @throws DateTimeException if the text has another form or names an impossible date, or its year is outside
     *                           1900-2200
     */
    @JsonCreator
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        int year = Digits.read(text, 0, 4);
        int month = length >= 7 && text.charAt(4) == '-' ? Digits.read(text, 5, 2) : -1;
        int day = length == 10 && text.charAt(7) == '-' ? Digits.read(text, 8, 2) : -1;
        if (year < 0 || length != 4 && month < 0 || length != 4 && length != 7 && day < 0) {
            throw new DateTimeException(Echo.of(text) + " is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
        }
        if (year < Checks.FIRST_YEAR || year > Checks.LAST_YEAR) {
            throw new DateTimeException(Echo.of(text) + ": the year " + year + " is outside " + Checks.FIRST_YEAR + "-"
                    + Checks.LAST_YEAR);
        }
        if (length == 4) {
            return of(year);
        }
        if (length == 7) {
            if (month < 1 || month > 12) {
                throw new DateTimeException(Echo.of(text) + ": month " + month + " is not 1-12");
            }
            return of(year, month);
        }
        try {
            return of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException(Echo.of(text) + " is not a real date", e);
        }
    }

    private static int checkedYear(int year) {
        if (year < Checks.FIRST_YEAR || year > Checks.LAST_YEAR) {
            throw new DateTimeException("year " + year + " is outside " + Checks.FIRST_YEAR + "-" + Checks.LAST_YEAR);
        }
        return year;
    }

    /**
     * How much of the date the text gives.
     *
     * @return {@code YEAR}, {@code MONTH} or {@code DAY}
     */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * The year.
     *
     * @return the year, 1900-2200
     */
    public int year() {
        return year;
    }

    /**
     * The month, when the text gives one.
     *
     * @return the month, 1-12, or empty for a year-only date
     */
    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /**
     * The day of the month, when the text gives one.
     *
     * @return the day, or empty unless the precision is {@code DAY}
     */
    public OptionalInt day() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /**
     * The earliest day this date can mean: 1 January for a year, the first of the month for a month.
     *
     * @return the first day
     */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /**
     * The latest day this date can mean: 31 December for a year, the month's last day for a month.
     *
     * @return the last day
     */
    public LocalDate lastDay() {
        if (day != 0) {
            return firstDay();
        }
        return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /**
     * Whether every day this date can mean lies before {@code date}: {@code 2023-06} is before 2023-07-01 but not
     * before 2023-06-30.
     *
     * @param date the day to compare with
     * @return whether the {@linkplain #lastDay() last day} is before it
     */
    public boolean isBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return lastDay().isBefore(date);
    }

    /**
     * Whether every day this date can mean lies after {@code date}.
     *
     * @param date the day to compare with
     * @return whether the {@linkplain #firstDay() first day} is after it
     */
    public boolean isAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return firstDay().isAfter(date);
    }

    @Override
    public int compareTo(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate that && year == that.year && month == that.month && day == that.day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /** The ISO form at this date's precision: {@code 2024}, {@code 2023-07} or {@code 2023-06-13}. */
    @JsonValue
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> Integer.toString(year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
