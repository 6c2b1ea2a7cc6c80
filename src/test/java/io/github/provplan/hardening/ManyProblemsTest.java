package io.github.provplan.hardening;

import static io.github.provplan.hardening.BadInputCorpusTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.format.Problem;
import io.github.provplan.format.ReadLimits;
import io.github.provplan.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs with a great many problems, values or members, and text a message must not echo whole: made at test time,
 * each read in Surefire's 256 MB heap and bounded in time (a bound against hangs, generous, not a speed test).
 */
class ManyProblemsTest {
    /**
     * The hang guard for these generated megabytes: the corpus's ten seconds held alone, but an object of half a
     * million distinct names took 2-6 s a read here on two busy cores (Jackson's name tables), and once past ten.
     */
    private static final Duration GENERATED = Duration.ofSeconds(60);

    private static final PlanReader READER = PlanReader.create();

    /** A format 1 plan, minified on one line, whose targets list holds {@code items}. */
    private static byte[] plan(String items) {
        return ("{\"id\": \"p\", \"kind\": \"resolution\", \"province\": \"Long An\", \"title\": \"T\", "
                + "\"issuer\": {\"body\": \"B\"}, \"targets\": [" + items + "]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String repeat(String item, int times) {
        var text = new StringBuilder(item.length() * times + times);
        for (int i = 0; i < times; i++) {
            text.append(i == 0 ? "" : ",").append(item);
        }
        return text.toString();
    }

    @Test
    void problemsOnOneLongLineAreCappedAndCounted() {
        // 320,000 objects of one unknown property each, on one line of about 5 MB: each is a problem (and each
        // misses its required properties), and columns are found without scanning the line again for each.
        PlanFormatException e = failure(READER, plan(repeat("{\"ß\": 1}", 320_000)), "long-line.json", GENERATED);
        List<Problem> problems = e.problems();
        assertEquals(1000, problems.size());
        // Each object misses its required properties too: at least the 320,000 unknown ones are counted.
        assertTrue(e.unlisted() >= 320_000 - 1000, "counted " + e.unlisted());
        assertEquals(1000 + e.unlisted(), e.problemCount());
        assertTrue(e.getMessage().endsWith("\n" + e.unlisted() + " more problems are not listed (limit maxProblems)"));
        // The first "ß" stands at column 110 (109 characters before it), the second 9 further: {"ß": 1} and a
        // comma are 9 characters, though "ß" is 2 bytes.
        Problem second = problems.stream().filter(p -> p.pointer().equals("/targets/1/ß")).findFirst().orElseThrow();
        assertEquals(119, second.column());
    }

    @Test
    void theProblemCapIsTheCallersToSet() {
        var reader = READER.withLimits(ReadLimits.defaults().withMaxProblems(3));
        PlanFormatException e = failure(reader, plan(repeat("{\"x\": 1}", 10)), "few.json", GENERATED);
        // Ten targets, each with an unknown property 'x' and without indicator, relation, unit, period and quote:
        // 60 problems.
        assertEquals(3, e.problems().size());
        assertEquals(57, e.unlisted());
        assertEquals(60, e.problemCount());
        assertEquals("57 more problems are not listed (limit maxProblems)", e.unlistedLine());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("not listed")));
    }

    @Test
    void tenMillionValuesOnOneLineStopAtTheValueLimit() {
        // 20 MB, under the document limit, but a tree of that many values would not fit in the heap (the red team's
        // 50 MB line is the same class; 20 MB leaves the heap room for the tests that run beside this one).
        byte[] bytes = new byte[20_000_001];
        bytes[0] = '[';
        for (int i = 1; i < bytes.length - 1; i += 2) {
            bytes[i] = '1';
            bytes[i + 1] = ',';
        }
        bytes[bytes.length - 2] = '1';
        bytes[bytes.length - 1] = ']';
        PlanFormatException e = failure(READER, bytes, "values.json", GENERATED);
        // The values read before the limit are reported too (each is a number where a plan belongs), up to the cap.
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("values.json:1:2000000: /999999: more than 1000000 values in one input (limit "
                + "maxValues); reading stopped here"), () -> problems.get(problems.size() - 1));
        assertEquals(999_000, e.unlisted());
        assertEquals(1_000_000, e.problemCount());
    }

    @Test
    void anObjectOfHalfAMillionMembersIsCheckedForDuplicatesByHash() {
        var members = new StringBuilder("{\"id\": \"p\"");
        for (int i = 0; i < 500_000; i++) {
            members.append(", \"m").append(i).append("\": 1");
        }
        members.append(", \"m7\": 2}");
        PlanFormatException e = failure(READER, members.toString().getBytes(StandardCharsets.UTF_8), "wide.json",
                GENERATED);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().startsWith("duplicate property 'm7' (first given "
                + "at line 1, column 76)")), () -> e.problems().get(0).toString());
    }

    @Test
    void aMillionCharacterNameIsEchoedShortWithItsLength() {
        String name = "tên".repeat(20) + "x".repeat(899_940);
        PlanFormatException e = failure(READER, plan("{\"" + name + "\": 1}"), "name.json", GENERATED);
        Problem unknown = e.problems().stream().filter(p -> p.message().startsWith("unknown property"))
                .findFirst().orElseThrow();
        assertEquals("unknown property '" + "tên".repeat(20) + "…' (900000 characters); expected aim, baseYear, "
                + "high, indicator, low, period, quote, relation, unit, value", unknown.message());
    }

    /** A valid plan of {@code targets} targets. */
    private static byte[] big(int targets) {
        String target = "{\"indicator\": \"grdp-growth\", \"relation\": \"at-least\", \"value\": 8.5, \"unit\": "
                + "\"percent\", \"period\": \"2025\", \"quote\": {\"text\": \"Tốc độ tăng trưởng kinh tế (GRDP) bình "
                + "quân đạt 8,5%\", \"source\": \"s\"}}";
        byte[] head = ("{\"id\": \"p\", \"kind\": \"resolution\", \"province\": \"Long An\", \"title\": \"T\", "
                + "\"issuer\": {\"body\": \"B\"}, \"period\": \"2021-2025\", \"sources\": [{\"ref\": \"s\"}], "
                + "\"targets\": [").getBytes(StandardCharsets.UTF_8);
        byte[] one = target.getBytes(StandardCharsets.UTF_8);
        // Made as bytes at their size: as text, the 17 MB of Vietnamese took 34 MB a copy, and the copies of its
        // making left this heap-bound test close to the 256 MB the tests run in.
        var out = new ByteArrayOutputStream(head.length + targets * (one.length + 1) + 2);
        out.writeBytes(head);
        for (int i = 0; i < targets; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(one);
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aPlanTheReaderAcceptsIsWrittenAsAStreamInTheSameHeap() throws Exception {
        // 90,000 targets, about 17 MB and 900,000 values: within every limit.
        byte[] bytes = big(90_000);
        PlanSet set = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> READER.read(new java.io.ByteArrayInputStream(bytes), "big.json"));
        Plan plan = set.plans().get(0);
        assertEquals(90_000, plan.targets().size());
        long[] written = {0};
        var counting = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanWriter.create().write(set, counting));
        // The same bytes as the text the small-plan method gives, for one target's worth.
        PlanSet one = READER.read(new java.io.ByteArrayInputStream(big(1)), "one.json");
        var out = new ByteArrayOutputStream();
        PlanWriter.create().write(one, out);
        assertEquals(PlanWriter.create().write(one), out.toString(StandardCharsets.UTF_8));
        assertTrue(written[0] > bytes.length, "wrote " + written[0]);
    }

    @Test
    void aPropertyNameWithEscapesAndAMillionCharactersIsAShortVisiblePointer() {
        String name = "\u001b]0;pwned\u0007" + "x".repeat(900_000);
        PlanFormatException e = failure(READER, ("{\"formatVersion\": 2, \"" + name.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007") + "\": 1}").getBytes(StandardCharsets.UTF_8), "pointer.json");
        Problem unknown = e.problems().stream().filter(p -> p.message().startsWith("unknown property")).findFirst()
                .orElseThrow();
        assertEquals("/<U+001B>]0;pwned<U+0007>" + "x".repeat(50) + "…(900010 characters)", unknown.pointer());
        assertTrue(e.getMessage().length() < 5_000, "a message of " + e.getMessage().length());
    }

    /** A bracket, then {@code filler} without end. */
    private static java.io.InputStream endless(char filler) {
        return new java.io.InputStream() {
            private boolean first = true;

            @Override
            public int read() {
                if (first) {
                    first = false;
                    return '[';
                }
                return filler;
            }
        };
    }

    @Test
    void anEndlessStreamStopsAtTheStreamLimit() {
        var endless = endless(' ');
        var reader = READER.withLimits(ReadLimits.defaults().withMaxTotalBytes(1_000_000));
        PlanFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> org.junit.jupiter.api
                .Assertions.assertThrows(PlanFormatException.class, () -> reader.stream(endless, "endless.json",
                        plan -> { })));
        assertTrue(e.getMessage().contains("the stream is longer than 1000000 bytes (limit maxTotalBytes); reading "
                + "stopped here"), e.getMessage());
    }

    @Test
    void theStreamLimitIsReportedWhereReadingStopped() {
        // A bracket, then line breaks without end: the limit is passed on line 1,000,000 (999,999 line breaks fit),
        // not at the bracket, the last token read.
        var endless = endless('\n');
        var reader = READER.withLimits(ReadLimits.defaults().withMaxTotalBytes(1_000_000));
        PlanFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> org.junit.jupiter.api
                .Assertions.assertThrows(PlanFormatException.class, () -> reader.stream(endless, "endless.json",
                        plan -> { })));
        assertEquals(List.of("endless.json:1000000:1: /: the stream is longer than 1000000 bytes (limit maxTotalBytes); "
                + "reading stopped here"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void limitsTooLargeForAnyHeapAreRefusedByName() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReadLimits.defaults().withMaxValues(Integer.MAX_VALUE));
        assertEquals("maxValues must be between 1000 and 100000000 to read real plans, not 2147483647", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReadLimits.defaults().withMaxDocumentBytes(Long.MAX_VALUE));
    }
}
