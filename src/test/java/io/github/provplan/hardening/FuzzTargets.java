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
import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.evaluation.EconomicStructure;
import io.github.provplan.evaluation.Evaluation;
import io.github.provplan.evaluation.GrowthRates;
import io.github.provplan.evaluation.ProgressAssessment;
import io.github.provplan.evaluation.RateProgress;
import io.github.provplan.evaluation.SdgProgress;
import io.github.provplan.evaluation.TargetEvaluator;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Target;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Jazzer fuzz tests. Under plain {@code mvn verify} each replays the inputs stored beside it in
 * src/test/resources/io/github/provplan/hardening/FuzzTargetsInputs/&lt;method&gt;, found crashes included; see
 * docs/reliability.md for the command that fuzzes for real. The property: any input either reads or fails with
 * the library's own exception, and what reads, writes and reads back equal.
 */
class FuzzTargets {
    private static final PlanReader READER = PlanReader.create();
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();
    private static final List<Target> TARGETS = CATALOG.targets().list().stream().map(Hit::item).toList();
    private static final List<Observation> OBSERVATIONS = CATALOG.observations().list().stream().map(Hit::item)
            .toList();
    private static final List<Unit> UNITS = Unit.bundled();
    private static final TargetEvaluator EVALUATOR = TargetEvaluator.of(CATALOG.indicators());
    private static final Quote QUOTE = Quote.of("fuzzed", "fuzz.txt");

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
        org.junit.jupiter.api.Assertions.assertTrue(echo.length() <= 1_000
                && echo.codePoints().noneMatch(c -> c != ' ' && isInvisible(c)), echo);
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
        var set = PlanSet.of(plan);
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
                || type == Character.UNASSIGNED && (c & 0xFFFE) == 0xFFFE
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

    /**
     * The evaluation API's arithmetic with figures and years the fuzzer chooses (exponents up to ±2^31 included)
     * against the catalog's targets: each call returns, or throws {@link IllegalArgumentException}; nothing else
     * escapes, nothing hangs. What returns is checked where the answer is known.
     */
    @FuzzTest(maxDuration = "10m")
    void arithmetic(FuzzedDataProvider data) {
        Target target = data.pickValue(TARGETS);
        int operation = data.consumeInt(0, 10);
        try {
            switch (operation) {
                case 0 -> {
                    BigDecimal actual = figure(data);
                    Evaluation evaluation = EVALUATOR.evaluate(target, actual);
                    assertEquals(0, evaluation.actual().orElseThrow().compareTo(actual), evaluation.toString());
                }
                case 1 -> {
                    Observation observation = data.consumeBoolean() ? data.pickValue(OBSERVATIONS)
                            : new Observation(target.indicator(), figure(data), data.consumeBoolean() ? target.unit()
                                    : data.pickValue(UNITS), data.pickValue(OBSERVATIONS).period(),
                                    data.consumeBoolean(), QUOTE);
                    EVALUATOR.evaluate(target, observation);
                }
                case 2 -> EVALUATOR.evaluateChange(target, figure(data), figure(data));
                case 3 -> {
                    var rates = new TreeMap<Integer, BigDecimal>();
                    int year = data.consumeBoolean() ? target.period().start() : data.consumeInt();
                    for (int i = data.consumeInt(0, 12); i > 0; i--) {
                        rates.put(year++, figure(data));
                    }
                    RateProgress progress = EVALUATOR.progress(target, rates);
                    assertEquals(rates.size(), progress.yearsAchieved());
                    assertEquals(target.period().years() - rates.size(), progress.yearsLeft());
                }
                case 4 -> {
                    BigDecimal rate = figure(data);
                    BigDecimal average = GrowthRates.average(List.of(rate));
                    // One year's average is the rate itself, to 10 places.
                    assertEquals(0, rate.setScale(10, RoundingMode.HALF_EVEN).compareTo(average),
                            rate + " averages " + average);
                }
                case 5 -> GrowthRates.average(rates(data));
                case 6 -> GrowthRates.requiredAverage(figure(data), year(data), rates(data));
                case 7 -> {
                    ProgressAssessment assessment = data.consumeBoolean()
                            ? SdgProgress.assess(figure(data), year(data), figure(data), year(data), figure(data),
                                    year(data))
                            : SdgProgress.assessProjected(figure(data), year(data), figure(data), year(data),
                                    figure(data), year(data));
                    assertEquals(assessment.status() == io.github.provplan.evaluation.ProgressStatus.TARGET_ACHIEVED,
                            assessment.ratio().isEmpty(), assessment.toString());
                }
                case 8 -> {
                    ProgressAssessment assessment = data.consumeBoolean()
                            ? SdgProgress.assess(target, figure(data), year(data), figure(data), year(data))
                            : SdgProgress.assessProjected(target, figure(data), year(data), figure(data), year(data));
                    assertEquals(assessment.status() == io.github.provplan.evaluation.ProgressStatus.TARGET_ACHIEVED,
                            assessment.ratio().isEmpty(), assessment.toString());
                }
                case 9 -> {
                    Unit from = data.pickValue(UNITS);
                    Unit to = data.pickValue(UNITS);
                    BigDecimal value = figure(data);
                    BigDecimal converted = from.convert(value, to);
                    // Converting moves the decimal point and nothing else.
                    assertEquals(0, converted.scaleByPowerOfTen(to.scale() - from.scale()).compareTo(value),
                            value + " " + from + " " + to);
                }
                default -> {
                    var shares = new LinkedHashMap<String, BigDecimal>();
                    for (var indicator : CATALOG.indicators().structure("grdp")) {
                        if (data.consumeBoolean()) {
                            shares.put(indicator.code(), figure(data));
                        }
                    }
                    var structure = EconomicStructure.of(CATALOG.indicators(), "grdp", shares);
                    assertEquals(structure.sum().subtract(structure.sum()).signum(), 0);
                    structure.gapTo(structure).values().forEach(gap -> assertEquals(0, gap.signum()));
                }
            }
        } catch (IllegalArgumentException expected) {
            // refused, with the library's own message
        }
    }

    /**
     * A figure of the fuzzer's choosing: an unscaled value of up to 24 bytes and any scale, so 1E+2147483647 and
     * 1E-2147483648 are as likely as 7.5; or a value a plan has.
     */
    private static BigDecimal figure(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> BigDecimal.valueOf(data.consumeLong(-1_000_000, 1_000_000), data.consumeInt(0, 4));
            case 1 -> new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt());
            case 2 -> {
                byte[] bytes = data.consumeBytes(data.consumeInt(1, 24));
                yield new BigDecimal(bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes), data.consumeInt());
            }
            default -> data.pickValue(List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-100"),
                    new BigDecimal("-99.999999999999"), new BigDecimal("1E+18"), new BigDecimal("1E-12"),
                    new BigDecimal("999999999999999999.999999999999"), new BigDecimal("7.5")));
        };
    }

    /** A year or a count of years: one a plan has, or any int. */
    private static int year(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.consumeInt(1895, 2205) : data.consumeInt();
    }

    /** A few rates, or very many copies of one (a list that claims any size costs nothing to make). */
    private static List<BigDecimal> rates(FuzzedDataProvider data) {
        if (data.consumeInt(0, 7) == 0) {
            return Collections.nCopies(data.consumeInt(0, Integer.MAX_VALUE), figure(data));
        }
        var rates = new ArrayList<BigDecimal>();
        for (int i = data.consumeInt(0, 12); i > 0; i--) {
            rates.add(figure(data));
        }
        return rates;
    }
}
