package io.github.provplan.cli;

import io.github.provplan.internal.Echo;
import io.github.provplan.indicator.Quantity;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Filtering records by the unit of their figures, and ordering them by figure: for targets and observations. */
final class FigureOptions {
    @Option(names = "--unit", paramLabel = "CODE", description = "Only figures in this unit, such as million-vnd.")
    String unit;

    @Option(names = "--quantity", paramLabel = "KIND", description = "Only figures in units of this kind: money, "
            + "percent, percent-per-year, count, rank…")
    Quantity quantity;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "catalog", description = "catalog (the default), "
            + "value (smallest figure first; a range by its low end) or value-desc (largest first).")
    String sort;

    /** The records in the order asked for: the catalog's, or by figure with {@code byFigure(descending)}. */
    <T> List<T> ordered(Supplier<List<T>> inCatalogOrder, Function<Boolean, List<T>> byFigure) {
        return switch (sort) {
            case "catalog" -> inCatalogOrder.get();
            case "value" -> byFigure.apply(false);
            case "value-desc" -> byFigure.apply(true);
            default -> throw new IllegalArgumentException("--sort is catalog, value or value-desc, not " + Echo.of(sort));
        };
    }
}
