package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ranking a place belongs to: out of how many units, and where. A figure in the unit {@code rank} is the place;
 * its ranking says "of 63 provinces" or "of 13 in the Mekong Delta".
 *
 * <pre>{@code
 * Ranking.of(63);                                    // of 63, in the whole country
 * Ranking.inRegion(13, "Đồng bằng sông Cửu Long");   // of 13, in the region
 * }</pre>
 *
 * <p>Rankings are immutable values, safe to share between threads.
 *
 * @param of     how many units are ranked, when the text says
 * @param region the region the ranking is within; empty for the whole country
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Ranking(OptionalInt of, Optional<String> region) {
    /**
     * The most units a ranking may rank: far above the country's communes (about ten thousand before 2025), so that
     * a slip of extra digits is caught rather than judged.
     */
    public static final int MOST_UNITS = 1_000_000;

    /**
     * Creates a ranking, keeping the region's name in Unicode NFC.
     *
     * @param of     how many units are ranked, when the text says
     * @param region the region the ranking is within; empty for the whole country
     * @throws IllegalArgumentException if {@code of} is below 1 or above {@link #MOST_UNITS}, or a present
     *                                  {@code region} is blank or holds a disallowed character
     */
    public Ranking {
        Checks.optionalInt(of, "of");
        region = Checks.optionalText(region, "region");
        if (of.isPresent() && of.getAsInt() < 1) {
            throw new IllegalFieldException("of", "a ranking has at least one unit, not " + of.getAsInt());
        }
        if (of.isPresent() && of.getAsInt() > MOST_UNITS) {
            throw new IllegalFieldException("of", "a ranking of " + of.getAsInt() + " units is larger than any a plan "
                    + "reports (at most " + MOST_UNITS + ")");
        }
    }

    /**
     * A national ranking of {@code units} units.
     *
     * @param units how many are ranked, from 1 to {@link #MOST_UNITS}
     * @return the ranking
     * @throws IllegalArgumentException if {@code units} is below 1 or above {@link #MOST_UNITS}
     */
    public static Ranking of(int units) {
        return new Ranking(OptionalInt.of(units), Optional.empty());
    }

    /**
     * A ranking within a region.
     *
     * @param units  how many are ranked, from 1 to {@link #MOST_UNITS}
     * @param region the region's name
     * @return the ranking
     * @throws IllegalArgumentException if {@code units} is below 1 or above {@link #MOST_UNITS}, or {@code region}
     *                                  is blank or holds a disallowed character
     */
    public static Ranking inRegion(int units, String region) {
        Objects.requireNonNull(region, "region");
        return new Ranking(OptionalInt.of(units), Optional.of(region));
    }

    /**
     * Requires a place in a ranking: a whole number from 1, and no more than the ranking's size when it has one.
     *
     * @param ranking the ranking, if the text gives one
     * @param place   the place, or null for none
     * @param field   the property that holds it, for the message
     */
    /** The last place of a ranking that says how many it ranks, or 0. */
    static int lastPlace(Optional<Ranking> ranking) {
        return ranking.flatMap(r -> r.of().isPresent() ? Optional.of(r.of().getAsInt()) : Optional.empty())
                .orElse(0);
    }

    static void checkPlaces(Optional<Ranking> ranking, java.math.BigDecimal place, String field) {
        if (place == null) {
            return;
        }
        if (place.signum() <= 0 || place.stripTrailingZeros().scale() > 0) {
            throw new IllegalFieldException(field, "a place in a ranking is a whole number from 1, not "
                    + place.toPlainString());
        }
        OptionalInt of = ranking.flatMap(r -> r.of().isPresent() ? Optional.of(r.of()) : Optional.empty())
                .orElse(OptionalInt.empty());
        if (of.isPresent() && place.compareTo(java.math.BigDecimal.valueOf(of.getAsInt())) > 0) {
            throw new IllegalFieldException(field, "place " + place.toPlainString() + " is beyond the ranking of "
                    + of.getAsInt());
        }
    }

    /** {@code of 63}, {@code of 13 in Đồng bằng sông Cửu Long}, {@code in the country}. */
    @Override
    public String toString() {
        String where = region.map(r -> "in " + r).orElse("in the country");
        return of.isPresent() ? "of " + of.getAsInt() + " " + where : where;
    }
}
