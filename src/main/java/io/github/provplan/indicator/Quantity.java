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

    /** The JSON code: {@code percent}, {@code money}, {@code percent-per-year}… */
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

    /** Whether a unit of this quantity names what it counts or the currency it is in. */
    boolean needsSubject() {
        return this == MONEY || this == COUNT;
    }
}
