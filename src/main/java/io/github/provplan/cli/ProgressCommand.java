package io.github.provplan.cli;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.catalog.TargetQuery;
import io.github.provplan.evaluation.Evaluation;
import io.github.provplan.evaluation.RateProgress;
import io.github.provplan.evaluation.TargetEvaluator;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Show each target beside the latest figure reported for its province and indicator within "
                + "the plan's period (up to the target's year), and whether that figure meets it.",
            "With --rate, an average annual rate target also shows the average rate its remaining years need."})
final class ProgressCommand extends QueryCommand {
    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    @Mixin
    ProvinceOptions province;

    @Option(names = {"-i", "--indicator"}, paramLabel = "CODE", description = "Only this indicator.")
    String indicator;

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "Only targets for this year.")
    Integer year;

    @Option(names = "--rate", paramLabel = "YEAR=PERCENT", split = Main.LIST_SPLIT, splitSynopsisLabel = ",", converter = RateConverter.class,
            description = "Annual rates achieved, from the first year of an average annual rate target's period "
                    + "(2021=5,2022=5.2); needs --indicator.")
    java.util.List<Rate> rateList = new ArrayList<>();

    /** The rates by year, each year once. */
    private Map<Integer, BigDecimal> rates = new LinkedHashMap<>();

    /** One YEAR=PERCENT of --rate. */
    record Rate(int year, BigDecimal percent) {
    }

    /** Reads YEAR=PERCENT with the command line's own year and figure rules. */
    static final class RateConverter implements picocli.CommandLine.ITypeConverter<Rate> {
        @Override
        public Rate convert(String given) {
            String text = given.strip();
            String extra = Main.extraComma(text, "rate");
            if (extra != null) {
                throw new picocli.CommandLine.TypeConversionException(extra);
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new picocli.CommandLine.TypeConversionException(io.github.provplan.internal.Echo.of(text)
                        + " is not YEAR=PERCENT, such as 2021=5.2");
            }
            return new Rate(Main.year(text.substring(0, equals).strip()),
                    Main.figure(text.substring(equals + 1).strip()));
        }
    }

    @Option(names = "--all", description = "Also targets with no reported figure.")
    boolean all;

    @Option(names = "--in-force-on", paramLabel = "DATE", description = "Only targets in force on this day "
            + "(yyyy-MM-dd): of adopted plans issued by then, not yet expired, not replaced by a later document.")
    java.time.LocalDate inForceOn;

    @Option(names = "--on", paramLabel = "DATE", description = "The day progress is looked at (yyyy-MM-dd; today "
            + "by default): targets whose year ended before it have expired.")
    java.time.LocalDate on;

    @Option(names = "--with-expired", description = "Also targets whose year ended before the day of --on.")
    boolean expired;

    @Option(names = "--with-replaced", description = "Also targets that a later document of the catalog replaced "
            + "(superseded, or amended or adjusted with a revised figure).")
    boolean replaced;

    @Override
    String what() {
        return "targets with a reported figure";
    }

    /** One line of the report. */
    private record Line(Hit<Target> target, Optional<Observation> observation, String outcome, String explanation,
                        Optional<RateProgress> rate) {
    }

    @Override
    int print(PlanCatalog catalog, PrintWriter out) {
        rates = new LinkedHashMap<>();
        for (Rate rate : rateList) {
            if (rates.putIfAbsent(rate.year(), rate.percent()) != null) {
                throw new IllegalArgumentException("--rate gives " + rate.year() + " twice; give each year once");
            }
        }
        if (!rates.isEmpty() && indicator == null) {
            throw new IllegalArgumentException("--rate needs --indicator, to say which targets the rates are for");
        }
        rates.forEach((rateYear, rate) -> {
            // Said in the option's terms here: the library would name its own parameter.
            if (rate.compareTo(MINUS_HUNDRED) <= 0) {
                throw new IllegalArgumentException("--rate " + rateYear + "=" + rate.toPlainString()
                        + ": a rate of -100% or lower leaves nothing to grow");
            }
        });
        TargetQuery query = province.apply(catalog.targets());
        if (!replaced) {
            query = query.notReplaced();
        }
        if (!expired) {
            query = query.notExpiredOn(on != null ? on : java.time.LocalDate.now());
        }
        if (inForceOn != null) {
            query = query.inForceOn(inForceOn);
        }
        if (indicator != null) {
            query = query.indicator(indicator);
        }
        if (year != null) {
            query = query.year(year);
        }
        TargetEvaluator evaluator = TargetEvaluator.of(catalog.indicators());
        if (!rates.isEmpty()) {
            int first = new TreeMap<>(rates).firstKey();
            if (query.stream().noneMatch(hit -> hit.item().isAverageAnnual() && hit.item().period().start() == first)) {
                throw new IllegalArgumentException("--rate starts in " + first + ", but no average annual rate target "
                        + "found starts then; give the rates from the first year of the target's period");
            }
        }
        var lines = new ArrayList<Line>();
        for (Hit<Target> hit : query.list()) {
            int from = hit.plan().period().map(YearRange::start).orElse(hit.item().period().start());
            Optional<Observation> latest = catalog.observations().sameAreaAs(hit.plan())
                    .indicator(hit.item().indicator()).stream().map(Hit::item)
                    .filter(o -> o.period().year() >= from && o.period().year() <= hit.item().year())
                    // The latest is the one that ends last; of two that end together, the one covering more (a
                    // figure for 2021-2025 rather than for 2025 alone, for a target over 2021-2025).
                    .max(Comparator.comparing((Observation o) -> o.period().lastDay())
                            .thenComparing(o -> o.period().firstDay(), Comparator.reverseOrder()));
            // Rates are for the targets whose period they start: a province may have targets over other periods too.
            Optional<RateProgress> rate = hit.item().isAverageAnnual() && hit.item().relation().hasFigure()
                    && !rates.isEmpty() && new TreeMap<>(rates).firstKey() == hit.item().period().start()
                    ? Optional.of(evaluator.progress(hit.item(), new TreeMap<>(rates))) : Optional.empty();
            if (latest.isEmpty() && rate.isEmpty() && !all) {
                continue;
            }
            lines.add(judge(evaluator, hit, latest, rate));
        }
        var table = new Table("plan", "province", "indicator", "target", "period", "reported", "for", "outcome",
                "average still needed");
        var csv = table.with(java.util.stream.Stream.concat(
                MachineColumns.TARGET.stream().map(c -> "target_" + c),
                MachineColumns.OBSERVATION.stream().map(c -> "reported_" + c)).toList());
        var json = new ArrayList<Map<String, Object>>();
        for (Line line : lines) {
            Target target = line.target().item();
            var cells = java.util.Arrays.<Object>asList(line.target().plan().id(), line.target().province(),
                    target.indicator(), target.requirement(), target.period(),
                    line.observation().map(o -> o.value().toPlainString() + " " + o.unit().symbol()
                            + (o.estimate() ? " (est.)" : "")).orElse(""),
                    line.observation().map(o -> o.period().toString()).orElse(""), line.outcome(),
                    line.rate().flatMap(RateProgress::requiredAverage).map(r -> r.toPlainString() + " %/năm")
                            .orElse(""));
            table.row(cells.toArray());
            var machine = new ArrayList<String>(MachineColumns.of(target));
            machine.addAll(MachineColumns.of(line.observation()));
            csv.row(cells, machine);
            var entry = Output.entry(line.target(), "target", Hit::item);
            line.observation().ifPresent(o -> entry.put("observation", o));
            entry.put("outcome", line.outcome());
            entry.put("explanation", line.explanation());
            line.rate().ifPresent(r -> {
                entry.put("achievedAverage", r.achievedAverage());
                r.requiredAverage().ifPresent(required -> entry.put("requiredAverage", required));
            });
            json.add(entry);
        }
        Output.print(out, common, table, csv, json);
        return lines.size();
    }

    private static Line judge(TargetEvaluator evaluator, Hit<Target> hit, Optional<Observation> latest,
                              Optional<RateProgress> rate) {
        if (rate.isPresent()) {
            RateProgress progress = rate.get();
            String outcome = progress.outcome().code() + (progress.yearsLeft() == 0 ? ""
                    : progress.onTrack() ? ", on track" : ", off track");
            return new Line(hit, latest, outcome, progress.toString(), rate);
        }
        if (latest.isEmpty()) {
            return new Line(hit, latest, "no-figure", "no figure is reported for this province and indicator", rate);
        }
        try {
            Evaluation evaluation = evaluator.evaluate(hit.item(), latest.get());
            return new Line(hit, latest, evaluation.outcome().code(), evaluation.explanation(), rate);
        } catch (IllegalArgumentException e) {
            return new Line(hit, latest, "not-comparable", e.getMessage(), rate);
        }
    }
}
