package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick first read of valid input (values not located, the first problem ending it) reads what the located read
 * alone reads: the same plans, indicators and units, and for input with a problem the same problems, as the located
 * read then words them. {@code QuickParserTest} compares the two parsers; this compares the two whole reads.
 */
class QuickFirstReadTest {
    private static final Path BUNDLED = Path.of("src/main/resources/io/github/provplan/catalog");

    /** A set read both ways: its plans, indicators and units, or its problems. */
    private static Object read(PlanReader reader, Map<String, byte[]> files) {
        try {
            return reader.readAll(files);
        } catch (PlanFormatException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    /** Says whether the set was valid, once both reads agree on it. */
    private static boolean agree(Map<String, byte[]> files, String what) {
        Object quick = read(PlanReader.create(), files);
        assertEquals(read(PlanReader.create().locatedOnly(), files), quick, what);
        return quick instanceof PlanSet;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> files() {
        return ShippedJson.everyFile();
    }

    /** Every JSON file of the repository, valid or not, on its own. */
    @ParameterizedTest
    @MethodSource("files")
    void eachFileReadsTheSameBothWays(Path file) {
        agree(Map.of(file.toString(), bytes(file)), file.toString());
    }

    /**
     * The bundled catalog, its files read as one set, with one of them broken at random: the cross-checks between
     * files (ids, declared indicators) as well as each file's own.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theBundledCatalogWithAFileBrokenReadsTheSameBothWays(long seed) throws IOException {
        var random = new Random(seed);
        List<Path> bundled;
        try (Stream<Path> walk = Files.list(BUNDLED)) {
            bundled = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(agree(files(bundled, null, null), "the bundled catalog"));
        int valid = 0;
        for (int round = 0; round < 40; round++) {
            Path broken = bundled.get(random.nextInt(bundled.size()));
            valid += agree(files(bundled, broken, QuickParserTest.mutate(bytes(broken), random)),
                    "seed " + seed + ", round " + round + ", " + broken) ? 1 : 0;
        }
        // A change inside a text or to white space leaves a file valid: both ways must be taken.
        assertTrue(valid > 2 && valid < 38, valid + " of 40 sets read");
    }

    private static Map<String, byte[]> files(List<Path> bundled, Path broken, byte[] brokenBytes) {
        var files = new LinkedHashMap<String, byte[]>();
        for (Path file : bundled) {
            files.put(file.getFileName().toString(), file.equals(broken) ? brokenBytes : bytes(file));
        }
        return files;
    }
}
