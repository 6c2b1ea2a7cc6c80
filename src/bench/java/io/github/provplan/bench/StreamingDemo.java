package io.github.provplan.bench;

import io.github.provplan.format.PlanReader;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a corpus as JSON Lines ({@code write SCALE FILE}), or reads one with provplan's streaming reader
 * ({@code read FILE}), printing what it read, how long it took and the most heap it used: the benchmark report runs
 * the reading in a JVM of {@code -Xmx256m}.
 */
public final class StreamingDemo {
    private StreamingDemo() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("write")) {
            write(Double.parseDouble(args[1]), Path.of(args[2]));
        } else {
            read(Path.of(args[1]));
        }
    }

    static void write(double scale, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JsonMapper mapper = JsonMapper.shared();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            NationalCorpus.forEach(scale, plan -> {
                try {
                    out.write(mapper.writeValueAsString(plan));
                    out.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    static void read(Path file) throws IOException {
        var targets = new AtomicLong();
        var peak = new AtomicLong();
        Runtime runtime = Runtime.getRuntime();
        long start = System.nanoTime();
        long plans;
        // -Dlines=true reads the file as the command line reads *.jsonl: a line at a time (PlanReader.streamLines).
        boolean lines = Boolean.getBoolean("lines");
        java.util.function.Consumer<io.github.provplan.plan.Plan> each = plan -> {
            targets.addAndGet(plan.targets().size());
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
        };
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            String source = file.getFileName().toString();
            plans = lines ? PlanReader.create().streamLines(in, source, each)
                    : PlanReader.create().stream(in, source, each);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf((lines ? "line by line: " : "") + "streamed %d plans with %d targets from %,d bytes in %d ms; max heap %d MB, heap used at "
                        + "most %d MB%n", plans, targets.get(), Files.size(file), millis,
                runtime.maxMemory() / (1024 * 1024), peak.get() / (1024 * 1024));
    }
}
