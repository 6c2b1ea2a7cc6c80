package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.YearRange;
import java.io.ByteArrayInputStream;
import java.time.DateTimeException;

/**
 * Jazzer fuzz tests. Under plain {@code mvn verify} each replays the inputs stored beside it in
 * src/test/resources/io/github/provplan/hardening/FuzzTargetsInputs/&lt;method&gt;, found crashes included; see
 * docs/reliability.md for the command that fuzzes for real. The property: any input either reads or fails with
 * the library's own exception, and what reads, writes and reads back equal.
 */
class FuzzTargets {
    private static final PlanReader READER = PlanReader.create();

    @FuzzTest(maxDuration = "10m")
    void reader(byte[] input) {
        PlanSet set;
        try {
            set = READER.read(new ByteArrayInputStream(input), "fuzz.json");
        } catch (PlanFormatException expected) {
            return;
        }
        String written = PlanWriter.create().write(set);
        assertEquals(set, READER.read(written, "rewritten.json"));
        // The bytes a file gets: the UTF-8 the writer streams is the text's UTF-8, and reads back equal.
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            PlanWriter.create().write(set, bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(written.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                bytes.toByteArray());
        assertEquals(set, READER.read(new ByteArrayInputStream(bytes.toByteArray()), "rewritten.json"));
    }

    /**
     * Any text either is refused as plan text with an {@link IllegalArgumentException}, or is kept in NFC with
     * something visible, no control but tab and line breaks, no bidi control and no half character, and survives a
     * write and read as UTF-8 bytes unchanged; and however it is echoed in a message, the echo is short and shows
     * nothing invisible.
     */
    @FuzzTest(maxDuration = "10m")
    void text(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String echo = io.github.provplan.internal.Echo.of(text);
        org.junit.jupiter.api.Assertions.assertTrue(echo.length() <= 80 * 64 && echo.codePoints().noneMatch(c -> c != ' ' && isInvisible(c)), echo);
        String message = io.github.provplan.internal.Echo.message(text);
        org.junit.jupiter.api.Assertions.assertTrue(message.length() <= 2_100, "message of " + message.length());
        org.junit.jupiter.api.Assertions.assertTrue(message.codePoints().noneMatch(c -> c != ' ' && isInvisible(c)),
                message);
        io.github.provplan.plan.Quote quote;
        try {
            quote = io.github.provplan.plan.Quote.of(text, "s");
        } catch (IllegalArgumentException refused) {
            return;
        }
        String kept = quote.text();
        assertEquals(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC), kept);
        org.junit.jupiter.api.Assertions.assertFalse(io.github.provplan.internal.TextRules.isBlank(kept));
        org.junit.jupiter.api.Assertions.assertTrue(kept.codePoints().noneMatch(c -> c < 0x20 && c != '\t'
                && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0xD800 && c <= 0xDFFF), kept);
        var plan = io.github.provplan.plan.Plan.builder("p", io.github.provplan.plan.PlanKind.RESOLUTION, "Long An",
                kept, io.github.provplan.plan.Actor.of(kept)).source(new io.github.provplan.plan.Source("s",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty())).pillar(new io.github.provplan.plan.Pillar(
                kept, java.util.Optional.empty(), quote)).build();
        var set = new PlanSet(java.util.List.of(), java.util.List.of(), java.util.List.of(plan));
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            PlanWriter.create().write(set, bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(set, READER.read(new ByteArrayInputStream(bytes.toByteArray()), "text.json"));
    }

    /** What a terminal shows as nothing or acts on: controls, format characters, unpaired surrogates, blanks. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || Character.isWhitespace(c) && c != ' ' || Character.isSpaceChar(c) && c != ' ';
    }

    @FuzzTest(maxDuration = "10m")
    void documentNumber(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        DocumentNumber number;
        try {
            number = DocumentNumber.parse(text);
        } catch (IllegalArgumentException expected) {
            return;
        }
        assertEquals(number, DocumentNumber.parse(number.toString()));
    }

    @FuzzTest(maxDuration = "10m")
    void textParsers(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            PartialDate date = PartialDate.parse(text);
            assertEquals(date, PartialDate.parse(date.toString()));
        } catch (DateTimeException expected) {
            // not a date
        }
        try {
            YearRange range = YearRange.parse(text);
            assertEquals(range, YearRange.parse(range.toString()));
        } catch (IllegalArgumentException expected) {
            // not a year or period
        }
        try {
            ReportingPeriod period = ReportingPeriod.parse(text);
            assertEquals(period, ReportingPeriod.parse(period.toString()));
        } catch (IllegalArgumentException expected) {
            // not a reporting period
        }
    }
}
