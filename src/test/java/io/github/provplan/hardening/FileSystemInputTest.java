package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are no regular file are refused, located, without reading them: a named pipe would wait for ever and a
 * device (/dev/zero) never ends. A file larger than the limit is refused after reading just past the limit.
 */
class FileSystemInputTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static String problems(Path path) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(PlanFormatException.class,
                () -> PlanReader.create().read(path)).getMessage());
    }

    @Test
    void aDeviceAndALinkToOneAreRefused(@TempDir Path temp) throws IOException {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertTrue(problems(zero).startsWith("/dev/zero:1:1: /: not a regular file"), problems(zero));
            Path link = Files.createSymbolicLink(temp.resolve("zero.json"), zero);
            assertTrue(problems(temp).contains("zero.json:1:1: /: not a regular file"), problems(temp));
            assertTrue(problems(link).contains("not a regular file"));
        }
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path temp) throws Exception {
        Path pipe = temp.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertTrue(problems(pipe).contains("pipe.json:1:1: /: not a regular file"), problems(pipe));
            assertTrue(problems(temp).contains("not a regular file"));
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWhateverItsSizeSays(@TempDir Path temp) throws IOException {
        Path big = temp.resolve("big.json");
        Files.writeString(big, "[" + " ".repeat(5000) + "]");
        String message = assertThrows(PlanFormatException.class, () -> PlanReader.create()
                .withLimits(ReadLimits.defaults().withMaxDocumentBytes(1000)).read(big)).getMessage();
        assertEquals(big + ":1:1: /: the input is larger than 1000 bytes (limit maxDocumentBytes)", message);
    }
}
