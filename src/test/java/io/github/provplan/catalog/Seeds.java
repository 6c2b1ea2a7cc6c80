package io.github.provplan.catalog;

import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed texts in test resources, and the quotes the catalog takes from them. */
final class Seeds {
    static final Path DIRECTORY = Path.of("src/test/resources/seeds");
    /** The seed files, by name. */
    static final List<String> FILES = list();

    private Seeds() {
    }

    private static List<String> list() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed's text with every run of white space folded to one space. */
    static String folded(String file) {
        try {
            return fold(Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fold(String text) {
        // Unicode white space: the articles use no-break spaces (U+00A0) between some words.
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    /** Every quote of a plan: objectives, pillars, spatial model, targets, directives, observations, proposals. */
    /**
     * The bundled catalog's plans of the seeds alone, as a catalog: what the counts of the tests written for the five
     * articles were worked out by hand on.
     */
    static final PlanCatalog CATALOG = PlanCatalog.of(io.github.provplan.format.PlanSet.of(
            plans(PlanCatalog.bundled()).toList()));

    /** The plans of a catalog that come from the seeds (their sources are seed files), in catalog order. */
    static java.util.stream.Stream<Plan> plans(PlanCatalog catalog) {
        return catalog.plans().stream().filter(p -> p.sources().stream().allMatch(s -> FILES.contains(s.ref())));
    }

    static List<Quote> quotes(Plan plan) {
        var quotes = new ArrayList<Quote>();
        plan.objectives().forEach(o -> quotes.add(o.quote()));
        plan.pillars().forEach(p -> quotes.add(p.quote()));
        plan.spatialModel().ifPresent(m -> quotes.add(m.quote()));
        plan.targets().forEach(t -> quotes.add(t.quote()));
        plan.directives().forEach(d -> quotes.add(d.quote()));
        plan.observations().forEach(o -> quotes.add(o.quote()));
        plan.proposals().forEach(p -> quotes.add(p.quote()));
        return quotes;
    }
}
