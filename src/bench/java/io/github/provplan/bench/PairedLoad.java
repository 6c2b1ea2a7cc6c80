package io.github.provplan.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the load of two builds of provplan in pairs: each build in a class loader of its own in this JVM, both
 * loading the same corpus in turn, round after round, with bare Jackson between them. Loads of the same code a few
 * minutes apart differ by a quarter on a shared machine; the two loads of a round share whatever the machine is
 * doing, so the median of the per-round ratios shows a change of a few percent that separate runs cannot.
 *
 * <p>Arguments: the two checkouts (each built with {@code mvn compile}), then optionally the
 * scale (default 1) and the number of rounds (default 36); {@code -Dready=true} measures loads ready to query. The
 * classpath must hold the bench profile's dependencies.
 */
public final class PairedLoad {
    private PairedLoad() {
    }

    /** One build's entry points, reached by reflection through its own class loader. */
    private record Build(Object reader, Method readAll, Method catalogOf) {
        static Build of(Path checkout, ClassLoader dependencies) throws Exception {
            var loader = new URLClassLoader(new URL[] {checkout.resolve("target/classes").toUri().toURL()},
                    dependencies);
            Class<?> readerClass = loader.loadClass("io.github.provplan.format.PlanReader");
            Class<?> setClass = loader.loadClass("io.github.provplan.format.PlanSet");
            return new Build(readerClass.getMethod("create").invoke(null), readerClass.getMethod("readAll", Map.class),
                    loader.loadClass("io.github.provplan.catalog.PlanCatalog").getMethod("of", setClass));
        }

        long load(Map<String, byte[]> files) throws Exception {
            long start = System.nanoTime();
            Object catalog = catalogOf.invoke(null, readAll.invoke(reader, files));
            if (READY) {
                // Ready to query: the text index, built on the first text search, and who links to each plan.
                Object directives = catalog.getClass().getMethod("directives").invoke(catalog);
                Object text = directives.getClass().getMethod("text", String.class).invoke(directives,
                        QueryBenchmark.TEXT);
                text.getClass().getMethod("first").invoke(text);
                Object targets = catalog.getClass().getMethod("targets").invoke(catalog);
                Object notReplaced = targets.getClass().getMethod("notReplaced").invoke(targets);
                notReplaced.getClass().getMethod("first").invoke(notReplaced);
            }
            return System.nanoTime() - start;
        }
    }

    /** With {@code -Dready=true}, each load also builds the indexes made on first use, as a catalog ready to query. */
    private static final boolean READY = Boolean.getBoolean("ready");

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 36;
        // Only the dependencies are shared: provplan's own classes must come from each checkout, not from this one.
        var jars = new ArrayList<URL>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry).toUri().toURL());
            }
        }
        var dependencies = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Build[] builds = {Build.of(a, dependencies), Build.of(b, dependencies)};
        Map<String, byte[]> files = NationalCorpus.files(scale);
        long[][] times = new long[3][rounds];
        for (int round = 0; round < rounds; round++) {
            int first = round % 2; // each build goes first in every other round
            times[first][round] = builds[first].load(files);
            times[2][round] = jackson(files);
            times[1 - first][round] = builds[1 - first].load(files);
            System.out.printf(Locale.ROOT, "round %d: A %d ms, B %d ms, bare Jackson %d ms%n", round,
                    times[0][round] / 1_000_000, times[1][round] / 1_000_000, times[2][round] / 1_000_000);
        }
        int warm = rounds / 3; // the first third warms the JIT up
        System.out.printf(Locale.ROOT, "median of rounds %d to %d: B / A %.3f, bare Jackson / A %.3f, bare Jackson / B "
                + "%.3f%n", warm, rounds - 1, medianRatio(times[1], times[0], warm),
                medianRatio(times[2], times[0], warm), medianRatio(times[2], times[1], warm));
    }

    private static long jackson(Map<String, byte[]> files) {
        long start = System.nanoTime();
        BareRecords.readAll(files);
        return System.nanoTime() - start;
    }

    private static double medianRatio(long[] top, long[] bottom, int from) {
        double[] ratios = new double[top.length - from];
        for (int i = from; i < top.length; i++) {
            ratios[i - from] = (double) top[i] / bottom[i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }
}
