package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Records by day give, for any range of days, what filtering every record would, in catalog order. */
class DayIndexTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** A record: its place in catalog order, and maybe a day. */
    private record Dated(int place, Optional<LocalDate> day) {
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Up to 300 records, some undated, their days within a span of up to 90 days (so that many share one). */
    private static List<Dated> records(Random random) {
        int span = 1 + random.nextInt(90);
        return IntStream.range(0, random.nextInt(300))
                .mapToObj(place -> new Dated(place, random.nextInt(5) == 0 ? Optional.empty()
                        : Optional.of(START.plusDays(random.nextInt(span)))))
                .toList();
    }

    private static List<Dated> filtered(List<Dated> records, Predicate<LocalDate> day) {
        return records.stream().filter(r -> r.day().filter(day).isPresent()).toList();
    }

    /** The list read through its iterator, by index from the end, its size and first element, all agree. */
    private static void assertSame(List<Dated> expected, List<Dated> actual) {
        assertEquals(expected, new ArrayList<>(actual));
        assertEquals(expected.size(), actual.size());
        for (int i = expected.size() - 1; i >= 0; i--) {
            assertEquals(expected.get(i), actual.get(i));
        }
        Iterator<Dated> iterator = actual.iterator();
        if (expected.isEmpty()) {
            assertTrue(!iterator.hasNext());
        } else {
            assertEquals(expected.get(0), iterator.next());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rangesOfDaysFindWhatAFilterFinds(long seed) {
        var random = new Random(seed);
        List<Dated> records = records(random);
        DayIndex<Dated> index = indexed(records);
        for (int question = 0; question < 20; question++) {
            LocalDate from = START.plusDays(random.nextInt(100) - 5);
            LocalDate to = from.plusDays(random.nextInt(40) - 3);
            assertSame(filtered(records, d -> !d.isBefore(from) && !d.isAfter(to)), index.between(from, to));
            assertSame(filtered(records, d -> d.isBefore(from)), index.before(from));
            assertSame(filtered(records, d -> d.isAfter(from)), index.after(from));
        }
    }

    @Test
    void oneDayTheWholeCalendarAndNoDays() {
        var records = List.of(new Dated(0, Optional.of(START)), new Dated(1, Optional.empty()),
                new Dated(2, Optional.of(START.minusDays(1))), new Dated(3, Optional.of(START)));
        DayIndex<Dated> index = indexed(records);
        assertEquals(List.of(records.get(0), records.get(3)), new ArrayList<>(index.between(START, START)));
        assertEquals(List.of(records.get(0), records.get(2), records.get(3)),
                new ArrayList<>(index.between(LocalDate.MIN, LocalDate.MAX)));
        assertEquals(List.of(), index.between(START, START.minusDays(1)));
        assertEquals(List.of(records.get(2)), new ArrayList<>(index.before(START)));
        assertEquals(List.of(), index.after(LocalDate.MAX));

        DayIndex<Dated> undated = indexed(List.of(new Dated(0, Optional.empty())));
        assertEquals(List.of(), undated.between(LocalDate.MIN, LocalDate.MAX));
        Iterator<Dated> iterator = index.between(START, START).iterator();
        iterator.next();
        iterator.next();
        assertThrows(NoSuchElementException.class, iterator::next);
    }

    private static DayIndex<Dated> indexed(List<Dated> records) {
        return DayIndex.of(records, records.stream()
                .mapToInt(r -> r.day().map(DayIndex::day).orElse(DayIndex.NO_DAY)).toArray());
    }
}
