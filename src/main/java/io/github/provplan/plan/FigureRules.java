package io.github.provplan.plan;

import io.github.provplan.internal.IllegalFieldException;
import java.math.BigDecimal;
import java.util.Optional;

/** Which figures a relation takes, for every record that has one: targets, milestones, equivalents. */
final class FigureRules {
    private FigureRules() {
    }

    /**
     * Checks that {@code relation} has the figures it takes: low and high for a range, one value otherwise.
     *
     * @param what how the record is named in messages ("a target")
     */
    static void check(String what, Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                      Optional<BigDecimal> high) {
        if (relation.isRange()) {
            if (low.isEmpty() || high.isEmpty()) {
                throw new IllegalFieldException(low.isEmpty() ? "low" : "high",
                        what + " with relation '" + relation.code() + "' needs both low and high");
            }
            if (value.isPresent()) {
                throw new IllegalFieldException("value",
                        what + " with relation '" + relation.code() + "' has low and high, not value");
            }
            if (low.get().compareTo(high.get()) > 0) {
                throw new IllegalFieldException("low",
                        "low " + low.get().toPlainString() + " is above high " + high.get().toPlainString());
            }
            return;
        }
        if (low.isPresent() || high.isPresent()) {
            throw new IllegalFieldException(low.isPresent() ? "low" : "high",
                    "only a range or about-range " + noun(what) + " has low and high");
        }
        if (!relation.hasFigure()) {
            if (value.isPresent()) {
                throw new IllegalFieldException("value", relation == Relation.QUALITATIVE
                        ? "a qualitative " + noun(what) + " has no figure; use another relation"
                        : "a path " + noun(what) + " has no figure of its own; its milestones have");
            }
        } else if (value.isEmpty()) {
            throw new IllegalFieldException("value", what + " with relation '" + relation.code() + "' needs a value");
        }
    }

    /**
     * Requires a figure its unit's quantity admits ({@link io.github.provplan.indicator.Quantity#admitsLevel}): a
     * level, or with {@code change} a change on a base.
     */
    static void checkBounds(io.github.provplan.indicator.Unit unit, boolean change, String field, BigDecimal figure) {
        var quantity = unit.quantity();
        if (change ? !quantity.admitsChange(figure) : !quantity.admitsLevel(figure)) {
            throw new IllegalFieldException(field, (change ? "a change in '" + unit.code() + "' is from -100"
                    : "a figure in '" + unit.code() + "' is " + quantity.levels()) + ", not " + figure.toPlainString());
        }
    }

    /**
     * Requires a relation some figure can meet: nothing is below (or nearly, just short of) the lowest figure its
     * quantity admits ("below 0 jobs", "a place below 1", a change "below -100%"), or above the highest ("a status
     * above 1", a place above the last of its ranking).
     *
     * @param field  the property a refusal names
     * @param change whether the figure is a change on a base, whose lowest is -100% in percent and none otherwise
     * @param last   for a place, the last place of its ranking, or 0 when the ranking does not say
     */
    static void checkReachable(String field, io.github.provplan.indicator.Unit unit, Relation relation,
                               Optional<BigDecimal> value, boolean change, int last) {
        boolean downward = relation == Relation.BELOW || relation == Relation.NEARLY;
        boolean upward = relation == Relation.ABOVE || relation == Relation.ABOUT_ABOVE;
        if (value.isEmpty() || !downward && !upward) {
            return; // most relations: a target at a bound ("at least 0") is met by the bound itself
        }
        var quantity = unit.quantity();
        BigDecimal figure = value.get();
        // Only a percentage has a lowest change, -100, which is also its lowest level; other changes go either way.
        Optional<BigDecimal> lowest = change
                ? Optional.of(quantity.lowest()).filter(l -> l.signum() < 0)
                : Optional.of(quantity.lowest());
        Optional<BigDecimal> highest = change ? Optional.empty()
                : last > 0 ? Optional.of(BigDecimal.valueOf(last)) : quantity.highest();
        if (downward && lowest.filter(l -> figure.compareTo(l) <= 0).isPresent()
                || upward && highest.filter(h -> figure.compareTo(h) >= 0).isPresent()) {
            throw new IllegalFieldException(field, "no figure in '" + unit.code() + "' is " + relation.code()
                    + " " + figure.toPlainString() + ": " + (change ? "a change in it is from -100"
                    : last > 0 ? "a place in this ranking is from 1 to " + last
                    : "a figure in it is " + quantity.levels()));
        }
    }

    /** Each figure of a record checked as {@link #checkBounds} checks one. */
    static void checkBounds(io.github.provplan.indicator.Unit unit, boolean change, Optional<BigDecimal> value,
                            Optional<BigDecimal> low, Optional<BigDecimal> high) {
        value.ifPresent(figure -> checkBounds(unit, change, "value", figure));
        low.ifPresent(figure -> checkBounds(unit, change, "low", figure));
        high.ifPresent(figure -> checkBounds(unit, change, "high", figure));
    }

    /** "target" of "a target". */
    private static String noun(String what) {
        return what.substring(what.indexOf(' ') + 1);
    }

    /** Requires a relation that qualifies a figure, for records that always have one. */
    static void requireFigure(String what, Relation relation) {
        if (!relation.hasFigure()) {
            throw new IllegalFieldException("relation", what + " has a figure; '" + relation.code()
                    + "' is for targets only");
        }
    }

    /** {@code above 180 triệu đồng}, {@code 8–9 %/năm}, {@code about 140–160 triệu đồng}. */
    static String describe(Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                           Optional<BigDecimal> high, String symbol) {
        String unit = symbol.isEmpty() ? "" : " " + symbol;
        return switch (relation) {
            case RANGE -> low.orElseThrow().toPlainString() + "–" + high.orElseThrow().toPlainString() + unit;
            case ABOUT_RANGE -> "about " + low.orElseThrow().toPlainString() + "–" + high.orElseThrow().toPlainString()
                    + unit;
            default -> relation.code().replace('-', ' ') + " " + value.orElseThrow().toPlainString() + unit;
        };
    }
}
