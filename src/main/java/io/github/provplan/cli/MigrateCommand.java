package io.github.provplan.cli;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.indicator.IndicatorRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Rewrites plan files in format 2, each file keeping its shape (one plan, a list of plans, a catalog object). The
 * files are first read together, so that nothing is written unless all of them are valid; each rewritten file is read
 * back and must give the same records, so that a migration never loses a fact.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Rewrite plan files (format 1 or 2) as format 2, in place or below --out.",
            "Nothing is written unless every file is valid; each written file is read back and compared."})
final class MigrateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files, or directories of *.json files.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the files below this directory, at the same relative paths, instead of in place.")
    Path out;

    @Spec
    CommandSpec spec;

    private static final java.util.regex.Pattern FORMAT_2 = java.util.regex.Pattern.compile("\"formatVersion\"\\s*:\\s*2");

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PlanSet all;
        try {
            all = PlanReader.create().read(paths);
        } catch (PlanFormatException e) {
            int count = Main.list(e, stdout);
            stdout.flush();
            spec.commandLine().getErr().println("provplan: nothing migrated: " + count
                    + (count == 1 ? " problem" : " problems"));
            return Main.PROBLEMS;
        }
        var sets = readEach(paths);
        // Everything is made and read back in memory first, so that nothing is written unless all of it can be.
        var outputs = new java.util.LinkedHashMap<Path, Path>();
        var texts = new java.util.LinkedHashMap<Path, String>();
        var writtenFrom = new java.util.HashMap<Path, Path>();
        var problems = new ArrayList<String>();
        PlanReader declared = declaredBy(sets.values());
        // A file reached twice (named twice, or by a hard or symbolic link) is migrated once, as the reader reads it.
        var seen = new java.util.HashSet<Object>();
        for (Path root : paths) {
            for (Path file : jsonFiles(root)) {
                Object key = java.nio.file.Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey();
                if (!seen.add(key != null ? key : file.toRealPath())) {
                    continue;
                }
                PlanSet set = sets.get(file);
                String original = Files.readString(file, StandardCharsets.UTF_8);
                String written = rewrite(original, set);
                Path target = out == null ? file : out.resolve(relative(root, file));
                Path other = writtenFrom.putIfAbsent(target.toAbsolutePath().normalize(), file);
                if (other != null) {
                    problems.add(file + ": would be written to " + target + ", as " + other + " is; give --out "
                            + "directories that keep them apart");
                    continue;
                }
                if (!readerFor(set, declared).read(written, target.toString()).equals(set)) {
                    throw new IllegalStateException("the migrated " + file + " does not read back as it reads; "
                            + "nothing was written, please report this");
                }
                outputs.put(file, target);
                texts.put(file, written);
                if (!FORMAT_2.matcher(original).find()) {
                    assumedEras(set).forEach(note -> spec.commandLine().getErr().println("provplan: " + file + ": "
                            + note));
                }
            }
        }
        for (Path target : outputs.values()) {
            Path parent = target.toAbsolutePath().getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent != null && !Files.isDirectory(parent)) {
                problems.add(target + ": cannot be written, " + parent + " is a file, not a directory");
            } else if (parent != null && !Files.isWritable(parent)) {
                problems.add(target + ": cannot be written, " + parent + " is not writable");
            } else if (Files.isDirectory(target)) {
                problems.add(target + ": cannot be written, it is a directory");
            } else if (out != null && parent != null && Files.exists(out)
                    && !parent.toRealPath().startsWith(out.toRealPath())) {
                problems.add(target + ": cannot be written, its directory leads outside " + out + " (to "
                        + parent.toRealPath() + ")");
            } else if (out != null && Files.isSymbolicLink(target)) {
                // Writing through it would replace a file outside --out.
                problems.add(target + ": cannot be written, it is a symbolic link (to " + Files.readSymbolicLink(target)
                        + "); migrate writes no file through a link");
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(stdout::println);
            stdout.flush();
            spec.commandLine().getErr().println("provplan: nothing migrated: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
            return Main.PROBLEMS;
        }
        int plans = 0;
        int written = 0;
        for (var output : outputs.entrySet()) {
            Path file = output.getKey();
            Path target = output.getValue();
            try {
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.writeString(target, texts.get(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                stdout.flush();
                spec.commandLine().getErr().println("provplan: cannot write " + target + ": "
                        + io.github.provplan.internal.IoErrors.describe(e) + "; " + (written == 0
                        ? "no file was migrated" : "the " + written + (written == 1 ? " file" : " files")
                        + " listed above were migrated, the others were not"));
                return Main.PROBLEMS;
            }
            written++;
            int count = sets.get(file).plans().size();
            stdout.println("migrated " + file + (target.equals(file) ? "" : " -> " + target) + " ("
                    + count + (count == 1 ? " plan)" : " plans)"));
            plans += count;
        }
        int files = outputs.size();
        stdout.println("migrated " + files + (files == 1 ? " file, " : " files, ") + plans
                + (plans == 1 ? " plan" : " plans") + " to formatVersion " + PlanWriter.FORMAT_VERSION);
        return 0;
    }

    /**
     * Format 1 named a province without its era. Where the name is used by both arrangements and the document's date
     * does not tell which it meant, the migrated file states the era format 1 read (from 1 July 2025): said aloud, so
     * that a maintainer can check it.
     */
    private static List<String> assumedEras(PlanSet set) {
        var notes = new ArrayList<String>();
        var registry = io.github.provplan.province.ProvinceRegistry.bundled();
        for (var plan : set.plans()) {
            if (plan.scope().level() != io.github.provplan.plan.Scope.Level.PROVINCES
                    || io.github.provplan.plan.Plan.eraOf(plan.issued(), plan.meetingDate(), plan.period()).isPresent()) {
                continue;
            }
            String name = plan.scope().provinces().get(0);
            if (registry.find(name, io.github.provplan.province.Era.BEFORE_JULY_2025).isPresent()
                    && registry.find(name, io.github.provplan.province.Era.FROM_JULY_2025).isPresent()) {
                notes.add("plan " + plan.id() + ": its date does not tell which " + name + " it means; the migrated "
                        + "file says " + plan.scope().era().orElseThrow().code() + ", as format 1 read the name: check "
                        + "it");
            }
        }
        return notes;
    }

    /**
     * Each file read alone: with the bundled indicators, or, for a file that uses what another file declares, with
     * those declarations too. The set as a whole was read before, so every file reads one way or the other.
     */
    private static java.util.Map<Path, PlanSet> readEach(List<Path> paths) throws IOException {
        var sets = new java.util.LinkedHashMap<Path, PlanSet>();
        var pending = new ArrayList<Path>();
        for (Path root : paths) {
            for (Path file : jsonFiles(root)) {
                try {
                    sets.put(file, PlanReader.create().read(file));
                } catch (PlanFormatException e) {
                    pending.add(file);
                }
            }
        }
        PlanReader declared = declaredBy(sets.values());
        for (Path file : pending) {
            sets.put(file, declared.read(file));
        }
        return sets;
    }

    private static PlanReader declaredBy(java.util.Collection<PlanSet> sets) {
        var indicators = new ArrayList<io.github.provplan.indicator.Indicator>();
        var units = new ArrayList<io.github.provplan.indicator.Unit>();
        sets.forEach(set -> {
            indicators.addAll(set.indicators());
            units.addAll(set.units());
        });
        return PlanReader.create(IndicatorRegistry.bundled().with(indicators, units));
    }

    /** The reader a file was read with: one that knows what the other files declare, if it uses that. */
    private static PlanReader readerFor(PlanSet own, PlanReader declared) {
        return own.indicators().isEmpty() && own.units().isEmpty() ? declared : PlanReader.create();
    }

    /** The file's own shape, in format 2. */
    private static String rewrite(String original, PlanSet set) {
        String text = original.stripLeading();
        PlanWriter writer = PlanWriter.create();
        if (text.startsWith("[")) {
            return writer.write(set.plans());
        }
        boolean catalog = !set.indicators().isEmpty() || !set.units().isEmpty() || set.plans().size() != 1
                || text.contains("\"plans\"");
        return catalog ? writer.write(set) : writer.write(set.plans().get(0));
    }

    private static List<Path> jsonFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            var files = new ArrayList<Path>();
            walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().forEach(files::add);
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Path relative(Path root, Path file) {
        return Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
    }
}
