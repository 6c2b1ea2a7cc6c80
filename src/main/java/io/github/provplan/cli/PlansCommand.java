package io.github.provplan.cli;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.catalog.PlanQuery;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plans", mixinStandardHelpOptions = true,
        description = "List plans: master plans, resolutions, conclusions and the like.")
final class PlansCommand extends QueryCommand {
    @Mixin
    ProvinceOptions province;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only plans of this kind: master-plan, "
            + "socio-economic-plan, resolution, congress-resolution, government-resolution, action-programme, "
            + "conclusion-notice, meeting-conclusions, directive, decision, results-report, adjustment.")
    PlanKind kind;

    @Option(names = "--in-force", paramLabel = "YEAR", description = "Only plans covering this year.")
    Integer inForce;

    @Option(names = "--issuer", paramLabel = "NAME", description = "Only plans issued by this authority or person.")
    String issuer;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only plans whose title or objectives contain this.")
    String text;

    @Override
    String what() {
        return "plans";
    }

    @Override
    int print(PlanCatalog catalog, PrintWriter out) {
        PlanQuery query = province.apply(catalog.plans());
        if (kind != null) {
            query = query.kind(kind);
        }
        if (inForce != null) {
            query = query.inForce(inForce);
        }
        if (issuer != null) {
            query = query.issuer(issuer);
        }
        if (text != null) {
            query = query.text(text);
        }
        List<Plan> plans = query.list();
        var table = new Table("id", "kind", "province", "date", "number", "title");
        plans.forEach(p -> table.row(p.id(), p.kind().code(), catalog.area(p),
                p.issued().or(p::meetingDate).map(Object::toString).orElse(""),
                p.number().map(Object::toString).orElse(""), p.title()));
        Output.print(out, common, table, plans);
        return plans.size();
    }
}
