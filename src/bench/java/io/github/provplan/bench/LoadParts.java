package io.github.provplan.bench;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import java.util.Locale;
import java.util.Map;

/**
 * Where the time of a load ready to query goes: the read (parse, validate, cross-check), the catalog's indexes, the
 * text index (built on the first text search) and who links to each plan (on the first question about targets in
 * force), each timed apart, load after load in one JVM, the best of each printed, with bare Jackson's load beside
 * them. What a goal of ready to query against bare Jackson leaves each part follows from these (docs/performance.md,
 * "What the missed goals would take"). Each part's best may come from another load, so the bests need not add up to
 * one load; the parts always run in this order, so a collection one part causes may fall in a later one.
 *
 * <p>Arguments: optionally the scale (default 1) and the number of loads (default 40). Run with a fixed, pre-touched
 * heap, as the benchmarks are: {@code java -Xmx12g -Xms12g -XX:+AlwaysPreTouch -cp ... LoadParts 1 40}.
 */
public final class LoadParts {
    private LoadParts() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, byte[]> files = NationalCorpus.files(scale);
        long read = Long.MAX_VALUE;
        long indexes = Long.MAX_VALUE;
        long text = Long.MAX_VALUE;
        long links = Long.MAX_VALUE;
        long jackson = Long.MAX_VALUE;
        long checksum = 0; // what each part returns, used, so that none of the work can be left out
        for (int i = 0; i < loads; i++) {
            long start = System.nanoTime();
            PlanSet set = PlanReader.create().readAll(files);
            long afterRead = System.nanoTime();
            PlanCatalog catalog = PlanCatalog.of(set);
            long afterIndexes = System.nanoTime();
            checksum += catalog.directives().text(QueryBenchmark.TEXT).first().isPresent() ? 1 : 0;
            long afterText = System.nanoTime();
            checksum += catalog.targets().notReplaced().first().isPresent() ? 1 : 0;
            long afterLinks = System.nanoTime();
            checksum += BareRecords.readAll(files).size();
            long afterJackson = System.nanoTime();
            read = Math.min(read, afterRead - start);
            indexes = Math.min(indexes, afterIndexes - afterRead);
            text = Math.min(text, afterText - afterIndexes);
            links = Math.min(links, afterLinks - afterText);
            jackson = Math.min(jackson, afterJackson - afterLinks);
        }
        System.out.printf(Locale.ROOT, "best of %d loads at %s×: read %.1f ms, indexes %.1f ms, text index %.1f ms, "
                        + "links %.1f ms; bare Jackson %.1f ms (checksum %d)%n", loads, scale, read / 1e6,
                indexes / 1e6, text / 1e6, links / 1e6, jackson / 1e6, checksum);
    }
}
