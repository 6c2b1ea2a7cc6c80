package io.github.provplan.cli;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.Problem;
import io.github.provplan.format.ReadLimits;
import io.github.provplan.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command line reads: files and directories of JSON, read together as {@link PlanReader#read(List)} reads
 * them, and JSON Lines files ({@code *.jsonl}, one plan a line), each read a line and a plan at a time
 * ({@link PlanReader#streamLines}).
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The reader of the command line: the library's limits but the total, which protects a server from what it is
     * sent; a maintainer's own directory or stream may hold more than its 1 GiB, and the heap is the bound then.
     */
    static final PlanReader READER = PlanReader.create().withLimits(ReadLimits.defaults()
            .withMaxTotalBytes(1L << 40));

    static boolean isJsonLines(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".jsonl")
                && !Files.isDirectory(path);
    }

    /**
     * Reads every path, JSON Lines ones as streams (a file named twice is read once), each plan handed to
     * {@code each} with the name of the input it came from. A stream's plans are checked with the bundled indicators
     * and units only; ids must be unique across all the inputs, and a plan whose id an earlier input's plan has is a
     * problem, not handed over. Only the ids are kept of a stream, so that any length fits.
     *
     * @return the units and indicators the JSON files declare
     * @throws PlanFormatException listing the problems of every input
     */
    static PlanSet read(List<Path> paths, java.util.function.BiConsumer<String, Plan> each, Progress progress) {
        var files = new ArrayList<Path>();
        var lines = new java.util.LinkedHashMap<Path, Path>();
        for (Path path : paths) {
            if (isJsonLines(path)) {
                lines.putIfAbsent(real(path), path);
            } else {
                files.add(path);
            }
        }
        var problems = new ArrayList<Problem>();
        int unlisted = 0;
        var sourceOf = new java.util.HashMap<String, String>();
        java.util.function.BiConsumer<String, Plan> unique = (source, plan) -> {
            String first = sourceOf.putIfAbsent(plan.id(), source);
            if (first == null) {
                each.accept(source, plan);
            } else {
                // Each input's own ids were checked with its lines; a plan of another input has no line here.
                problems.add(new Problem(source, 1, 1, "", "plan id '" + plan.id() + "' is also the id of a plan of "
                        + first + "; ids must be unique across the inputs"));
            }
        };
        PlanSet set = PlanSet.of();
        if (!files.isEmpty()) {
            progress.reading(files);
            try {
                set = READER.read(files);
                String source = files.size() == 1 ? files.get(0).toString() : files.toString();
                set.plans().forEach(plan -> unique.accept(source, plan));
            } catch (PlanFormatException e) {
                problems.addAll(e.problems());
                unlisted = (int) Math.min(Integer.MAX_VALUE, (long) unlisted + e.unlisted());
            }
        }
        for (Path path : lines.values()) {
            progress.streaming(path);
            try (InputStream in = Files.newInputStream(path)) {
                READER.streamLines(in, path.toString(), plan -> {
                    unique.accept(path.toString(), plan);
                    progress.plan();
                });
            } catch (PlanFormatException e) {
                problems.addAll(e.problems());
                unlisted = (int) Math.min(Integer.MAX_VALUE, (long) unlisted + e.unlisted());
            } catch (IOException e) {
                problems.add(new Problem(path.toString(), 1, 1, "", "cannot read: "
                        + io.github.provplan.internal.IoErrors.describe(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanFormatException(problems, unlisted);
        }
        return set;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize(); // reading it says what is wrong
        }
    }

    /** Every plan of the paths in one set, for a catalog; ids must be unique across the inputs. */
    static PlanSet all(List<Path> paths, Progress progress) {
        if (paths.stream().noneMatch(Inputs::isJsonLines)) {
            progress.reading(paths);
            return READER.read(paths);
        }
        var plans = new ArrayList<Plan>();
        PlanSet files = read(paths, (source, plan) -> plans.add(plan), progress);
        return PlanSet.of(files.units(), files.indicators(), plans);
    }
}
