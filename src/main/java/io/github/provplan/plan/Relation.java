package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * How a text qualifies a figure; see {@code docs/format.md} for the Vietnamese wording behind each.
 *
 * <p>{@code Relation.fromCode("at-least")} is {@link #AT_LEAST}. Format 1 knows the first nine constants
 * ({@link #FORMAT_1}); format 2 adds {@link #NEARLY}, {@link #ABOUT_ABOVE} and {@link #PATH}.
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum Relation {
    /** "đạt trên X", "tăng trên X": strictly more than the value. */
    ABOVE,
    /** "từ X trở lên", "tối thiểu X", "ít nhất X": the value or more. */
    AT_LEAST,
    /** "khoảng X": approximately the value. */
    ABOUT,
    /** "đạt X" or a bare figure: the value, with no qualifier stated. */
    PLAIN,
    /** "dưới X": strictly less than the value. */
    BELOW,
    /** "không quá X", "tối đa X": the value or less. */
    AT_MOST,
    /** "từ X - Y", "X đến Y": from the low to the high figure, both included. */
    RANGE,
    /** "khoảng X - Y": approximately from the low to the high figure. */
    ABOUT_RANGE,
    /** An aim with no figure, such as "PCI back in the top group". */
    QUALITATIVE,
    /** "gần X": nearly the value, just short of it. */
    NEARLY,
    /** "khoảng hơn X": somewhat more than the value. */
    ABOUT_ABOVE,
    /** A yearly path: the target gives no figure of its own; its {@link Target#milestones()} give one a year. */
    PATH;

    /** The relations of format 1, in their order. */
    public static final java.util.List<Relation> FORMAT_1 = java.util.List.of(ABOVE, AT_LEAST, ABOUT, PLAIN, BELOW,
            AT_MOST, RANGE, ABOUT_RANGE, QUALITATIVE);

    /**
     * Whether this relation qualifies a figure (one value or a range): every relation but qualitative and path.
     *
     * @return false for {@link #QUALITATIVE} and {@link #PATH}, true otherwise
     */
    public boolean hasFigure() {
        return this != QUALITATIVE && this != PATH;
    }

    /**
     * Whether the target gives a low and a high figure instead of one value.
     *
     * @return true for {@link #RANGE} and {@link #ABOUT_RANGE}
     */
    public boolean isRange() {
        return this == RANGE || this == ABOUT_RANGE;
    }

    /**
     * Whether the target gives exactly one figure.
     *
     * @return true for every relation but the ranges, {@link #QUALITATIVE} and {@link #PATH}
     */
    public boolean hasSingleValue() {
        return !isRange() && hasFigure();
    }

    /**
     * The code by which this constant appears in JSON: the name in lower-kebab-case.
     *
     * @return the code, such as {@code at-least}
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The constant with the given JSON code.
     *
     * @param code a code such as {@code at-least}
     * @return the relation
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Relation fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Relation.class, code, "relation");
    }
}
