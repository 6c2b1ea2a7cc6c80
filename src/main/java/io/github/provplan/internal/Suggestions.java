package io.github.provplan.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt codes and property names. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code wrong}, if one is close enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String key = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(key, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, key.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
