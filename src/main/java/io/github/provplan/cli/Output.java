package io.github.provplan.cli;

import io.github.provplan.catalog.Hit;
import io.github.provplan.format.PlanWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prints a command's result in the format asked for. */
final class Output {
    private Output() {
    }

    /** Prints the table, or for JSON the value in provplan's canonical style. */
    static void print(PrintWriter out, CommonOptions options, Table table, Object json) {
        print(out, options, table, table, json);
    }

    /** The same, with a CSV table of its own: the table's columns and machine ones ({@link MachineColumns}). */
    static void print(PrintWriter out, CommonOptions options, Table table, Table csv, Object json) {
        switch (options.format) {
            case TABLE -> table.printTable(out, options.tableWidth());
            case CSV -> csv.printCsv(out);
            case JSON -> {
                try {
                    PlanWriter.create().writeValue(json, out); // streamed: a large answer needs no text of its own
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        out.flush();
    }

    /** Hits as JSON: each record in the documented format, with the id of its plan and the plan's province. */
    static <T> List<Map<String, Object>> hits(List<Hit<T>> hits, String kind) {
        return hits.stream().map(hit -> entry(hit, kind, h -> h.item())).toList();
    }

    static <T> Map<String, Object> entry(Hit<T> hit, String kind, Function<Hit<T>, Object> value) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("plan", hit.plan().id());
        entry.put("province", hit.province());
        entry.put(kind, value.apply(hit));
        return entry;
    }
}
