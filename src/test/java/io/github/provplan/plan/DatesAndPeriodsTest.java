package io.github.provplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesAndPeriodsTest {
    @Test
    void partialDatesKeepTheirPrecision() {
        var month = PartialDate.parse("2023-07");
        assertEquals(PartialDate.Precision.MONTH, month.precision());
        assertEquals(OptionalInt.of(7), month.month());
        assertEquals(OptionalInt.empty(), month.day());
        assertEquals(LocalDate.of(2023, 7, 1), month.firstDay());
        assertEquals(LocalDate.of(2023, 7, 31), month.lastDay());
        assertEquals("2023-07", month.toString());

        var year = PartialDate.parse("2024");
        assertEquals(PartialDate.Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2024, 12, 31), year.lastDay());

        var day = PartialDate.parse("2023-01-15");
        assertEquals(LocalDate.of(2023, 1, 15), day.firstDay());
        assertTrue(day.isBefore(LocalDate.of(2023, 1, 16)));
        assertFalse(day.isBefore(LocalDate.of(2023, 1, 15)));
    }

    @Test
    void partialDatesOrderByFirstDayThenPrecision() {
        assertTrue(PartialDate.parse("2023").compareTo(PartialDate.parse("2023-01")) < 0);
        assertTrue(PartialDate.parse("2023-01").compareTo(PartialDate.parse("2023-01-01")) < 0);
        assertTrue(PartialDate.parse("2023-06-13").compareTo(PartialDate.parse("2023-07")) < 0);
        assertEquals(PartialDate.of(2019, 11, 13), PartialDate.parse("2019-11-13"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-13", "2023-00", "23-07-01", "2023/07/01", "13/11/2019", "2023-7",
        "1800", "2023-07-01T00:00"})
    void impossibleOrMisshapenDatesAreRejected(String text) {
        assertThrows(DateTimeException.class, () -> PartialDate.parse(text));
    }

    @Test
    void yearRanges() {
        var period = YearRange.parse("2021-2030");
        assertEquals(10, period.years());
        assertTrue(period.contains(2030));
        assertFalse(period.contains(2050));
        assertTrue(period.contains(YearRange.of(2025)));
        assertEquals("2021-2030", period.toString());
        assertEquals("2030", YearRange.of(2030).toString());
        assertEquals(YearRange.of(2030), YearRange.parse("2030"));
        var e = assertThrows(IllegalArgumentException.class, () -> YearRange.parse("2030-2021"));
        assertEquals("'2030-2021': period starts in 2030 after it ends in 2021", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> YearRange.parse("2021 - 2030"));
    }

    @Test
    void reportingPeriodsUseTheShortestForm() {
        assertEquals(ReportingPeriod.half(2023, 1), ReportingPeriod.parse("2023-H1"));
        assertEquals(new ReportingPeriod(2023, 1, 6), ReportingPeriod.parse("2023-H1"));
        assertEquals("2023-H1", ReportingPeriod.firstMonths(2023, 6).toString());
        assertEquals("2023-Q3", new ReportingPeriod(2023, 7, 9).toString());
        assertEquals("2023", ReportingPeriod.parse("2023").toString());
        assertEquals("2023-07", ReportingPeriod.parse("2023-07").toString());
        assertEquals("2023-01/2023-09", ReportingPeriod.firstMonths(2023, 9).toString());
        assertEquals("2023-H2", ReportingPeriod.parse("2023-07/2023-12").toString());
        assertEquals(LocalDate.of(2023, 6, 30), ReportingPeriod.parse("2023-H1").lastDay());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2023-01/2024-03"));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2023-H3"));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2023-09/2023-01"));
    }
}
