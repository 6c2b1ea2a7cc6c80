package io.github.provplan.catalog;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Records grouped by a day (a directive's deadline), for questions about a range of days.
 *
 * <p>The days are kept in order, and each day's records as their places in catalog order, all in three {@code int}
 * arrays. A range of days is a run of groups; its records are merged into catalog order as they are read, comparing
 * places kept in the merge's own arrays, so finding the first record of a month reads a few dozen {@code int}s
 * however large the catalog is. A map of days to lists of records made the same merge follow a list, its array and a
 * record for each day: the first deadline of a month took twice as long at 16 times the data as at a quarter.
 *
 * @param <V> the records, each at its place in {@code all}
 */
final class DayIndex<V> {
    private final List<V> all;
    /** The days that have records, as epoch days, ascending. */
    private final int[] days;
    /** The records of {@code days[g]} are {@code places[starts[g]]} to {@code places[starts[g + 1] - 1]}. */
    private final int[] starts;
    /** Places in {@code all}, ascending within each day. */
    private final int[] places;

    private DayIndex(List<V> all, int[] days, int[] starts, int[] places) {
        this.all = all;
        this.days = days;
        this.starts = starts;
        this.places = places;
    }

    /** What {@link #of} is given for a record without a day. */
    static final int NO_DAY = Integer.MIN_VALUE;

    /** A date as {@link #of} takes it: its epoch day. */
    static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /**
     * Groups records by their days (from {@link #day}, or {@link #NO_DAY} for a record left out).
     *
     * @param all   records in catalog order; random access
     * @param dayOf the day of each record, by its place in {@code all}
     */
    static <V> DayIndex<V> of(List<V> all, int[] dayOf) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int dated = 0;
        for (int epochDay : dayOf) {
            if (epochDay != NO_DAY) {
                min = Math.min(min, epochDay);
                max = Math.max(max, epochDay);
                dated++;
            }
        }
        if (dated == 0) {
            return new DayIndex<>(all, new int[0], new int[] {0}, new int[0]);
        }
        // A counting sort: records' days lie within the years a document may name, so the span is a few thousand
        // days, and the places of each day come out ascending because they are put in that order.
        int[] count = new int[max - min + 2];
        int distinct = 0;
        for (int epochDay : dayOf) {
            if (epochDay != NO_DAY && count[epochDay - min + 1]++ == 0) {
                distinct++;
            }
        }
        int[] days = new int[distinct];
        int[] starts = new int[distinct + 1];
        int group = 0;
        for (int offset = 1; offset < count.length; offset++) {
            if (count[offset] > 0) {
                days[group] = min + offset - 1;
                starts[group + 1] = starts[group] + count[offset];
                group++;
            }
            count[offset] += count[offset - 1];
        }
        int[] places = new int[dated];
        for (int place = 0; place < dayOf.length; place++) {
            if (dayOf[place] != NO_DAY) {
                places[count[dayOf[place] - min]++] = place;
            }
        }
        return new DayIndex<>(all, days, starts, places);
    }

    /** The records whose day is before {@code date}, in catalog order. */
    List<V> before(LocalDate date) {
        return groups(0, firstGroupFrom(date.toEpochDay()));
    }

    /** The records whose day is from {@code from} to {@code to}, both included, in catalog order. */
    List<V> between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        return groups(firstGroupFrom(from.toEpochDay()), firstGroupFrom(to.toEpochDay() + 1));
    }

    /** The records whose day is after {@code date}, in catalog order. */
    List<V> after(LocalDate date) {
        return groups(firstGroupFrom(date.toEpochDay() + 1), days.length);
    }

    /** The first group whose day is {@code epochDay} or later. */
    private int firstGroupFrom(long epochDay) {
        if (epochDay > Integer.MAX_VALUE) {
            return days.length;
        }
        if (epochDay < Integer.MIN_VALUE) {
            return 0;
        }
        int found = Arrays.binarySearch(days, (int) epochDay);
        return found >= 0 ? found : -found - 1;
    }

    private List<V> groups(int from, int to) {
        return from >= to ? List.of() : new Range(from, to);
    }

    /**
     * Groups {@code from} to {@code to - 1} read as one list in catalog order. Not {@link java.util.RandomAccess}:
     * queries read it through its iterator, and {@link #get} merges it all once.
     */
    private final class Range extends AbstractList<V> {
        private final int from;
        private final int to;
        private int[] merged;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public int size() {
            return starts[to] - starts[from];
        }

        @Override
        public V get(int index) {
            if (merged == null) {
                int[] inOrder = new int[size()];
                var merge = new Merge();
                for (int i = 0; i < inOrder.length; i++) {
                    inOrder[i] = merge.nextPlace();
                }
                merged = inOrder;
            }
            return all.get(merged[index]);
        }

        @Override
        public Iterator<V> iterator() {
            return new Merge();
        }

        /**
         * A binary heap of the groups that have records left, ordered by each one's next place: built in one pass
         * over the groups, each step compares {@code int}s of the heap's own arrays and reads one place, that of the
         * group it moves on.
         */
        private final class Merge implements Iterator<V> {
            /** The position in {@code places} each live group has reached, kept as a heap by the place there. */
            private final int[] heap = new int[to - from];
            /** Where each heap entry's group ends in {@code places}. */
            private final int[] ends = new int[to - from];
            /** {@code places[heap[i]]}, kept beside it. */
            private final int[] next = new int[to - from];
            private int live;

            Merge() {
                for (int g = from; g < to; g++) {
                    heap[live] = starts[g];
                    ends[live] = starts[g + 1];
                    next[live] = places[starts[g]];
                    live++;
                }
                for (int i = live / 2 - 1; i >= 0; i--) {
                    siftDown(i);
                }
            }

            private void siftDown(int i) {
                int position = heap[i];
                int end = ends[i];
                int place = next[i];
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= live) {
                        break;
                    }
                    if (child + 1 < live && next[child + 1] < next[child]) {
                        child++;
                    }
                    if (next[child] >= place) {
                        break;
                    }
                    heap[i] = heap[child];
                    ends[i] = ends[child];
                    next[i] = next[child];
                    i = child;
                }
                heap[i] = position;
                ends[i] = end;
                next[i] = place;
            }

            int nextPlace() {
                if (live == 0) {
                    throw new NoSuchElementException();
                }
                int place = next[0];
                if (++heap[0] == ends[0]) {
                    live--;
                    heap[0] = heap[live];
                    ends[0] = ends[live];
                    next[0] = next[live];
                } else {
                    next[0] = places[heap[0]];
                }
                if (live > 0) {
                    siftDown(0);
                }
                return place;
            }

            @Override
            public boolean hasNext() {
                return live > 0;
            }

            @Override
            public V next() {
                return all.get(nextPlace());
            }
        }
    }
}
