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
     */
    public static Milestone range(int year, Relation relation, BigDecimal low, BigDecimal high) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        return new Milestone(year, relation, Optional.empty(), Optional.of(low), Optional.of(high));
    }

    /** The value, or low and high. */
    public List<BigDecimal> figures() {
        return relation.isRange() ? List.of(low.orElseThrow(), high.orElseThrow()) : List.of(value.orElseThrow());
    }

    /** {@code 2026: plain 133.5}. */
    @Override
    public String toString() {
        return year + ": " + FigureRules.describe(relation, value, low, high, "");
    }
}
