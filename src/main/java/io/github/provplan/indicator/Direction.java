package io.github.provplan.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * Which way an indicator should move: used to judge a target that gives a figure with no qualifier.
 * {@code Direction.fromCode("lower-is-better")} is {@link #LOWER_IS_BETTER}.
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum Direction {
    /** More is better: growth, income, revenue, coverage. */
    HIGHER_IS_BETTER,
    /** Less is better: a rank, poverty, losses. */
    LOWER_IS_BETTER,
    /** A share of a structure such as the sectors of GRDP: neither more nor less is better in itself. */
    SHARE,
    /** The plan names a level to stay near, such as population growth. */
    NEUTRAL;

    /**
     * The JSON code: the name in lower-kebab-case, such as {@code higher-is-better}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The direction with the given JSON code.
     *
     * @param code a code such as {@code higher-is-better}
     * @return the direction
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Direction fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Direction.class, code, "direction");
    }
}
