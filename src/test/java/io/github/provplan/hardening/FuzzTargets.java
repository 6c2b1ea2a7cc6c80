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
