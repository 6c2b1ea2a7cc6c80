package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.plan.Plan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** {@link PlanReader#streamLines}: a JSON Lines input read a line at a time, each problem on its own line. */
class JsonLinesTest {
    private static final List<Plan> SEEDS = PlanCatalog.bundled().plans().stream()
            // The seeds' plans: the real texts' use indicators their catalog files declare, which a stream lacks.
            .filter(p -> p.id().startsWith("long-an") || p.id().startsWith("lang-son")).toList();

    private static String line(int seed) {
        return JsonMapper.shared().writeValueAsString(SEEDS.get(seed));
    }

    /** The plans handed over, and the exception if the input has problems. */
    private record Read(List<Plan> plans, PlanFormatException failure) {
        List<String> problems() {
            return failure.problems().stream().map(Problem::toString).toList();
        }
    }

    private static Read read(PlanReader reader, byte[] bytes) {
        var plans = new ArrayList<Plan>();
        try {
            long count = reader.streamLines(new ByteArrayInputStream(bytes), "plans.jsonl", plans::add);
            assertEquals(plans.size(), count);
            return new Read(plans, null);
        } catch (PlanFormatException e) {
            return new Read(plans, e);
        }
    }

    private static Read read(String text) {
        return read(PlanReader.create(), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachLineIsAPlanAndBlankLinesAndCarriageReturnsAreSkipped() {
        Read read = read(line(0) + "\r\n\n  \t\r\n" + line(1) + "\n" + line(2));
        assertEquals(null, read.failure());
        assertEquals(SEEDS.subList(0, 3), read.plans());
    }

    @Test
    void aLineCutShortIsReportedOnItsLineAndTheNextLineIsStillRead() {
        String cut = line(1).substring(0, 40);
        Read read = read(line(0) + "\n" + cut + "\n" + line(2) + "\n");
        assertEquals(List.of(SEEDS.get(0), SEEDS.get(2)), read.plans());
        assertEquals(1, read.failure().problems().size(), read.failure()::getMessage);
        Problem problem = read.failure().problems().get(0);
        assertEquals(2, problem.line());
        assertEquals("the line ends before its plan is complete (an object, list, text or number is not finished); "
                + "a JSON Lines file holds one whole plan a line", problem.message());
        assertEquals("/1", problem.pointer().substring(0, 2), problem::toString);
    }

    @Test
    void twoPlansOnOneLineAreAProblemOfThatLine() {
        String two = line(1) + " " + line(2);
        Read read = read(line(0) + "\n" + two + "\n");
        assertEquals(List.of("plans.jsonl:2:" + (line(1).length() + 2) + ": /1: a second value on the line; a JSON "
                + "Lines file holds one plan a line"), read.problems());
    }

    @Test
    void whatFollowsThePlanOnItsLineIsNamed() {
        Read read = read(line(0) + " x\n" + line(1) + ",\n" + line(2) + "\u000b\n" + line(3) + "\u00a0\n");
        String rule = " after the plan on the line; a JSON Lines file holds one plan a line";
        assertEquals(List.of(
                "plans.jsonl:1:" + (line(0).length() + 2) + ": /0: unexpected word 'x'" + rule,
                "plans.jsonl:2:" + (line(1).length() + 1) + ": /1: unexpected ','" + rule,
                "plans.jsonl:3:" + (line(2).length() + 1) + ": /2: unexpected control character 11" + rule,
                "plans.jsonl:4:" + (line(3).length() + 1) + ": /3: unexpected '<U+00A0>' (NO-BREAK SPACE)"
                        + rule),
                read.problems());
        Read value = read(line(0) + "\n5 x\n");
        assertEquals(List.of("plans.jsonl:2:3: /1: unexpected word 'x' after the value on the line; a JSON Lines file "
                + "holds one plan a line"), value.problems().stream().filter(p -> p.contains("word")).toList());
    }

    @Test
    void aByteOrderMarkOnALaterLineIsRefusedAsOnTheFirst() {
        byte[] joined = (line(0) + "\n\uFEFF" + line(1) + "\n").getBytes(StandardCharsets.UTF_8);
        Read read = read(PlanReader.create(), joined);
        assertEquals(List.of("plans.jsonl:2:1: /1: the line starts with a byte order mark (BOM), as where files were "
                + "joined; save the file as UTF-8 without BOM"), read.problems());
        assertEquals(List.of(SEEDS.get(0)), read.plans());
    }

    @Test
    void aLineOfAnythingButAPlanIsAProblem() {
        Read read = read(line(0) + "\n[" + line(1) + "]\n7\n");
        assertEquals(List.of(
                "plans.jsonl:2:1: /1: expected a plan (an object) on the line, found a list; a JSON Lines file holds "
                        + "one plan a line",
                "plans.jsonl:3:1: /2: expected a plan (an object) on the line, found a number; a JSON Lines file "
                        + "holds one plan a line"),
                read.problems());
        assertEquals(List.of(SEEDS.get(0)), read.plans());
    }

    @Test
    void problemsInsideAPlanNameTheLineTheColumnOnItAndThePlansPlace() {
        // The second plan's title is a number: the problem stands on line 3 (after a blank line), at the column of
        // the value counted in characters, under /1 (the second plan of the input).
        String broken = line(1).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":7");
        int column = broken.indexOf("\"title\":7") + "\"title\":".length() + 1;
        Read read = read(line(0) + "\n\n" + broken + "\n");
        assertEquals(List.of("plans.jsonl:3:" + column + ": /1/title: expected text, found a number"),
                read.problems());
    }

    @Test
    void theTotalLimitFallsOnTheLineWhereItIsPassed() {
        String three = line(0) + "\n" + line(1) + "\n" + line(2) + "\n";
        byte[] four = (three + line(3) + "\n").getBytes(StandardCharsets.UTF_8);
        int threeBytes = three.getBytes(StandardCharsets.UTF_8).length;
        // Past the limit within line 4: the three lines before it are read whole (the read ahead of the lines does
        // not end the read early), and the problem is on line 4.
        Read cut = read(PlanReader.create().withLimits(ReadLimits.defaults().withMaxTotalBytes(threeBytes + 10)), four);
        assertEquals(List.of("plans.jsonl:4:1: /: the stream is longer than " + (threeBytes + 10) + " bytes (limit "
                + "maxTotalBytes); reading stopped here"), cut.problems());
        assertEquals(SEEDS.subList(0, 3), cut.plans());
        // An input of exactly the limit is within it.
        Read whole = read(PlanReader.create().withLimits(ReadLimits.defaults().withMaxTotalBytes(four.length)), four);
        assertEquals(SEEDS.subList(0, 4), whole.plans());
        assertEquals(null, whole.failure());
    }

    @Test
    void aStreamThatCannotTellWhatIsAvailableIsReadWhole() {
        // A named pipe opened with Files.newInputStream throws "Illegal seek" from available() on JDK 17.
        byte[] bytes = (line(0) + "\n" + line(1) + "\n").getBytes(StandardCharsets.UTF_8);
        var lines = new ArrayList<Plan>();
        assertEquals(2, PlanReader.create().streamLines(pipe(bytes), "pipe.jsonl", lines::add));
        assertEquals(SEEDS.subList(0, 2), lines);
        var streamed = new ArrayList<Plan>();
        assertEquals(2, PlanReader.create().stream(pipe(bytes), "pipe.jsonl", streamed::add));
        assertEquals(SEEDS.subList(0, 2), streamed);
    }

    private static java.io.InputStream pipe(byte[] bytes) {
        return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int available() throws java.io.IOException {
                throw new java.io.IOException("Illegal seek");
            }
        };
    }

    @Test
    void aLoneCarriageReturnInsideALineIsNoLineBreak() {
        // JSON counts it as white space, and Jackson as a line break: the problem after it is still on line 2, its
        // column counted from the line's start, the carriage return one character of it.
        String broken = "{\r" + line(1).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":7").substring(1);
        int column = broken.indexOf("\"title\":7") + "\"title\":".length() + 1;
        Read read = read(line(0) + "\n" + broken + "\n");
        assertEquals(List.of("plans.jsonl:2:" + column + ": /1/title: expected text, found a number"), read.problems());
    }

    @Test
    void aDuplicatePropertySaysWhereItWasFirstGivenOnItsOwnLine() {
        // The title given twice on line 3: both places are on line 3, not the first given on line 1 of the line alone.
        String twice = "{\"title\":\"T\"," + line(1).substring(1);
        int first = 2;
        int second = twice.indexOf("\"title\":", first) + 1;
        Read read = read(line(0) + "\n\n" + twice + "\n");
        assertEquals(List.of("plans.jsonl:3:" + second + ": /1/title: duplicate property 'title' (first given at line 3, "
                + "column " + first + ")"), read.problems());
    }

    @Test
    void anIdOnTwoLinesIsADuplicateOnTheSecond() {
        Read read = read(line(0) + "\n" + line(0) + "\n");
        assertEquals(List.of(SEEDS.get(0)), read.plans());
        assertEquals(List.of("plans.jsonl:2:" + (line(0).indexOf("\"id\":") + 6) + ": /1/id: duplicate plan id '"
                + SEEDS.get(0).id() + "'"), read.problems());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutBeingHeld() {
        // The limit is the first line's bytes exactly: it and the third (as long) are read, the second is not.
        String first = line(0);
        int bytes = first.getBytes(StandardCharsets.UTF_8).length;
        var reader = PlanReader.create().withLimits(ReadLimits.defaults().withMaxDocumentBytes(bytes));
        String longer = line(1);
        Read read = read(reader, (first + "\n" + longer + "\n" + first.replace(SEEDS.get(0).id(), "x".repeat(
                SEEDS.get(0).id().length()))).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("plans.jsonl:2:1: /1: the line is longer than " + bytes + " bytes (limit "
                + "maxDocumentBytes); a JSON Lines file holds one plan a line"), read.problems());
        assertEquals(2, read.plans().size());
        // The carriage return of a line ending \r\n is not the line's, and white space holds no plan however long.
        Read crlf = read(reader, (first + "\r\n" + " ".repeat(bytes + 5) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(null, crlf.failure());
        assertEquals(List.of(SEEDS.get(0)), crlf.plans());
        Read over = read(reader, (first + "x\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("plans.jsonl:1:1: /0: the line is longer than " + bytes + " bytes (limit "
                + "maxDocumentBytes); a JSON Lines file holds one plan a line"), over.problems());
    }

    @Test
    void invalidUtf8IsReportedOnItsLine() {
        byte[] good = (line(0) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        Read read = read(PlanReader.create(), both);
        assertEquals(List.of("plans.jsonl:2:8: /1: invalid UTF-8 at byte 8 of the line; save the file as UTF-8"),
                read.problems());
    }

    @Test
    void anInputWithoutAPlanOrNotInUtf8IsAProblem() {
        assertEquals(List.of("plans.jsonl:1:1: /: the input has no plan; expected JSON Lines of plans, a plan a line"),
                read("\n \n").problems());
        Read utf16 = read(PlanReader.create(), line(0).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(1, utf16.problems().size());
        assertEquals("plans.jsonl:1:1: /: the input is not UTF-8 but looks like UTF-16 or UTF-32; save it as UTF-8 (zero bytes "
                + "stand between its first characters)", utf16.problems().get(0));
    }

    /**
     * Lines broken at random among whole ones, some plans on two lines, some with indicators only their catalog file
     * declares: the plans handed over and every problem are what the located read alone gives, however many lines the
     * quick first read of each line took.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void eachLineReadsAsTheLocatedReadAloneReadsIt(long seed) {
        var random = new Random(seed);
        List<byte[]> plans = PlanCatalog.bundled().plans().stream().map(JsonMapper.shared()::writeValueAsBytes).toList();
        int handed = 0;
        int failed = 0;
        for (int round = 0; round < 60; round++) {
            var input = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < 6; i++) {
                byte[] plan = plans.get(random.nextInt(plans.size()));
                input.writeBytes(random.nextBoolean() ? QuickParserTest.mutate(plan, random) : plan);
                input.write('\n');
            }
            Read quick = read(PlanReader.create(), input.toByteArray());
            Read located = read(PlanReader.create().locatedOnly(), input.toByteArray());
            String what = "seed " + seed + ", round " + round;
            assertEquals(located.plans(), quick.plans(), what);
            assertEquals(located.failure() == null ? null : located.problems(),
                    quick.failure() == null ? null : quick.problems(), what);
            handed += quick.plans().size();
            failed += quick.failure() == null ? 0 : 1;
        }
        // Both ways must be taken: lines handed over, and inputs with problems.
        assertTrue(handed > 100, "only " + handed + " plans handed over");
        assertTrue(failed > 20, "only " + failed + " inputs with problems");
    }
}
