package io.github.provplan.cli;

import io.github.provplan.catalog.PlanCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reads plans shares. */
final class CommonOptions {
    @Option(names = "--data", paramLabel = "PATH", arity = "1..*",
            description = "Read these files or directories of plans instead of the bundled catalog.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--wide", description = "Do not shorten long text in tables.")
    boolean wide;

    @Option(names = "--verbose", description = "Show the stack trace of an unexpected error.")
    boolean verbose;

    PlanCatalog catalog() {
        return data.isEmpty() ? PlanCatalog.bundled() : PlanCatalog.read(data);
    }
}
