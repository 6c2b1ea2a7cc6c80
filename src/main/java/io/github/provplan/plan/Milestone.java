package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One year of a yearly path: the figure a {@link Relation#PATH path} target sets for that year, in the target's unit.
 * "năm 2026 đạt 133,5 triệu đồng" is {@code Milestone.of(2026, Relation.PLAIN, new BigDecimal("133.5"))}.
 *
 * <p>Milestones are immutable values, safe to share between threads.
 *
 * @param year     the year
 * @param relation how the figure is qualified; neither qualitative nor a path
 * @param value    the figure, for single-value relations
 * @param low      the lower end, for ranges
 * @param high     the upper end, for ranges
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Milestone(int year, Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                        Optional<BigDecimal> high) {
    /**
     * Creates a milestone, storing each number without trailing zeros.
     *
     * @param year     the year, 1900-2200
     * @param relation how the figure is qualified; neither qualitative nor a path
     * @param value    the figure, for single-value relations; empty for ranges
     * @param low      the lower end, for ranges; empty otherwise
     * @param high     the upper end, for ranges; empty otherwise
     * @throws IllegalArgumentException if the year is outside 1900-2200; if the relation is
     *                                  {@link Relation#QUALITATIVE} or {@link Relation#PATH}; if a range lacks low or
     *                                  high, has a value, or has low above high; if another relation lacks a value or
     *                                  has
     *                                  low or high; or if a number is larger than 10^18 or has more than 12 decimal
     *                                  places
     */
    public Milestone {
        Checks.year(year, "year");
        Objects.requireNonNull(relation, "relation");
        value = Figures.normalize(value, "value");
        low = Figures.normalize(low, "low");
        high = Figures.normalize(high, "high");
        FigureRules.requireFigure("a milestone", relation);
        FigureRules.check("a milestone", relation, value, low, high);
    }

    /**
     * A milestone of one value.
     *
     * @param year     the year
     * @param relation its qualifier
     * @param value    the figure
     * @return the milestone
     * @throws IllegalArgumentException as the constructor does: for a year outside 1900-2200, a range, qualitative
     *                                  or path relation, or a number out of bounds
     */
    public static Milestone of(int year, Relation relation, BigDecimal value) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(value, "value");
        return new Milestone(year, relation, Optional.of(value), Optional.empty(), Optional.empty());
    }

    /**
     * A milestone between two values.
     *
     * @param year     the year
     * @param relation {@link Relation#RANGE} or {@link Relation#ABOUT_RANGE}
     * @param low      the lower end
     * @param high     the upper end
     * @return the milestone
     * @throws IllegalArgumentException as the constructor does: for a year outside 1900-2200, a relation that is not
     *                                  a range, low above high, or a number out of bounds
     */
    public static Milestone range(int year, Relation relation, BigDecimal low, BigDecimal high) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        return new Milestone(year, relation, Optional.empty(), Optional.of(low), Optional.of(high));
    }

    /**
     * The milestone's numbers: the value, or low and high for a range.
     *
     * @return an unmodifiable list of one or two numbers
     */
    public List<BigDecimal> figures() {
        return relation.isRange() ? List.of(low.orElseThrow(), high.orElseThrow()) : List.of(value.orElseThrow());
    }

    /** {@code 2026: plain 133.5}. */
    @Override
    public String toString() {
        return year + ": " + FigureRules.describe(relation, value, low, high, "");
    }
}
