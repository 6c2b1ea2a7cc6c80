package io.github.provplan.cli;

import io.github.provplan.catalog.DirectiveQuery;
import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Theme;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "directives", mixinStandardHelpOptions = true,
        description = "List directives: who must do what, by when.")
final class DirectivesCommand extends QueryCommand {
    @Mixin
    ProvinceOptions province;

    @Option(names = {"-t", "--theme"}, paramLabel = "THEME", split = Main.LIST_SPLIT, splitSynopsisLabel = ",",
            description = "Only directives about any of these themes, such as transport,border-economy.")
    List<Theme> themes = new ArrayList<>();

    @Option(names = "--issuer", paramLabel = "NAME", description = "Only directives given by this authority or "
            + "person (\"Thủ tướng Chính phủ\", \"pham minh chinh\").")
    String issuer;

    @Option(names = "--deadline-before", paramLabel = "DATE", description = "Only deadlines wholly before this "
            + "date (yyyy-MM-dd).")
    LocalDate deadlineBefore;

    @Option(names = "--deadline-after", paramLabel = "DATE", description = "Only deadlines wholly after this date.")
    LocalDate deadlineAfter;

    @Option(names = "--from", paramLabel = "DATE", description = "Only plans dated on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only plans dated on or before this date.")
    LocalDate to;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only directives whose text contains this, "
            + "ignoring case and diacritics (\"giao thong\").")
    String text;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only plans of this kind.")
    PlanKind kind;

    @Override
    String what() {
        return "directives";
    }

    @Override
    int print(PlanCatalog catalog, PrintWriter out) {
        DirectiveQuery query = province.apply(catalog.directives());
        if (!themes.isEmpty()) {
            query = query.theme(themes.toArray(Theme[]::new));
        }
        if (issuer != null) {
            query = query.issuer(issuer);
        }
        if (deadlineBefore != null) {
            query = query.deadlineBefore(deadlineBefore);
        }
        if (deadlineAfter != null) {
            query = query.deadlineAfter(deadlineAfter);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from + "; no plan is dated in "
                    + "between");
        }
        if (from != null || to != null) {
            query = query.datedBetween(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
        }
        if (text != null) {
            query = query.text(text);
        }
        if (kind != null) {
            query = query.planKind(kind);
        }
        List<Hit<Directive>> hits = query.list();
        var table = new Table("plan", "province", "by", "to", "themes", "deadline", "action");
        hits.forEach(h -> table.row(h.plan().id(), h.province(), h.item().by(), h.item().to(),
                h.item().themes().stream().map(Theme::code).collect(Collectors.joining(",")),
                h.item().deadline().map(Object::toString).orElse(""), h.item().action()));
        Output.print(out, common, table, Output.hits(hits, "directive"));
        return hits.size();
    }
}
