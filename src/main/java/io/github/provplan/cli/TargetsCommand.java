package io.github.provplan.cli;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.catalog.TargetQuery;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Target;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "List targets: what the plans set out to reach, with their figures and years.")
final class TargetsCommand extends QueryCommand {
    @Mixin
    ProvinceOptions province;

    @Mixin
    FigureOptions figures;

    @Option(names = {"-i", "--indicator"}, paramLabel = "CODE", description = "Only this indicator, such as grdp-growth.")
    String indicator;

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR", description = "Only targets for this year (period ending in it).")
    Integer year;

    @Option(names = "--relation", paramLabel = "RELATION", description = "Only this relation: above, at-least, about, "
            + "plain, below, at-most, range, about-range, qualitative, nearly, about-above, path.")
    Relation relation;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only plans of this kind, such as master-plan.")
    PlanKind kind;



    @Option(names = "--in-force-on", paramLabel = "DATE", description = "Only targets in force on this day "
            + "(yyyy-MM-dd): of adopted plans issued by then, not yet expired, not replaced by a later document.")
    java.time.LocalDate inForceOn;


    @Override
    String what() {
        return "targets";
    }

    @Override
    int print(PlanCatalog catalog, PrintWriter out) {
        TargetQuery query = province.apply(catalog.targets());
        if (indicator != null) {
            query = query.indicator(indicator);
        }
        if (year != null) {
            query = query.year(year);
        }
        if (relation != null) {
            query = query.relation(relation);
        }
        if (kind != null) {
            query = query.planKind(kind);
        }
        if (figures.unit != null) {
            query = query.unit(figures.unit);
        }
        if (figures.quantity != null) {
            query = query.quantity(figures.quantity);
        }
        if (inForceOn != null) {
            query = query.inForceOn(inForceOn);
        }
        var ordered = query;
        List<Hit<Target>> hits = figures.ordered(ordered::list, ordered::listByFigure);
        var table = new Table("plan", "province", "indicator", "target", "period");
        var csv = table.with(MachineColumns.TARGET);
        hits.forEach(h -> {
            var cells = List.<Object>of(h.plan().id(), h.province(), h.item().indicator(), h.item().requirement(),
                    h.item().period());
            table.row(cells.toArray());
            csv.row(cells, MachineColumns.of(h.item()));
        });
        Output.print(out, common, table, csv, Output.hits(hits, "target"));
        return hits.size();
    }
}
