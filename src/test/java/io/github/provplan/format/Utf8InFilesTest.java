package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte sequences that strict UTF-8 refuses are refused wherever they stand in a file, including those that a lenient
 * decoder would turn into a character (overlong forms, surrogates, code points above U+10FFFF); sequences that are
 * valid UTF-8 in the same places are read.
 */
class Utf8InFilesTest {
    private static final byte[] PLAN = bundled("long-an-pm-working-session-2023-07.json");

    private static final List<byte[]> INVALID = List.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xC1, (byte) 0xBF},
            new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
            new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xE1, (byte) 0xBA});
    private static final List<byte[]> VALID = List.of(
            new byte[] {(byte) 0xC2, (byte) 0xA9}, // U+00A9: U+0080 is a C1 control, which text refuses
            new byte[] {(byte) 0xE1, (byte) 0xBA, (byte) 0xA1},
            new byte[] {(byte) 0xEE, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBD}); // U+10FFFD: U+10FFFF is a noncharacter

    private static byte[] bundled(String name) {
        try (InputStream in = Utf8InFilesTest.class.getResourceAsStream("/io/github/provplan/catalog/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    /** Where text may take any character: just after the opening quote of a random quote's text. */
    private static int insideText(Random random) {
        String text = new String(PLAN, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at;
        do {
            at = text.indexOf("\"text\": \"", random.nextInt(text.length()));
        } while (at < 0);
        return at + "\"text\": \"".length();
    }

    private static byte[] inserted(byte[] sequence, int at) {
        byte[] bytes = new byte[PLAN.length + sequence.length];
        System.arraycopy(PLAN, 0, bytes, 0, at);
        System.arraycopy(sequence, 0, bytes, at, sequence.length);
        System.arraycopy(PLAN, at, bytes, at + sequence.length, PLAN.length - at);
        return bytes;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invalidSequencesInTextAreRefused(long seed) {
        var random = new Random(seed);
        int at = insideText(random);
        byte[] bytes = inserted(INVALID.get(random.nextInt(INVALID.size())), at);
        var e = assertThrows(PlanFormatException.class, () -> PlanReader.create().readAll(Map.of("p.json", bytes)));
        assertEquals(List.of("invalid UTF-8 at byte offset " + at + "; save the file as UTF-8"),
                e.problems().stream().map(Problem::message).toList());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validSequencesInTextAreRead(long seed) {
        var random = new Random(seed);
        byte[] bytes = inserted(VALID.get(random.nextInt(VALID.size())), insideText(random));
        assertEquals(1, PlanReader.create().readAll(Map.of("p.json", bytes)).plans().size());
    }
}
