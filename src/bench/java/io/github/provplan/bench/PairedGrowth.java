package io.github.provplan.bench;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures load growth in pairs: each round loads the 1× corpus sixteen times and the 16× corpus once, one right
 * after the other in this JVM, with provplan and then with bare Jackson records, and divides the 16× time by the mean
 * 1× time of the same round. The speed of this machine drifts for tens of seconds at a time, and JMH measures the two
 * scales minutes apart; the loads of a round share whatever the machine is doing, so the median of the per-round
 * ratios says more about the growth than one run's two means. Which scale goes first alternates from round to
 * round, so that neither always follows the other's garbage.
 *
 * <p>Arguments: optionally the number of rounds (default 8), after {@value #WARM_UP_LOADS} loads at 1× that warm the
 * JIT up; {@code -Dready=true} measures provplan's loads ready to query. The classpath must hold the bench profile's
 * dependencies; run it with the heap flags of the benchmarks.
 */
public final class PairedGrowth {
    private static final int WARM_UP_LOADS = 15;
    private static final int SMALL_LOADS = 16;

    private PairedGrowth() {
    }

    /** What the last load made, kept until the next one starts, as JMH's blackhole keeps a result. */
    private static Object kept;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Map<String, byte[]> small = NationalCorpus.files(1);
        Map<String, byte[]> large = NationalCorpus.files(16);
        var reader = PlanReader.create();
        for (int i = 0; i < WARM_UP_LOADS; i++) {
            provplan(reader, small);
            BareRecords.readAll(small);
        }
        double[][] ratios = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            boolean smallFirst = round % 2 == 0;
            long[] provplan = pair(smallFirst, () -> provplan(reader, small), () -> provplan(reader, large));
            long[] jackson = pair(smallFirst, () -> BareRecords.readAll(small), () -> BareRecords.readAll(large));
            ratios[0][round] = (double) provplan[1] / provplan[0];
            ratios[1][round] = (double) jackson[1] / jackson[0];
            System.out.printf(Locale.ROOT, "round %d: provplan 1× %d ms, 16× %d ms, %.2f times; bare Jackson 1× %d ms, "
                    + "16× %d ms, %.2f times%n", round, provplan[0] / 1_000_000, provplan[1] / 1_000_000,
                    ratios[0][round], jackson[0] / 1_000_000, jackson[1] / 1_000_000, ratios[1][round]);
        }
        System.out.printf(Locale.ROOT, "median of %d rounds, 16× / 1×: provplan %.2f, bare Jackson %.2f%n", rounds,
                median(ratios[0]), median(ratios[1]));
    }

    /** The mean time of a 1× load and the time of a 16× load, in nanoseconds, the two run in the order asked. */
    private static long[] pair(boolean smallFirst, Supplier<?> smallLoad, Supplier<?> largeLoad) {
        long smallTime = 0;
        long largeTime = 0;
        if (!smallFirst) {
            largeTime = timed(largeLoad);
        }
        for (int i = 0; i < SMALL_LOADS; i++) {
            smallTime += timed(smallLoad);
        }
        if (smallFirst) {
            largeTime = timed(largeLoad);
        }
        return new long[] {smallTime / SMALL_LOADS, largeTime};
    }

    private static long timed(Supplier<?> load) {
        kept = null;
        long start = System.nanoTime();
        kept = load.get();
        return System.nanoTime() - start;
    }

    private static Object provplan(PlanReader reader, Map<String, byte[]> files) {
        PlanCatalog catalog = PlanCatalog.of(reader.readAll(files));
        if (READY) {
            // Ready to query, as LoadBenchmark.provplanReady: the text index and who links to each plan built.
            kept = catalog.directives().text(QueryBenchmark.TEXT).first();
            kept = catalog.targets().notReplaced().first();
        }
        return catalog;
    }

    /** With {@code -Dready=true}, each provplan load also builds the indexes made on first use, as in PairedLoad. */
    private static final boolean READY = Boolean.getBoolean("ready");

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
