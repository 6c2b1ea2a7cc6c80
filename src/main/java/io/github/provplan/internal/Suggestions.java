package io.github.provplan.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt codes and property names. */
public final class Suggestions {
    /** No code or property name is longer; a longer word is no typo, and comparing it would only cost time. */
    private static final int MAX_LENGTH = 64;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code wrong}, if one is close enough to be a plausible typo; of equally close
     * candidates, the first in alphabetical order, so that the hint never depends on iteration order.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        if (wrong.isBlank() || wrong.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String key = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            // A candidate spelt exactly as asked is no correction of it ("unknown 'Long An'; did you mean 'Long
            // An'?"); one that differs in case only is the best ("MASTER-PLAN": 'master-plan').
            if (candidate.equals(wrong)) {
                continue;
            }
            int distance = distance(key, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Two edits of a word of three letters leave one of it ("hcm" and "hue"): short words get one.
        int allowed = key.length() <= 3 ? 1 : Math.max(2, key.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /**
     * Edit distance in which swapping two neighbouring letters costs one edit, as the commonest typo does
     * (optimal string alignment).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
