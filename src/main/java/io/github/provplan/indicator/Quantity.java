package io.github.provplan.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * The kind of quantity a {@link Unit} measures. Figures convert only between units of one quantity that count the
 * same thing ({@link Unit#of()}): billions into millions of đồng, never đồng into dollars.
 *
 * <p>{@code Quantity.fromCode("money")} is {@link #MONEY}. Enum constants are immutable and safe to share.
 */
public enum Quantity {
    /** A percentage: a share, a rate for one period, or a change against a base. */
    PERCENT,
    /** An average annual rate over several years ("bình quân X%/năm"). */
    PERCENT_PER_YEAR,
    /** Money in one currency, which {@link Unit#of()} names ({@code VND}, {@code USD}). */
    MONEY,
    /** A number of things, which {@link Unit#of()} names ({@code persons}, {@code visitors}, {@code households}). */
    COUNT,
    /** A count per so many people ("/vạn dân"); the scale is minus the power of ten of the people: -4 per 10,000. */
    RATE,
    /** A dimensionless index, such as the human development index (HDI). */
    INDEX,
    /** Years of age, such as life expectancy ("tuổi thọ trung bình"). */
    AGE,
    /** An area, in square metres at scale 0 (a hectare is scale 4). */
    AREA,
    /** A length, in metres at scale 0 (a kilometre is scale 3). */
    LENGTH,
    /** A mass, in kilograms at scale 0 (a tonne is scale 3). */
    MASS,
    /** A power, in watts at scale 0 (a megawatt is scale 6). */
    POWER,
    /** A place in a ranking: 1 is first. */
    RANK,
    /** Done or not done. */
    STATUS;

    /**
     * The JSON code: {@code percent}, {@code money}, {@code percent-per-year}…
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The quantity with the given JSON code.
     *
     * @param code a code such as {@code money}
     * @return the quantity
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Quantity fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Quantity.class, code, "quantity");
    }

    private static final java.math.BigDecimal MINUS_HUNDRED = java.math.BigDecimal.valueOf(-100);
    private static final java.math.BigDecimal OLDEST = java.math.BigDecimal.valueOf(150);

    /**
     * Whether a level of this quantity can be {@code figure}, in any unit of it (every unit's scale is a power of
     * ten, so signs and zero are the same in all): a percentage or a rate per year from -100 (all of it lost), money,
     * counts, rates per people, indices, areas, lengths, masses and powers from 0, an age from 0 to 150, a place in
     * a ranking a whole number from 1, a status 0 (not done) or 1 (done). A change on a base has other bounds, which
     * {@link #admitsChange} gives; a part of a whole in percent lies between 0 and 100
     * ({@link Indicator#proportion()}).
     *
     * @param figure a figure in a unit of this quantity
     * @return whether a level can be that figure
     */
    public boolean admitsLevel(java.math.BigDecimal figure) {
        java.util.Objects.requireNonNull(figure, "figure");
        return switch (this) {
            case PERCENT, PERCENT_PER_YEAR -> figure.compareTo(MINUS_HUNDRED) >= 0;
            case AGE -> figure.signum() >= 0 && figure.compareTo(OLDEST) <= 0;
            case RANK -> figure.signum() > 0 && figure.stripTrailingZeros().scale() <= 0;
            case STATUS -> figure.signum() == 0 || figure.compareTo(java.math.BigDecimal.ONE) == 0;
            default -> figure.signum() >= 0;
        };
    }

    /**
     * Whether a change on a base, in a unit of this quantity, can be {@code figure}: a change in percent cannot fall
     * below -100; a change in the indicator's own unit can be anything (a fall of so many million đồng).
     *
     * @param figure a change in a unit of this quantity
     * @return whether a change can be that figure
     */
    public boolean admitsChange(java.math.BigDecimal figure) {
        java.util.Objects.requireNonNull(figure, "figure");
        return this != PERCENT && this != PERCENT_PER_YEAR || figure.compareTo(MINUS_HUNDRED) >= 0;
    }

    /**
     * The lowest level {@link #admitsLevel} admits.
     *
     * @return -100 for percentages and rates per year, 1 for a place in a ranking, 0 for every other quantity
     */
    public java.math.BigDecimal lowest() {
        return this == PERCENT || this == PERCENT_PER_YEAR ? MINUS_HUNDRED
                : this == RANK ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO;
    }

    /**
     * The highest level {@link #admitsLevel} admits, where there is one.
     *
     * @return 150 for an age, 1 for a status; empty for every other quantity
     */
    public java.util.Optional<java.math.BigDecimal> highest() {
        return this == AGE ? java.util.Optional.of(OLDEST)
                : this == STATUS ? java.util.Optional.of(java.math.BigDecimal.ONE) : java.util.Optional.empty();
    }

    /**
     * What {@link #admitsLevel} admits, in words for a message: "from 0", "a whole number from 1".
     *
     * @return the bounds, in English words
     */
    public String levels() {
        return switch (this) {
            case PERCENT, PERCENT_PER_YEAR -> "from -100 (all of it lost)";
            case AGE -> "from 0 to 150";
            case RANK -> "a whole number from 1";
            case STATUS -> "0 (not done) or 1 (done)";
            default -> "from 0";
        };
    }

    /** Whether a unit of this quantity names what it counts or the currency it is in. */
    boolean needsSubject() {
        return this == MONEY || this == COUNT;
    }
}
