package io.github.provplan.cli;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "The catalog at a glance: documents per province and kind, what they hold, the headline "
                + "targets.")
final class SummaryCommand implements Callable<Integer> {
    /** The targets a reader looks at first: growth, income per head, budget revenue. */
    private static final Set<String> HEADLINE = Set.of(Indicators.GRDP_GROWTH, Indicators.GRDP_PER_CAPITA,
            Indicators.STATE_BUDGET_REVENUE);

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    /** What plans of one province and kind hold. */
    private static final class Counts {
        int plans;
        int targets;
        int directives;
        int observations;
        int proposals;

        void add(Plan plan) {
            plans++;
            targets += plan.targets().size();
            directives += plan.directives().size();
            observations += plan.observations().size();
            proposals += plan.proposals().size();
        }

        Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("plans", plans);
            json.put("targets", targets);
            json.put("directives", directives);
            json.put("observations", observations);
            json.put("proposals", proposals);
            return json;
        }
    }

    @Override
    public Integer call() {
        PlanCatalog catalog = common.catalog();
        PrintWriter out = spec.commandLine().getOut();
        var total = new Counts();
        Map<String, Map<PlanKind, Counts>> byProvince = new TreeMap<>();
        for (Plan plan : catalog.plans().list()) {
            total.add(plan);
            byProvince.computeIfAbsent(catalog.area(plan), p -> new TreeMap<>())
                    .computeIfAbsent(plan.kind(), k -> new Counts()).add(plan);
        }
        var documents = new Table("province", "kind", "plans", "targets", "directives", "observations", "proposals");
        var documentsJson = new ArrayList<Map<String, Object>>();
        byProvince.forEach((province, kinds) -> kinds.forEach((kind, counts) -> {
            documents.row(province, kind.code(), counts.plans, counts.targets, counts.directives, counts.observations,
                    counts.proposals);
            var entry = new LinkedHashMap<String, Object>();
            entry.put("province", province);
            entry.put("kind", kind.code());
            entry.putAll(counts.json());
            documentsJson.add(entry);
        }));
        List<Hit<Target>> headline = catalog.targets().stream().filter(h -> HEADLINE.contains(h.item().indicator()))
                .toList();
        var headlines = new Table("province", "indicator", "target", "period", "plan");
        headline.forEach(h -> headlines.row(h.province(), h.item().indicator(), h.item().requirement(),
                h.item().period(), h.plan().id()));

        switch (common.format) {
            case TABLE -> {
                long national = catalog.plans().stream().filter(Plan::isNational).count();
                long regional = catalog.plans().stream().filter(p -> p.scope().region().isPresent()).count();
                long provinces = byProvince.keySet().stream().filter(name -> !name.equals(Plan.WHOLE_COUNTRY)
                        && catalog.plans().stream().noneMatch(p -> p.scope().region().filter(name::equals)
                        .isPresent())).count();
                out.println("provplan catalog: " + total.plans + " plans about " + provinces
                        + (provinces == 1 ? " province" : " provinces")
                        + (national == 0 ? "" : ", " + national + " national")
                        + (regional == 0 ? "" : ", " + regional + " regional") + "; " + total.targets + " targets, "
                        + total.directives + " directives, " + total.observations + " reported figures, "
                        + total.proposals + " proposals");
                out.println();
                documents.printTable(out, common.tableWidth());
                out.println();
                out.println("Headline targets");
                headlines.printTable(out, common.tableWidth());
            }
            case CSV -> documents.printCsv(out);
            case JSON -> {
                var json = new LinkedHashMap<String, Object>();
                json.put("totals", total.json());
                json.put("documents", documentsJson);
                json.put("headlineTargets", Output.hits(headline, "target"));
                Output.print(out, common, documents, json);
            }
        }
        out.flush();
        return 0;
    }
}
