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
import java.util.List;
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
            assertEquals(link + ":1:1: /: a symbolic link leading outside " + temp.toRealPath() + " is not followed (to "
                    + "/dev/zero); give its target as an argument to read it", problems(temp));
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

    private static final String PLAN = "{\"id\": \"%s\", \"kind\": \"resolution\", \"province\": \"Long An\", "
            + "\"title\": \"T\", \"issuer\": {\"body\": \"B\"}}";

    @Test
    void aLinkToTheRootOfTheFileSystemIsNotFollowed(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("a.json"), PLAN.formatted("a"));
        Path root = Files.createSymbolicLink(temp.resolve("everything"), Path.of("/"));
        assertEquals(root + ":1:1: /: a symbolic link leading outside " + temp.toRealPath()
                + " is not followed (to /); give its target as an argument to read it", problems(temp));
    }

    @Test
    void aLinkInsideTheTreeIsFollowedAndAFileReachedTwiceIsReadOnce(@TempDir Path temp) throws IOException {
        Path plans = Files.createDirectory(temp.resolve("plans"));
        Files.writeString(plans.resolve("a.json"), PLAN.formatted("a"));
        Files.createSymbolicLink(temp.resolve("same"), plans);
        Files.createSymbolicLink(temp.resolve("b.json"), plans.resolve("a.json"));
        var set = PlanReader.create().read(java.util.List.of(temp, plans.resolve("a.json")));
        assertEquals(java.util.List.of("a"), set.plans().stream().map(p -> p.id()).toList());
    }

    @Test
    void theWalkStopsAtTheFileAndByteLimits(@TempDir Path temp) throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(temp.resolve("p" + i + ".json"), PLAN.formatted("p" + i));
        }
        String files = assertThrows(PlanFormatException.class, () -> PlanReader.create()
                .withLimits(ReadLimits.defaults().withMaxFiles(3)).read(temp)).getMessage();
        // Named at the directory: which file the walk was at is the file system's order of listing.
        assertEquals(temp + ":1:1: /: more than 3 files to read (limit maxFiles); none was read", files);
        var reader = PlanReader.create().withLimits(ReadLimits.defaults().withMaxFiles(5));
        assertEquals(5, reader.read(temp).plans().size());
        Files.writeString(temp.resolve("p5.json"), PLAN.formatted("p5"));
        // Counted across the paths of a read, a file named twice once: p5.json, then the directory's six.
        assertEquals(temp + ":1:1: /: more than 5 files to read (limit maxFiles); none was read",
                assertThrows(PlanFormatException.class, () -> reader.read(List.of(temp.resolve("p5.json"), temp)))
                        .getMessage());
        long one = Files.size(temp.resolve("p0.json"));
        String bytes = assertThrows(PlanFormatException.class, () -> PlanReader.create()
                .withLimits(ReadLimits.defaults().withMaxTotalBytes(2 * one + 1)).read(temp)).getMessage();
        assertEquals(temp.resolve("p2.json") + ":1:1: /: the files read so far hold more than " + (2 * one + 1)
                + " bytes (limit maxTotalBytes); reading stopped at this file", bytes);
    }

    /** An empty path is the working directory to the file system; a script's unset variable would read all of it. */
    @Test
    void anEmptyPathIsAProblemNotTheWorkingDirectory() {
        assertEquals("(empty path):1:1: /: an empty path names no file; give a file or a directory ('.' for the "
                + "working directory)", assertThrows(PlanFormatException.class,
                        () -> PlanReader.create().read(Path.of(""))).getMessage());
    }

    @Test
    void aNamedPipeInsideTheTreeReachedByALinkIsRefused(@TempDir Path temp) throws Exception {
        Path pipe = temp.resolve("pipe");
        if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
            Path link = Files.createSymbolicLink(temp.resolve("pipe.json"), pipe);
            assertTrue(problems(temp).startsWith(link + ":1:1: /: not a regular file"), problems(temp));
        }
    }

    @Test
    void aFileOfTheKernelsFileSystemsIsRefusedWithoutReadingIt() {
        Path kmsg = Path.of("/proc/self/status"); // a "regular" file; /proc/kmsg would block a read for ever
        if (Files.exists(kmsg)) {
            assertEquals(kmsg + ":1:1: /: a file of the kernel's own file systems (/proc, /sys), whose reads may "
                    + "never end; give a JSON file or a directory of them", problems(kmsg));
        }
    }

    @Test
    void aFileReachedThroughAHardLinkIsReadOnce(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("a.json");
        Files.writeString(file, PLAN.formatted("a"));
        Files.createLink(temp.resolve("hard.json"), file);
        var set = PlanReader.create().read(java.util.List.of(file, temp.resolve("hard.json")));
        assertEquals(1, set.plans().size());
    }

    @Test
    void aFileNameIsShownWithItsEscapesWrittenOut(@TempDir Path temp) throws IOException {
        Path odd = temp.resolve("\u001b]0;x\u0007.json");
        Files.writeString(odd, "{}");
        String message = problems(temp);
        assertTrue(message.startsWith(temp + "/<U+001B>]0;x<U+0007>.json:1:1: /: "), message);
        assertTrue(message.chars().noneMatch(c -> c == 0x1b || c == 7), message);
    }
}
