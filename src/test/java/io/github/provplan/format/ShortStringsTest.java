package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader's table of short strings gives back the text it was asked for, and one instance of a repeated value. */
class ShortStringsTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Some text inside a larger buffer, as the parser holds it. */
    private static String lookUp(ShortStrings strings, String text, Random random) {
        int before = random.nextInt(5);
        char[] buffer = new char[before + text.length() + random.nextInt(5)];
        java.util.Arrays.fill(buffer, '#');
        text.getChars(0, text.length(), buffer, before);
        return strings.of(buffer, before, text.length());
    }

    /**
     * Thousands of values from a small vocabulary and many made up once (more than the table has slots, so they
     * evict each other): every answer is the text asked for, and a value asked for twice in a row is one instance.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void answersTheTextAskedForAndRepeatsAnInstance(long seed) {
        var random = new Random(seed);
        String[] vocabulary = {"grdp-growth", "Thủ tướng Chính phủ", "UBND tỉnh Long An", "2021-2030", "percent", "",
            "Aa", "BB"}; // "Aa" and "BB" have the same hash code
        var strings = new ShortStrings();
        for (int i = 0; i < 5000; i++) {
            String text = random.nextInt(3) == 0 ? vocabulary[random.nextInt(vocabulary.length)]
                    : Long.toString(random.nextLong(), 36) + "ạ".repeat(random.nextInt(3));
            String first = lookUp(strings, text, random);
            assertEquals(text, first);
            assertSame(first, lookUp(strings, text, random));
        }
    }

    @Test
    void valuesWithTheSameHashCodeStayApart() {
        var strings = new ShortStrings();
        var random = new Random(1);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        String aa = lookUp(strings, "Aa", random);
        String bb = lookUp(strings, "BB", random);
        assertEquals("Aa", aa);
        assertEquals("BB", bb);
        assertNotEquals(aa, lookUp(strings, "BB", random));
    }

    @Test
    void aReadKeepsOneInstanceOfTheNamesPeriodsAndFiguresItsRecordsRepeat() {
        var targets = new ArrayList<String>();
        for (int year = 2021; year <= 2030; year++) {
            targets.add("""
                    {"indicator": "grdp-growth", "relation": "at-least", "value": %d, "unit": "percent-per-year",
                     "period": "2021-2030", "quote": {"text": "Tăng trưởng GRDP %d", "source": "nq-01"}}"""
                    .formatted(6 + year % 2, year)); // figures 7 and 6 by turns
        }
        String json = """
                {"id": "long-an-2030", "kind": "master-plan", "province": "Long An", "title": "Quy hoạch",
                 "issuer": {"body": "Thủ tướng Chính phủ"}, "targets": [%s],
                 "sources": [{"ref": "nq-01"}]}""".formatted(String.join(",", targets));
        var plan = io.github.provplan.format.PlanReader.create().read(json, "test.json").plans().get(0);
        List<io.github.provplan.plan.Target> read = plan.targets();
        assertEquals(10, read.size());
        for (int i = 2; i < read.size(); i++) {
            assertSame(read.get(i % 2).value().orElseThrow(), read.get(i).value().orElseThrow());
        }
        for (var target : read) {
            assertSame(read.get(0).indicator(), target.indicator());
            assertSame(read.get(0).quote().source(), target.quote().source());
            assertSame(plan.sources().get(0).ref(), target.quote().source());
            assertSame(read.get(0).period(), target.period()); // shared by the decoding, not the parser
        }
    }
}
