package io.github.provplan.cli;

import io.github.provplan.catalog.CatalogQuery;
import io.github.provplan.province.Era;
import picocli.CommandLine.Option;

/** Filtering by province, optionally following the 1 July 2025 succession, and by the plans' status. */
final class ProvinceOptions {
    @Option(names = {"-p", "--province"}, paramLabel = "NAME",
            description = "Only plans about this province (with or without diacritics: \"lang son\"), the country "
                    + "(\"Việt Nam\") or a region.")
    String province;

    @Option(names = "--with-predecessors",
            description = "With --province, also the units it was formed from on 1 July 2025 (Tây Ninh: Long An).")
    boolean predecessors;

    @Option(names = "--with-successors",
            description = "With --province, also the unit it became part of on 1 July 2025 (Long An: Tây Ninh).")
    boolean successors;

    @Option(names = "--era", paramLabel = "ERA", description = "With --province, the unit of that name in this "
            + "arrangement: before-july-2025 (the 63 units) or from-july-2025 (the 34).")
    Era era;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only plans in this status: adopted, draft, "
            + "proposed.")
    io.github.provplan.plan.PlanStatus status;

    <Q extends CatalogQuery<?, Q>> Q apply(Q query) {
        Q result = status == null ? query : query.status(status);
        if (province != null) {
            result = era == null ? result.province(province) : result.province(province, era);
        } else if (era != null || predecessors || successors) {
            throw new IllegalArgumentException((era != null ? "--era says which unit a --province name means"
                    : (predecessors ? "--with-predecessors" : "--with-successors") + " follows the succession of a "
                    + "--province") + "; give --province too");
        }
        result = predecessors ? result.includingPredecessors() : result;
        return successors ? result.includingSuccessors() : result;
    }

    /**
     * For an empty answer about a name both arrangements use, when the earlier unit of that name has plans of its
     * own: the name means the unit from 1 July 2025, and a city's master plan of 2023 is the earlier unit's.
     */
    String noMatchHint(io.github.provplan.catalog.PlanCatalog catalog) {
        if (province == null || era != null || predecessors) {
            return "";
        }
        var registry = catalog.provinces();
        var earlier = registry.find(province, Era.BEFORE_JULY_2025);
        var current = registry.find(province, Era.FROM_JULY_2025);
        if (earlier.isEmpty() || current.isEmpty()
                || catalog.plans().province(province, Era.BEFORE_JULY_2025).count() == 0) {
            return "";
        }
        return " for " + current.get().name() + " from 1 July 2025; the earlier " + earlier.get().name() + " has "
                + "plans of its own: add --era " + Era.BEFORE_JULY_2025.code() + " for them, --with-predecessors for "
                + "every unit " + current.get().name() + " was formed from";
    }
}
