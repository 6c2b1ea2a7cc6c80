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
