package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * How a target's figure relates to its period: {@code Measure.fromCode("total")} is {@link #TOTAL}. An average
 * annual rate is not a measure but a unit ({@code percent-per-year}); measures are for levels.
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum Measure {
    /** The level in the last year of the period: GRDP per capita in 2030. The default. */
    LEVEL,
    /** The sum over the period: five years' total investment. */
    TOTAL,
    /** The yearly average of a level over the period: budget revenue of 10,000 billion đồng a year on average. */
    AVERAGE;

    /**
     * The JSON code: {@code level}, {@code total}, {@code average}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The measure with the given JSON code.
     *
     * @param code a code such as {@code total}
     * @return the measure
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Measure fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Measure.class, code, "measure");
    }
}
