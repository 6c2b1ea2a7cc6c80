package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The merges of index groups give what sorting their values would, read whole, by index or only in part. */
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
    void mergedGroupsReadInOrder(long seed) {
        var groups = groups(new Random(seed), false);
        List<Integer> merged = Indexes.merged(groups, Comparator.naturalOrder());
        List<Integer> expected = sortedDistinct(groups);
        assertEquals(expected, new ArrayList<>(merged));
        assertEquals(expected.size(), merged.size());
        if (!expected.isEmpty()) {
            assertEquals(expected.get(expected.size() - 1), merged.get(expected.size() - 1));
            assertEquals(expected.get(0), merged.iterator().next());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unionHoldsAValueInSeveralGroupsOnce(long seed) {
        var groups = groups(new Random(seed), true);
        assertEquals(sortedDistinct(groups), Indexes.union(groups, Comparator.naturalOrder()));
    }
}
