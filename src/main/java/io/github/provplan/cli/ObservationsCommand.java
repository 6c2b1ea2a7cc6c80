package io.github.provplan.cli;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.ObservationQuery;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.plan.Observation;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "observations", mixinStandardHelpOptions = true,
        description = "List reported figures, such as first-half 2023 GRDP growth.")
final class ObservationsCommand extends QueryCommand {
    @Mixin
    ProvinceOptions province;

    @Mixin
    FigureOptions figures;

    @Option(names = {"-i", "--indicator"}, paramLabel = "CODE", description = "Only this indicator.")
    String indicator;

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "Only figures for a period in this year.")
    Integer year;

    @Option(names = "--estimates", description = "Only figures the text gives as estimates.")
    boolean estimates;




    @Override
    String what() {
        return "observations";
    }

    @Override
    int print(PlanCatalog catalog, PrintWriter out) {
        ObservationQuery query = province.apply(catalog.observations());
        if (indicator != null) {
            query = query.indicator(indicator);
        }
        if (year != null) {
            query = query.year(year);
        }
        if (estimates) {
            query = query.estimate(true);
        }
        if (figures.unit != null) {
            query = query.unit(figures.unit);
        }
        if (figures.quantity != null) {
            query = query.quantity(figures.quantity);
        }
        var ordered = query;
        List<Hit<Observation>> hits = figures.ordered(ordered::list, ordered::listByFigure);
        var table = new Table("plan", "province", "indicator", "value", "unit", "period", "estimate");
        // The value says how the text qualifies it ("nearly 352000") and the unit what a change is against.
        var csv = table.with(MachineColumns.OBSERVATION.stream().map(c -> "figure_" + c).toList());
        hits.forEach(h -> {
            var cells = java.util.List.<Object>of(h.plan().id(), h.province(), h.item().indicator(),
                    (h.item().relation() == io.github.provplan.plan.Relation.PLAIN ? ""
                            : h.item().relation().code().replace('-', ' ') + " ") + h.item().value().toPlainString(),
                    h.item().unit().symbol() + h.item().comparedWith().map(c -> " on " + c).orElse(""),
                    h.item().period(), h.item().estimate() ? "yes (" + h.item().status().code() + ")" : "no");
            table.row(cells.toArray());
            csv.row(cells, MachineColumns.of(h.item()));
        });
        Output.print(out, common, table, csv, Output.hits(hits, "observation"));
        return hits.size();
    }
}
