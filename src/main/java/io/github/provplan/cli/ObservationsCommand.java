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

    @Option(names = {"-i", "--indicator"}, paramLabel = "CODE", description = "Only this indicator.")
    String indicator;

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "Only figures for a period in this year.")
    Integer year;

    @Option(names = "--estimates", description = "Only figures the text gives as estimates.")
    boolean estimates;

    @Option(names = "--unit", paramLabel = "CODE", description = "Only figures in this unit, such as million-vnd.")
    String unit;

    @Option(names = "--quantity", paramLabel = "KIND", description = "Only figures in units of this kind: money, "
            + "percent, percent-per-year, count, rank…")
    io.github.provplan.indicator.Quantity quantity;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "catalog", description = "catalog (the default), "
            + "value (smallest first) or value-desc (largest first).")
    String sort;

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
        if (unit != null) {
            query = query.unit(unit);
        }
        if (quantity != null) {
            query = query.quantity(quantity);
        }
        List<Hit<Observation>> hits = switch (sort) {
            case "catalog" -> query.list();
            case "value" -> query.listByFigure(false);
            case "value-desc" -> query.listByFigure(true);
            default -> throw new IllegalArgumentException("--sort is catalog, value or value-desc, not '" + sort + "'");
        };
        var table = new Table("plan", "province", "indicator", "value", "unit", "period", "estimate");
        // The value says how the text qualifies it ("nearly 352000") and the unit what a change is against.
        hits.forEach(h -> table.row(h.plan().id(), h.province(), h.item().indicator(),
                (h.item().relation() == io.github.provplan.plan.Relation.PLAIN ? ""
                        : h.item().relation().code().replace('-', ' ') + " ") + h.item().value().toPlainString(),
                h.item().unit().symbol() + h.item().comparedWith().map(c -> " on " + c).orElse(""), h.item().period(),
                h.item().estimate() ? "yes (" + h.item().status().code() + ")" : "no"));
        Output.print(out, common, table, Output.hits(hits, "observation"));
        return hits.size();
    }
}
