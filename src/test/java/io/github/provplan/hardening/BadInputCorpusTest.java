package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored corpus of bad inputs in src/test/resources/bad: each file must fail with the library's exception,
 * with a problem at the pointer and with the words its line in expected.tsv names, within a bounded time.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad");
    static final Duration BOUND = Duration.ofSeconds(10);

    /** One corpus entry: the file, and the problem it must produce. */
    record Entry(String file, String pointer, String fragment) {
        String category() {
            return file.substring(0, file.indexOf('-'));
        }
    }

    static List<Entry> entries() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cells -> new Entry(cells[0], cells[1], cells[2]))
                .toList();
    }

    static Stream<Arguments> corpus() throws IOException {
        return entries().stream().map(e -> Arguments.of(e.file(), e.pointer(), e.fragment()));
    }

    /** Reads bytes and returns the library's exception; any other outcome fails the test. */
    static PlanFormatException failure(PlanReader reader, byte[] bytes, String source) {
        return failure(reader, bytes, source, BOUND);
    }

    /** The same, within {@code bound}: a hang guard, not a speed test (speed is measured in the benchmarks). */
    static PlanFormatException failure(PlanReader reader, byte[] bytes, String source, Duration bound) {
        return assertTimeoutPreemptively(bound, () -> {
            try {
                reader.read(new ByteArrayInputStream(bytes), source);
            } catch (PlanFormatException e) {
                return e;
            } catch (Throwable t) {
                fail(source + " escaped as " + t, t);
            }
            return fail(source + " was read as valid");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputFailsWithItsProblem(String file, String pointer, String fragment) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
        List<Problem> problems = failure(PlanReader.create(), bytes, file).problems();
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(pointer) && p.message().contains(fragment)),
                () -> file + ": expected a problem at '" + pointer + "' saying '" + fragment + "', got\n"
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        assertTrue(problems.stream().allMatch(p -> p.source().equals(file) && p.line() >= 1 && p.column() >= 1));
        assertEachOnce(failure(PlanReader.create(), bytes, file), file);
    }

    /** A problem found by two checks of the same rule is one problem to the maintainer: it is listed once. */
    static void assertEachOnce(PlanFormatException e, String what) {
        var seen = new java.util.HashSet<Problem>();
        for (Problem problem : e.problems()) {
            if (!seen.add(problem)) {
                fail(what + ": reported twice: " + problem);
            }
        }
    }

    @Test
    void theCorpusListsEveryFileOnceAndEachFileIsListed() throws IOException {
        List<String> listed = entries().stream().map(Entry::file).sorted().toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList(),
                    listed);
        }
        assertEquals(listed.size(), listed.stream().distinct().count());
    }

    /** The categories and their counts, as docs/reliability.md lists them. */
    @Test
    void theCorpusCountsAreThoseTheDocsGive() throws IOException {
        Map<String, Long> counts = new TreeMap<>(entries().stream()
                .collect(Collectors.groupingBy(Entry::category, Collectors.counting())));
        String doc = Files.readString(Path.of("docs/reliability.md"), StandardCharsets.UTF_8);
        counts.forEach((category, count) -> assertTrue(doc.contains("| `" + category + "-` | " + count + " |"),
                () -> "docs/reliability.md lacks the row | `" + category + "-` | " + count + " |"));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total >= 100, "at least 100 stored bad inputs, not " + total);
        assertTrue(doc.contains("**" + total + " stored inputs**"), "docs/reliability.md states the total " + total);
    }

    @Test
    void validFileTheCorpusIsMadeFromReads() {
        assertFalse(PlanReader.create().read(Path.of("docs/examples/example-plan.json")).plans().isEmpty());
    }
}
