package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grouping values by key keeps each group in the values' order, and the merges of index groups give what sorting their
 * values would, read whole, by index or only in part.
 */
class IndexesTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Up to 40 groups of distinct numbers in order, each number in one group or, when {@code overlap}, in several. */
    private static List<List<Integer>> groups(Random random, boolean overlap) {
        var groups = new ArrayList<List<Integer>>();
        int count = random.nextInt(40);
        for (int g = 0; g < count; g++) {
            groups.add(new ArrayList<>());
        }
        int values = count == 0 ? 0 : random.nextInt(300);
        for (int value = 0; value < values; value++) {
            int copies = overlap ? 1 + random.nextInt(3) : 1;
            var into = new TreeSet<Integer>();
            for (int c = 0; c < copies; c++) {
                into.add(random.nextInt(count));
            }
            for (int g : into) {
                groups.get(g).add(value);
            }
        }
        return groups;
    }

    private static List<Integer> sortedDistinct(List<List<Integer>> groups) {
        var all = new TreeSet<Integer>();
        groups.forEach(all::addAll);
        return List.copyOf(all);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unionHoldsAValueInSeveralGroupsOnce(long seed) {
        var groups = groups(new Random(seed), true);
        assertEquals(sortedDistinct(groups), Indexes.union(groups, Comparator.naturalOrder()));
    }

    /** Up to 500 values, each with up to three keys of eight, some the same twice. */
    private static Map<String, List<Integer>> keyed(Random random) {
        var keys = new LinkedHashMap<String, List<Integer>>();
        int values = random.nextInt(500);
        for (int value = 0; value < values; value++) {
            var of = new ArrayList<Integer>();
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                of.add(random.nextInt(8));
            }
            keys.put("v" + value, of);
        }
        return keys;
    }

    /** What grouping {@code values} by {@code keys} gives, worked out the plain way. */
    private static Map<Integer, List<String>> grouped(List<String> values, Map<String, List<Integer>> keys) {
        var groups = new LinkedHashMap<Integer, List<String>>();
        for (String value : values) {
            for (int key : new TreeSet<>(keys.get(value))) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return groups;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void groupsByEveryKeyKeepTheValuesOrderAndHoldEachValueOnce(long seed) {
        Map<String, List<Integer>> keys = keyed(new Random(seed));
        List<String> values = List.copyOf(keys.keySet());
        Map<Integer, List<String>> groups = Indexes.by(values, keys::get);
        assertEquals(grouped(values, keys), groups);
        for (List<String> group : groups.values()) {
            assertThrows(UnsupportedOperationException.class, () -> group.add("v0"));
            assertThrows(IndexOutOfBoundsException.class, () -> group.get(group.size()));
            assertThrows(IndexOutOfBoundsException.class, () -> group.get(-1));
        }
        assertThrows(UnsupportedOperationException.class, () -> groups.put(99, List.of()));
    }

    /** Every index list and every filtered answer is read through the frozen lists' own iterator and forEach. */
    @ParameterizedTest
    @MethodSource("seeds")
    void frozenListsReadInOrderByIteratorAndForEachAndRefuseChanges(long seed) {
        Map<String, List<Integer>> keys = keyed(new Random(seed));
        List<String> values = List.copyOf(keys.keySet());
        var lists = new ArrayList<>(Indexes.by(values, keys::get).values());
        String[] gathered = values.toArray(String[]::new);
        lists.add(Indexes.listed(gathered, gathered.length / 2));
        lists.add(Indexes.listed(gathered, gathered.length));
        for (List<String> list : lists) {
            var iterated = new ArrayList<String>();
            var iterator = list.iterator();
            while (iterator.hasNext()) {
                iterated.add(iterator.next());
                assertThrows(UnsupportedOperationException.class, iterator::remove);
            }
            assertThrows(java.util.NoSuchElementException.class, iterator::next);
            var forEach = new ArrayList<String>();
            list.forEach(forEach::add);
            var byPosition = new ArrayList<String>();
            for (int i = 0; i < list.size(); i++) {
                byPosition.add(list.get(i));
            }
            assertEquals(byPosition, iterated);
            assertEquals(byPosition, forEach);
            assertThrows(UnsupportedOperationException.class, () -> list.sort(Comparator.naturalOrder()));
        }
        assertEquals(List.of(), Indexes.listed(gathered, 0));
        assertEquals(List.of(gathered).subList(0, gathered.length / 2), lists.get(lists.size() - 2));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void groupsByOneKeyKeepTheValuesOrder(long seed) {
        Map<String, List<Integer>> keys = keyed(new Random(seed));
        keys.replaceAll((value, of) -> of.isEmpty() ? List.of(0) : List.of(of.get(0)));
        List<String> values = List.copyOf(keys.keySet());
        assertEquals(grouped(values, keys), Indexes.byKey(values, value -> keys.get(value).get(0)));
    }

    /**
     * Groups over more than 65,536 values, whose positions are kept as {@code char}s below that and {@code int}s
     * from it: each reads its values in order and holds exactly their positions, on both sides of the bound.
     */
    @ParameterizedTest
    @MethodSource("fewSeeds")
    void groupsPastSixtyFiveThousandValuesReadTheirValuesAndHoldTheirPositions(long seed) {
        var random = new Random(seed);
        int size = 65_536 + 1 + random.nextInt(20_000);
        var values = new ArrayList<Integer>(size);
        for (int i = 0; i < size; i++) {
            values.add(i);
        }
        // Key 0: below the bound only (char); key 1: on both sides of it (int); key 2: above it only (int).
        java.util.function.Function<Integer, String> keyOf = v -> v < 65_536 && random.nextInt(3) == 0 ? "0"
                : v >= 65_536 && random.nextInt(3) == 0 ? "2" : "1";
        var keys = new LinkedHashMap<Integer, String>();
        values.forEach(v -> keys.put(v, keyOf.apply(v)));
        Map<String, List<Integer>> groups = Indexes.byKey(values, keys::get);
        Object[] array = values.toArray();
        for (String key : List.of("0", "1", "2")) {
            var expected = values.stream().filter(v -> keys.get(v).equals(key)).toList();
            assertEquals(expected, groups.get(key), key);
            var group = Indexes.<Integer>picked(array, expected.stream().mapToInt(Integer::intValue).toArray(),
                    expected.size());
            assertEquals(expected, group, key);
            var held = new TreeSet<>(expected);
            for (int position : new int[] {-1, 0, 1, 65_535, 65_536, 65_537, size - 1, size, Integer.MAX_VALUE,
                    random.nextInt(size)}) {
                assertEquals(held.contains(position), group.holds(position), key + " holds " + position);
            }
        }
    }

    /** Lists whose last position is either side of 65,536, read and asked whole, and past the size they were given. */
    @org.junit.jupiter.api.Test
    void listsEitherSideOfTheCharBoundReadAndHoldTheirPositions() {
        Object[] array = new Object[70_000];
        for (int i = 0; i < array.length; i++) {
            array[i] = i;
        }
        int[][] cases = {{65_535}, {0, 65_535}, {65_536}, {0, 65_536}, {65_535, 65_536}, {}};
        for (int[] positions : cases) {
            var expected = java.util.Arrays.stream(positions).boxed().toList();
            int[] gathered = java.util.Arrays.copyOf(positions, positions.length + 2);
            gathered[positions.length] = 69_999; // past the size given: not in the list
            gathered[positions.length + 1] = 1;
            var list = Indexes.<Integer>picked(array, gathered, positions.length);
            assertEquals(expected, list, expected.toString());
            assertEquals(expected, List.of(list.toArray()), expected.toString());
            for (int position : new int[] {-1, 0, 1, 65_535, 65_536, 69_999, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                assertEquals(expected.contains(position), list.holds(position), expected + " holds " + position);
            }
        }
    }

    static LongStream fewSeeds() {
        return LongStream.range(0, 5);
    }
}
