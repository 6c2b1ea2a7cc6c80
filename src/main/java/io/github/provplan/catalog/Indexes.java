package io.github.provplan.catalog;

import io.github.provplan.internal.Checks;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/** Helpers to build the catalog's indexes: lists in catalog order, keyed by what a query asks for. */
final class Indexes {
    private Indexes() {
    }

    private static final Integer[] YEARS = new Integer[Checks.LAST_YEAR - Checks.FIRST_YEAR + 1];

    static {
        for (int i = 0; i < YEARS.length; i++) {
            YEARS[i] = i + Checks.FIRST_YEAR;
        }
    }

    /**
     * A year as a key, one instance per year: the indexes by year boxed a new {@code Integer} for each record, and
     * that was a quarter of the time to build them (records' years are in the range {@link Checks#year} allows).
     */
    static Integer year(int year) {
        int index = year - Checks.FIRST_YEAR;
        return index >= 0 && index < YEARS.length ? YEARS[index] : Integer.valueOf(year);
    }

    /** Groups values by every key {@code keys} gives them, keeping catalog order within each group. */
    static <K, V> Map<K, List<V>> by(List<V> values, Function<V, ? extends Collection<? extends K>> keys) {
        var groups = new Groups<K>();
        for (int i = 0; i < values.size(); i++) {
            for (K key : keys.apply(values.get(i))) {
                groups.addOnce(key, i);
            }
        }
        return groups.frozen(values);
    }

    /** Groups values by the one key each has, keeping catalog order within each group. */
    static <K, V> Map<K, List<V>> byKey(List<V> values, Function<V, K> key) {
        var groups = new Groups<K>();
        for (int i = 0; i < values.size(); i++) {
            groups.add(key.apply(values.get(i)), i);
        }
        return groups.frozen(values);
    }

    /**
     * Positions in a list of values, grouped by key as they are added, in the order they are added, which must be
     * ascending ({@link #picked}). Groups hold
     * positions, not the values: a national corpus's indexes held millions of references, and each was one more for
     * the collector to follow and one more store for it to track while the indexes were built (docs/performance.md).
     */
    static final class Groups<K> {
        /** A key's {@link Positions} while groups are added to; its frozen list after {@link #frozen}. */
        private final HashMap<K, Object> groups = new HashMap<>();
        private K lastKey;
        private Positions last;

        void add(K key, int position) {
            group(key).add(position);
        }

        /** Adds a position unless it is the group's last already (a record with a key twice). */
        void addOnce(K key, int position) {
            Positions group = group(key);
            if (group.size == 0 || group.items[group.size - 1] != position) {
                group.add(position);
            }
        }

        private Positions group(K key) {
            // Runs of one key are the rule (a plan's records share its province and kind): skip the hash lookup.
            if (last == null || !key.equals(lastKey)) {
                last = (Positions) groups.computeIfAbsent(key, k -> new Positions());
                lastKey = key;
            }
            return last;
        }

        /** The groups as unmodifiable lists of the {@code values} whose positions were added; add nothing after. */
        @SuppressWarnings("unchecked")
        <V> Map<K, List<V>> frozen(List<V> values) {
            Object[] array = arrayOf(values);
            groups.replaceAll((key, group) -> ((Positions) group).of(array));
            last = null;
            return Collections.unmodifiableMap((Map<K, List<V>>) (Map<K, ?>) groups);
        }
    }

    /** Groups of groups, each frozen: an index by two keys, the first one's map modifiable no longer either. */
    static <K, K2, V> Map<K, Map<K2, List<V>>> frozenEach(Map<K, Groups<K2>> groupsByKey, List<V> values) {
        var frozen = new HashMap<K, Map<K2, List<V>>>();
        groupsByKey.forEach((key, groups) -> frozen.put(key, groups.frozen(values)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * Lists by year, found by a binary search of the years, and the list of every year: the finest index has one of
     * these for each province and indicator, a few years each, and a map of boxed years cost every query a box and
     * every table a map.
     */
    static final class ByYear<V> {
        private final List<V> all;
        private final int[] years;
        private final List<V>[] lists;

        @SuppressWarnings("unchecked")
        private ByYear(List<V> all, int[] years, List<?>[] lists) {
            this.all = all;
            this.years = years;
            this.lists = (List<V>[]) lists;
        }

        /** The lists of {@code byYear}, and {@code all}, which holds what they hold, in the same order. */
        static <V> ByYear<V> of(List<V> all, Map<Integer, List<V>> byYear) {
            int[] years = byYear.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            List<?>[] lists = new List<?>[years.length];
            for (int i = 0; i < years.length; i++) {
                lists[i] = byYear.get(years[i]);
            }
            return new ByYear<>(all, years, lists);
        }

        /** The list of every year. */
        List<V> all() {
            return all;
        }

        /** The list of {@code year}, empty when it has none. */
        List<V> get(int year) {
            int at = java.util.Arrays.binarySearch(years, year);
            return at < 0 ? List.of() : lists[at];
        }
    }

    /** A growing list of positions. */
    private static final class Positions {
        int[] items = new int[4];
        int size;

        void add(int position) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = position;
        }

        <V> List<V> of(Object[] values) {
            return picked(values, items, size);
        }
    }

    /**
     * {@code values} as an unmodifiable list over one array, which the index groups made from it then read by
     * position directly: read through {@code List.get}, with several kinds of list behind the call, an answer of
     * 5,000 directives took four times as long to copy.
     */
    static <V> List<V> listed(List<V> values) {
        return new Listed<>(values.toArray());
    }

    /** The first {@code size} of {@code values}, which no one else holds, as an unmodifiable list. */
    static <V> List<V> listed(Object[] values, int size) {
        if (size == 0) {
            return List.of();
        }
        return new Listed<>(size == values.length ? values : Arrays.copyOf(values, size));
    }

    /**
     * {@code values} itself when it is an index's own list, which nothing changes, as {@link List#copyOf} returns an
     * immutable list itself; else an immutable copy.
     */
    static <V> List<V> immutable(List<V> values) {
        return values instanceof Frozen<?> ? values : List.copyOf(values);
    }

    /** The array of values that {@code values} holds in order: its own when it is {@link #listed}, else a copy. */
    static Object[] arrayOf(List<?> values) {
        return values instanceof Listed<?> listed ? listed.values : values.toArray();
    }

    /**
     * The values at the first {@code size} of the ascending {@code positions} of an array no one changes, read as an
     * index group reads them; {@code positions} may be reused after.
     */
    static <V> Picked<V> picked(Object[] values, int[] positions, int size) {
        assert ascending(positions, size) : "positions out of order";
        if (size == 0 || positions[size - 1] <= Character.MAX_VALUE) {
            char[] small = new char[size];
            for (int i = 0; i < size; i++) {
                small[i] = (char) positions[i];
            }
            return new Picked<>(values, small);
        }
        return new Picked<>(values, Arrays.copyOf(positions, size));
    }

    /**
     * A list that no one changes: every method that would change it throws, as {@link List#of}'s do. Its iterator
     * reads by position with no count of changes to check, as nothing changes it: answers are read whole by every
     * caller, and {@code AbstractList}'s iterator checked that count on each step.
     */
    private abstract static class Frozen<V> extends AbstractList<V> implements RandomAccess {
        @Override
        public final java.util.Iterator<V> iterator() {
            return new Reading();
        }

        @Override
        public final void forEach(java.util.function.Consumer<? super V> action) {
            java.util.Objects.requireNonNull(action, "action");
            int size = size();
            for (int i = 0; i < size; i++) {
                action.accept(get(i));
            }
        }

        private final class Reading implements java.util.Iterator<V> {
            private final int size = size();
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public V next() {
                if (next >= size) {
                    throw new java.util.NoSuchElementException();
                }
                return get(next++);
            }
        }

        @Override
        public final void sort(Comparator<? super V> order) {
            throw new UnsupportedOperationException();
        }

        @Override
        public final void replaceAll(java.util.function.UnaryOperator<V> operator) {
            throw new UnsupportedOperationException();
        }
    }

    /** An unmodifiable list over an array no one else changes. */
    private static final class Listed<V> extends Frozen<V> {
        final Object[] values;

        Listed(Object[] values) {
            this.values = values;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(int index) {
            return (V) values[index];
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Object[] toArray() {
            return values.clone();
        }
    }

    private static boolean ascending(int[] positions, int size) {
        for (int i = 1; i < size; i++) {
            if (positions[i] < positions[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values at some ascending positions of an array, in their order; unmodifiable. A list whose last position
     * is below 65,536 keeps its positions as {@code char}s, half the memory of {@code int}s: every list of an index
     * (the catalog's groups, the text index's words and pairs) over a kind of record of which the catalog holds fewer
     * than 65,536 (docs/performance.md, step 29). The class of the array tells which: it is read from the array's
     * header, which its length is read from anyway. (An offset from the first position, for a large catalog's groups
     * of one province, would take a field, and a list 32 bytes.)
     */
    static final class Picked<V> extends Frozen<V> {
        private final Object[] values;
        private final Object positions;

        private Picked(Object[] values, Object positions) {
            this.values = values;
            this.positions = positions;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(int index) {
            return (V) values[positions instanceof char[] small ? small[index] : ((int[]) positions)[index]];
        }

        /** Whether this list holds the value at {@code position} of the array. */
        boolean holds(int position) {
            if (positions instanceof char[] small) {
                return position >= 0 && position <= Character.MAX_VALUE
                        && Arrays.binarySearch(small, (char) position) >= 0;
            }
            return Arrays.binarySearch((int[]) positions, position) >= 0;
        }

        @Override
        public int size() {
            return positions instanceof char[] small ? small.length : ((int[]) positions).length;
        }

        /** Read in one loop: a copy of an answer ({@code List.copyOf}, {@code new ArrayList<>(it)}) goes through it. */
        @Override
        public Object[] toArray() {
            Object[] picked = new Object[size()];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = get(i);
            }
            return picked;
        }
    }

    /**
     * The values of several groups, merged back into catalog order; a value in more than one group (a directive about
     * two of the themes asked for) is there once.
     */
    static <V> List<V> union(Collection<List<V>> groups, Comparator<V> catalogOrder) {
        if (groups.isEmpty()) {
            return List.of();
        }
        if (groups.size() == 1) {
            return groups.iterator().next();
        }
        var all = new ArrayList<V>();
        new Merged<>(List.copyOf(groups), catalogOrder).forEach(all::add);
        return Collections.unmodifiableList(all);
    }

    /**
     * Groups in catalog order read as one sequence in catalog order, through a heap of each group's next value; a
     * value met twice in a row (it is in two groups) is read once.
     */
    private static final class Merged<V> implements Iterable<V> {
        private final List<List<V>> groups;
        private final Comparator<V> order;

        Merged(List<List<V>> groups, Comparator<V> order) {
            this.groups = groups;
            this.order = order;
        }

        @Override
        public java.util.Iterator<V> iterator() {
            return new Merge();
        }

        /**
         * A binary heap of the groups that have values left, ordered by each one's next value, kept in two int
         * arrays: the first value costs a heap built in one pass over the groups, not a sort.
         */
        private final class Merge implements java.util.Iterator<V> {
            private final int[] heap = new int[groups.size()];
            private final int[] next = new int[groups.size()];
            private int live;
            private V last;

            Merge() {
                for (int g = 0; g < groups.size(); g++) {
                    if (!groups.get(g).isEmpty()) {
                        heap[live++] = g;
                    }
                }
                for (int i = live / 2 - 1; i >= 0; i--) {
                    siftDown(i);
                }
            }

            private V head(int g) {
                return groups.get(g).get(next[g]);
            }

            private boolean before(int a, int b) {
                return order.compare(head(heap[a]), head(heap[b])) < 0;
            }

            private void siftDown(int i) {
                while (true) {
                    int smallest = i;
                    int left = 2 * i + 1;
                    if (left < live && before(left, smallest)) {
                        smallest = left;
                    }
                    if (left + 1 < live && before(left + 1, smallest)) {
                        smallest = left + 1;
                    }
                    if (smallest == i) {
                        return;
                    }
                    int swap = heap[i];
                    heap[i] = heap[smallest];
                    heap[smallest] = swap;
                    i = smallest;
                }
            }

            /** Moves the top group on to its next value, or drops it when it has none. */
            private void advance() {
                int g = heap[0];
                if (++next[g] == groups.get(g).size()) {
                    heap[0] = heap[--live];
                }
                siftDown(0);
            }

            @Override
            public boolean hasNext() {
                // A value in two groups comes twice in a row; catalog order tells the same record by its place.
                while (live > 0 && last != null && order.compare(head(heap[0]), last) == 0) {
                    advance();
                }
                return live > 0;
            }

            @Override
            public V next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                last = head(heap[0]);
                advance();
                return last;
            }
        }
    }
}
