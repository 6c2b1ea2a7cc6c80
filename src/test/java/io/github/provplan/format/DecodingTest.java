package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.provplan.plan.YearRange;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The decoding's table of parsed texts answers as its parser would, and parses a repeated text once. */
class DecodingTest {
    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    /**
     * Texts from a small vocabulary (one instance each, as the parser's short strings are) and texts made anew each
     * time, through two parsers: every answer is what its parser makes of the text, and a text met again as the same
     * instance with the same parser is parsed once while it keeps its slot.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void answersAsTheParserWould(long seed) {
        var random = new Random(seed);
        var decoding = new Decoding(Problems.failFast());
        var calls = new AtomicInteger();
        Function<String, YearRange> period = text -> {
            calls.incrementAndGet();
            return YearRange.parse(text);
        };
        Function<String, Integer> length = String::length;
        String[] vocabulary = {"2021-2030", "2026-2030", "2025", "2021-2025"};
        for (int i = 0; i < 2_000; i++) {
            String text = random.nextBoolean() ? vocabulary[random.nextInt(vocabulary.length)]
                    : (2000 + random.nextInt(90)) + "-" + (2090 + random.nextInt(10));
            if (random.nextInt(4) == 0) {
                assertEquals(text.length(), decoding.parsed(text, length));
            } else {
                assertEquals(YearRange.parse(text), decoding.parsed(text, period));
            }
        }
        calls.set(0);
        var fresh = new Decoding(Problems.failFast());
        YearRange first = fresh.parsed(vocabulary[0], period);
        assertSame(first, fresh.parsed(vocabulary[0], period));
        assertEquals(1, calls.get(), "parsed again although the slot held it");
    }

    @Test
    void aParserThatFailsIsAskedAgainEachTime() {
        var decoding = new Decoding(Problems.failFast());
        var calls = new AtomicInteger();
        Function<String, YearRange> failing = text -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("not a period: " + text);
        };
        String text = "2030-2021";
        assertThrows(IllegalArgumentException.class, () -> decoding.parsed(text, failing));
        assertThrows(IllegalArgumentException.class, () -> decoding.parsed(text, failing));
        assertEquals(2, calls.get());
    }
}
