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
import java.util.function.Consumer;

/**
 * What the command line reads: files and directories of JSON, read together as {@link PlanReader#read(List)} reads
 * them, and JSON Lines files ({@code *.jsonl}, one plan a line), each read as a stream ({@link PlanReader#stream}),
 * a plan at a time.
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
     * Reads every path, JSON Lines ones as streams, each plan handed to {@code each} (the plans of the JSON files
     * when they are all read); plans of different inputs are not checked against each other's ids when one of them
     * is JSON Lines.
     *
     * @return the units and indicators the JSON files declare
     * @throws PlanFormatException listing the problems of every input
     */
    static PlanSet read(List<Path> paths, Consumer<Plan> each, Progress progress) {
        var files = new ArrayList<Path>();
        var lines = new ArrayList<Path>();
        for (Path path : paths) {
            (isJsonLines(path) ? lines : files).add(path);
        }
        var problems = new ArrayList<Problem>();
        PlanSet set = PlanSet.of();
        if (!files.isEmpty()) {
            progress.reading(files);
            try {
                set = READER.read(files);
                set.plans().forEach(each);
            } catch (PlanFormatException e) {
                problems.addAll(e.problems());
            }
        }
        for (Path path : lines) {
            progress.streaming(path);
            try (InputStream in = Files.newInputStream(path)) {
                READER.stream(in, path.toString(), plan -> {
                    each.accept(plan);
                    progress.plan();
                });
            } catch (PlanFormatException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(path.toString(), 1, 1, "", "cannot read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanFormatException(problems);
        }
        return set;
    }

    /** Every plan of the paths in one set, for a catalog. */
    static PlanSet all(List<Path> paths, Progress progress) {
        if (paths.stream().noneMatch(Inputs::isJsonLines)) {
            progress.reading(paths);
            return READER.read(paths);
        }
        var plans = new ArrayList<Plan>();
        PlanSet files = read(paths, plans::add, progress);
        return PlanSet.of(files.units(), files.indicators(), plans);
    }
}
