package io.github.provplan.cli;

import io.github.provplan.catalog.PlanCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reads plans shares. */
final class CommonOptions {
    @Option(names = "--data", paramLabel = "PATH", arity = "1..*",
            description = "Read these files or directories of plans instead of the bundled catalog; *.jsonl "
                    + "files hold a plan a line and are read as streams.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--wide", description = "Show every cell of a table whole, however wide the table.")
    boolean wide;

    @Option(names = "--width", paramLabel = "COLUMNS", converter = Width.class,
            description = "Fit tables in this many columns (default: $COLUMNS when set, else 80).")
    Integer width;

    @Option(names = "--verbose", description = "Show the stack trace of an unexpected error.")
    boolean verbose;

    /** The width tables fit: all of it with --wide, else --width, else the terminal's ($COLUMNS), else 80. */
    int tableWidth() {
        if (wide) {
            return Integer.MAX_VALUE;
        }
        return width != null ? width : terminalWidth(System.getenv("COLUMNS"));
    }

    /** Terminals narrower than this are not fitted: a table of one-letter columns helps nobody. */
    static final int NARROWEST_TERMINAL = 20;
    static final int DEFAULT_WIDTH = 80;
    /** The widest table asked for, by --width or $COLUMNS. */
    static final int WIDEST = 10_000;

    /**
     * The width a shell's {@code COLUMNS} gives, or 80 when it gives none: Java cannot ask the terminal, and output
     * that goes to a file or a pipe has no width of its own.
     */
    static int terminalWidth(String columns) {
        if (columns != null && columns.matches("[0-9]{2,5}")) {
            int width = Integer.parseInt(columns);
            if (width >= NARROWEST_TERMINAL && width <= WIDEST) {
                return width;
            }
        }
        return DEFAULT_WIDTH;
    }

    /** A width of 20 to 10,000 columns. */
    static final class Width implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < NARROWEST_TERMINAL
                    || Integer.parseInt(text) > WIDEST) {
                throw new picocli.CommandLine.TypeConversionException(io.github.provplan.internal.Echo.of(text)
                        + " is not a width: give a number of columns from " + NARROWEST_TERMINAL + " to " + WIDEST);
            }
            return Integer.valueOf(text);
        }
    }

    /** The bundled catalog, or the one --data names, with a progress line while a large one is read. */
    PlanCatalog catalog() {
        if (data.isEmpty()) {
            return PlanCatalog.bundled();
        }
        try (Progress progress = Progress.start()) {
            var set = Inputs.all(data, progress);
            progress.indexing();
            return PlanCatalog.of(set);
        }
    }
}
