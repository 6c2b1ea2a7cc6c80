package io.github.provplan.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The JSON documents in provplan's format that the project ships: examples, bundled plans and indicators. */
final class ShippedJson {
    private ShippedJson() {
    }

    static List<Path> all() {
        return Stream.of(Path.of("docs"), Path.of("src/main/resources/io/github/provplan/catalog"),
                        Path.of("src/main/resources/io/github/provplan/indicator"), Path.of("src/test/resources/valid"))
                .filter(Files::isDirectory)
                .flatMap(ShippedJson::walk)
                .filter(p -> p.toString().endsWith(".json"))
                .filter(p -> !p.startsWith(Path.of("docs/schema")))
                .sorted()
                .toList();
    }

    /**
     * Format 1 files written as data, not for the tests: the bundled catalog, the example and the bundled indicators
     * as they were before format 2, kept to prove that every v1 file keeps reading with the same meaning.
     */
    static List<Path> formatOne() {
        return walk(Path.of("src/test/resources/v1")).filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }

    /** Every JSON file of the repository the tests read: the shipped ones, format 1's, and the tests' own, valid or not. */
    static Stream<Path> everyFile() {
        var files = new java.util.ArrayList<>(all());
        files.addAll(formatOne());
        walk(Path.of("src/test/resources")).filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        return files.stream().distinct();
    }

    private static Stream<Path> walk(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
