package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid files changed at random, from fixed seeds: each change either reads or fails with the library's exception,
 * whose problems are in the format's words, not the parser's.
 */
class MutationTest {
    private static final List<byte[]> VALID = load();
    private static final byte[] TOKENS = "{}[]:,\"0123456789.-eE \n\\ntruefalsenull".getBytes();

    private static List<byte[]> load() {
        try (var files = Files.list(Path.of("src/main/resources/io/github/provplan/catalog"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(MutationTest::bytes).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jackson's words, which a problem says in the format's words instead: its messages name features to enable,
     * character codes and its own source, and "invalid JSON:" is what the reader says before a message it has no
     * words of its own for.
     */
    private static final List<String> PARSER_WORDS = List.of("invalid JSON:", "Unexpected character", "(code ",
            "ReadFeature", "[Source", "REDACTED", "Object entries", "for Array", "for Object", "Unrecognized",
            "Invalid numeric value", "token '");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 500);
    }

    /** One to eight changes: a byte deleted, inserted, replaced by a JSON token, or a run of bytes duplicated. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        for (int n = 1 + random.nextInt(8); n > 0 && bytes.length > 1; n--) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(4)) {
                case 0 -> concat(slice(bytes, 0, at), slice(bytes, at + 1, bytes.length));
                case 1 -> concat(slice(bytes, 0, at), new byte[] {(byte) random.nextInt(256)},
                        slice(bytes, at, bytes.length));
                case 2 -> {
                    bytes[at] = TOKENS[random.nextInt(TOKENS.length)];
                    yield bytes;
                }
                default -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
                    yield concat(slice(bytes, 0, end), slice(bytes, at, bytes.length));
                }
            };
        }
        return bytes;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMutatedFileReadsOrFailsWithTheLibrarysException(long seed) {
        var random = new Random(seed);
        byte[] mutated = mutate(VALID.get(random.nextInt(VALID.size())), random);
        assertTimeoutPreemptively(BadInputCorpusTest.BOUND, () -> {
            try {
                PlanReader.create().read(new ByteArrayInputStream(mutated), "mutated-" + seed + ".json");
            } catch (PlanFormatException expected) {
                BadInputCorpusTest.assertEachOnce(expected, "seed " + seed);
                for (var problem : expected.problems()) {
                    for (String words : PARSER_WORDS) {
                        if (problem.message().contains(words)) {
                            fail("seed " + seed + ": the parser's own words reach the maintainer: " + problem);
                        }
                    }
                }
            } catch (Throwable t) {
                fail("seed " + seed + " escaped as " + t, t);
            }
        });
    }
}
