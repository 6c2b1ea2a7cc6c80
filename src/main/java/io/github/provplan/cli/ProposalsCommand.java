package io.github.provplan.cli;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.catalog.ProposalQuery;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Theme;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "proposals", mixinStandardHelpOptions = true,
        description = "List what provinces ask of the centre.")
final class ProposalsCommand extends QueryCommand {
    @Mixin
    ProvinceOptions province;

    @Option(names = {"-t", "--theme"}, paramLabel = "THEME", split = Main.LIST_SPLIT, splitSynopsisLabel = ",",
            description = "Only proposals about any of these themes.")
    List<Theme> themes = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "Only proposals whose text contains this.")
    String text;

    @Override
    String what() {
        return "proposals";
    }

    @Override
    int print(PlanCatalog catalog, PrintWriter out) {
        ProposalQuery query = province.apply(catalog.proposals());
        if (!themes.isEmpty()) {
            query = query.theme(themes.toArray(Theme[]::new));
        }
        if (text != null) {
            query = query.text(text);
        }
        List<Hit<Proposal>> hits = query.list();
        var table = new Table("plan", "province", "from", "to", "themes", "request");
        hits.forEach(h -> table.row(h.plan().id(), h.province(), h.item().from(), String.join("; ", h.item().to()),
                h.item().themes().stream().map(Theme::code).collect(Collectors.joining(",")), h.item().request()));
        Output.print(out, common, table, Output.hits(hits, "proposal"));
        return hits.size();
    }
}
