package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;

/**
 * How a target qualifies its figure; see {@code docs/format.md} for the Vietnamese wording behind each.
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
    QUALITATIVE;

    /** Whether the target gives a low and a high figure instead of one value. */
    public boolean isRange() {
        return this == RANGE || this == ABOUT_RANGE;
    }

    /** Whether the target gives exactly one figure. */
    public boolean hasSingleValue() {
        return !isRange() && this != QUALITATIVE;
    }

    /** The code by which this constant appears in JSON: the name in lower-kebab-case. */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The constant with the given JSON code.
     *
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Relation fromCode(String code) {
        return Codes.parse(Relation.class, code, "relation");
    }
}
