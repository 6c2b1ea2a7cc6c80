package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure with its qualifier and unit, as a text gives the equivalent of another: "8.500 USD (khoảng hơn 224 triệu
 * đồng)" is a target of 8500 USD whose {@link Target#equivalent() equivalent} is {@code Figure.of(ABOUT_ABOVE, 224,
 * MILLION_VND)}. An equivalent is what the text says, never a conversion: currencies do not convert.
 *
 * <pre>{@code
 * Figure.of(Relation.ABOUT, new BigDecimal("200"), Unit.MILLION_VND);   // about 200 triệu đồng
 * Figure.range(Relation.RANGE, new BigDecimal("8000"), new BigDecimal("8500"), Unit.USD);
 * }</pre>
 *
 * <p>Figures are immutable values, safe to share between threads.
 *
 * @param relation how the figure is qualified; neither qualitative nor a path
 * @param value    the figure, for single-value relations
 * @param low      the lower end, for ranges
 * @param high     the upper end, for ranges
 * @param unit     its unit
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Figure(Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                     Optional<BigDecimal> high, Unit unit) {
    /**
     * Creates a figure, storing each number without trailing zeros ({@code 224.0} is {@code 224}).
     *
     * @param relation how the figure is qualified; neither qualitative nor a path
     * @param value    the figure, for single-value relations; empty for ranges
     * @param low      the lower end, for ranges; empty otherwise
     * @param high     the upper end, for ranges; empty otherwise
     * @param unit     its unit
     * @throws IllegalArgumentException if the relation is {@link Relation#QUALITATIVE} or {@link Relation#PATH}; if a
     *                                  range lacks low or high, has a value, or has low above high; if another relation
     *                                  lacks a value or has low or high; or if a number is larger than 10^18 or has
     *                                  more than 12 decimal places
     */
    public Figure {
        Objects.requireNonNull(relation, "relation");
        value = Figures.normalize(value, "value");
        low = Figures.normalize(low, "low");
        high = Figures.normalize(high, "high");
        Objects.requireNonNull(unit, "unit");
        FigureRules.requireFigure("an equivalent", relation);
        FigureRules.check("an equivalent", relation, value, low, high);
    }

    /**
     * A figure of one value.
     *
     * @param relation its qualifier
     * @param value    the value
     * @param unit     its unit
     * @return the figure
     * @throws IllegalArgumentException as the constructor does: for a range, qualitative or path relation, or a
     *                                  number out of bounds
     */
    public static Figure of(Relation relation, BigDecimal value, Unit unit) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        return new Figure(relation, Optional.of(value), Optional.empty(), Optional.empty(), unit);
    }

    /**
     * A figure between two values.
     *
     * @param relation {@link Relation#RANGE} or {@link Relation#ABOUT_RANGE}
     * @param low      the lower end
     * @param high     the upper end
     * @param unit     its unit
     * @return the figure
     * @throws IllegalArgumentException as the constructor does: for a relation that is not a range, low above high,
     *                                  or a number out of bounds
     */
    public static Figure range(Relation relation, BigDecimal low, BigDecimal high, Unit unit) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(unit, "unit");
        return new Figure(relation, Optional.empty(), Optional.of(low), Optional.of(high), unit);
    }

    /**
     * The figure's numbers: the value, or low and high for a range.
     *
     * @return an unmodifiable list of one or two numbers
     */
    public List<BigDecimal> figures() {
        return relation.isRange() ? List.of(low.orElseThrow(), high.orElseThrow()) : List.of(value.orElseThrow());
    }

    /** {@code about 200 triệu đồng}. */
    @Override
    public String toString() {
        return FigureRules.describe(relation, value, low, high, unit.symbol());
    }
}
