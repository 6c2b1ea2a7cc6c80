package io.github.provplan.hardening;

import static io.github.provplan.hardening.BadInputCorpusTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.Problem;
import io.github.provplan.format.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs too large or too many to store: made at test time. Surefire runs the tests with -Xmx256m, so none of
 * these may need more memory than that, and each is bounded in time.
 */
class HostileInputTest {
    private static final PlanReader READER = PlanReader.create();

    /** The problem that stopped the read: the last one, since problems come in document order. */
    private static String message(PlanFormatException e) {
        return e.problems().get(e.problems().size() - 1).message();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String example() throws IOException {
        return Files.readString(Path.of("docs/examples/example-plan.json"), StandardCharsets.UTF_8);
    }

    /** Every place where the example plan has a structural character: the file cut just before it. */
    static IntStream structuralPoints() throws IOException {
        String text = example();
        return IntStream.range(0, text.length()).filter(i -> "{}[]:,\"".indexOf(text.charAt(i)) >= 0);
    }

    @ParameterizedTest
    @MethodSource("structuralPoints")
    void truncatedAtEveryStructuralPoint(int length) throws IOException {
        String cut = example().substring(0, length);
        PlanFormatException e = failure(READER, utf8(cut), "cut.json");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("ends before the document is complete")
                || p.message().contains("the input is empty")), e::getMessage);
    }

    @Test
    void structuralPointsAreMany() throws IOException {
        assertTrue(structuralPoints().count() > 300);
    }

    @Test
    void nesting100000ListsDeep() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("nested deeper than 64 levels (limit maxDepth)", message(failure(READER, utf8(deep), "deep.json")));
    }

    @Test
    void nesting100000ObjectsDeep() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertEquals("nested deeper than 64 levels (limit maxDepth)", message(failure(READER, utf8(deep), "deep.json")));
    }

    @Test
    void numberWith200000Digits() {
        String json = "{\"id\": \"p\", \"vision\": " + "9".repeat(200_000) + "}";
        assertEquals("number longer than 100 characters (limit maxNumberLength)",
                message(failure(READER, utf8(json), "digits.json")));
    }

    @Test
    void string30MegabytesLong() {
        byte[] json = utf8("{\"id\": \"p\", \"title\": \"" + "x".repeat(30 * 1024 * 1024) + "\"}");
        assertEquals("text longer than 1000000 characters (limit maxStringLength)",
                message(failure(READER, json, "long.json")));
    }

    @Test
    void propertyName100000CharactersLong() {
        String json = "{\"" + "k".repeat(100_000) + "\": 1}";
        assertEquals("property name longer than 50000 characters (limit maxStringLength)",
                message(failure(READER.withLimits(ReadLimits.defaults().withMaxStringLength(50_000)), utf8(json),
                        "name.json")));
    }

    @Test
    void file100MegabytesLargeIsRefusedBeforeItIsRead(@TempDir Path directory) throws IOException {
        Path big = directory.resolve("big.json");
        try (var file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        var e = assertTimeoutPreemptively(BadInputCorpusTest.BOUND, () -> {
            try {
                READER.read(big);
                return null;
            } catch (PlanFormatException expected) {
                return expected;
            }
        });
        assertEquals("the input is larger than 67108864 bytes (limit maxDocumentBytes)", message(e));
    }

    @Test
    void stream100MegabytesLargeIsCutAtTheLimit() {
        InputStream endless = new InputStream() {
            private long left = 100L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        var reader = READER.withLimits(ReadLimits.defaults().withMaxDocumentBytes(8 * 1024 * 1024));
        var e = assertTimeoutPreemptively(BadInputCorpusTest.BOUND, () -> {
            try {
                reader.read(endless, "stream");
                return null;
            } catch (PlanFormatException expected) {
                return expected;
            }
        });
        assertEquals("the input is larger than 8388608 bytes (limit maxDocumentBytes)", message(e));
    }

    @Test
    void limitsAreTheCallersToChange() {
        var tight = READER.withLimits(ReadLimits.defaults().withMaxDepth(8).withMaxNumberLength(20));
        assertEquals("nested deeper than 8 levels (limit maxDepth)",
                message(failure(tight, utf8("[".repeat(9) + "]".repeat(9)), "d.json")));
        // At the ninth level's bracket, by each way of reading: the parser was closed by then, and stood at the end.
        byte[] deep = utf8("{\"a\": " + "[".repeat(12) + "]".repeat(12) + "}");
        String at = "d.json:1:14: /a/0/0/0/0/0/0/0: nested deeper than 8 levels (limit maxDepth)";
        assertTrue(failure(tight, deep, "d.json").problems().stream().map(Object::toString).anyMatch(at::equals),
                () -> failure(tight, deep, "d.json").problems().toString());
        var streamed = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
                () -> tight.stream(new java.io.ByteArrayInputStream(deep), "d.json", plan -> { }));
        assertEquals(List.of(at),
                streamed.problems().stream().map(Object::toString).toList());
        assertEquals("number longer than 20 characters (limit maxNumberLength)",
                message(failure(tight, utf8("[" + "1".repeat(21) + "]"), "n.json")));
    }

    @Test
    void aDirectoryWithAnUnreadableFileAndASymlinkLoop(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("good.json"), example(), StandardCharsets.UTF_8);
        Files.createSymbolicLink(directory.resolve("broken.json"), directory.resolve("missing-target.json"));
        Path sub = Files.createDirectory(directory.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), directory);
        var e = assertTimeoutPreemptively(BadInputCorpusTest.BOUND, () -> {
            try {
                READER.read(directory);
                return null;
            } catch (PlanFormatException expected) {
                return expected;
            }
        });
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(directory.resolve("broken.json") + ":1:1: /: cannot read the file: no such file",
                sub.resolve("loop") + ":1:1: /: cannot read: a symbolic link loops back on itself"), messages);
    }
}
