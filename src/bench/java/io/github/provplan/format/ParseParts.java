package io.github.provplan.format;

import io.github.provplan.bench.NationalCorpus;
import java.util.Locale;
import java.util.Map;

/**
 * The quick read's parse of the corpus alone, with {@link QuickParser} and, for comparison, as it was before step 30:
 * the UTF-8 check, then Jackson's parser into the same tree without positions. Round after round in one JVM, the
 * best of each printed, with a loop that only reads every byte as a floor. In this package, as both parsers are the
 * reader's own business.
 *
 * <p>Arguments: optionally the scale (default 1) and the number of rounds (default 30). Run with a fixed, pre-touched
 * heap, as the benchmarks are: {@code java -Xmx12g -Xms12g -XX:+AlwaysPreTouch -cp ... ParseParts 1 30}.
 */
public final class ParseParts {
    private ParseParts() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, byte[]> files = NationalCorpus.files(scale);
        var quick = new QuickParser(ReadLimits.defaults());
        var jackson = new TreeParser(ReadLimits.defaults());
        long quickBest = Long.MAX_VALUE;
        long jacksonBest = Long.MAX_VALUE;
        long bytesBest = Long.MAX_VALUE;
        long checksum = 0; // what each part returns, used, so that none of the work can be left out
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            var strings = new ShortStrings();
            for (byte[] bytes : files.values()) {
                checksum += quick.parse(bytes, strings).plain() ? 1 : 0;
            }
            long afterQuick = System.nanoTime();
            strings = new ShortStrings();
            for (byte[] bytes : files.values()) {
                checksum += Utf8.firstInvalid(bytes);
                checksum += jackson.parse(bytes, "bench", Problems.failFast(), strings).broken() ? 1 : 0;
            }
            long afterJackson = System.nanoTime();
            for (byte[] bytes : files.values()) {
                for (byte b : bytes) {
                    checksum += b;
                }
            }
            long afterBytes = System.nanoTime();
            quickBest = Math.min(quickBest, afterQuick - start);
            jacksonBest = Math.min(jacksonBest, afterJackson - afterQuick);
            bytesBest = Math.min(bytesBest, afterBytes - afterJackson);
        }
        System.out.printf(Locale.ROOT, "best of %d rounds at %s×: quick parse %.1f ms, UTF-8 check and Jackson's parse "
                + "%.1f ms, every byte read %.1f ms (checksum %d)%n", rounds, scale, quickBest / 1e6, jacksonBest / 1e6,
                bytesBest / 1e6, checksum);
    }
}
