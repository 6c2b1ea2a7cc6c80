package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import io.github.provplan.internal.IllegalFieldException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A target a plan sets: "GRDP bình quân đầu người đạt trên 180 triệu đồng" is {@code grdp-per-capita}
 * {@link Relation#ABOVE above} 180 {@link Unit#MILLION_VND million VND} for 2030.
 *
 * <p>Which figures a target carries follows from its relation: a {@link Relation#isRange() range} has
 * {@code low} and {@code high}; a {@link Relation#QUALITATIVE qualitative} aim has none and says what it aims at
 * in {@code aim}; every other relation has exactly one {@code value}. Figures are compared by value (see
 * {@code docs/format.md}): {@code 7.50} is stored as {@code 7.5}.
 *
 * @param indicator what is measured, as an indicator code
 * @param relation  how the figure is qualified
 * @param value     the figure, for single-value relations
 * @param low       the lower end, for ranges
 * @param high      the upper end, for ranges
 * @param unit      the unit of the figures; {@link Unit#PERCENT_PER_YEAR} marks an average annual rate over
 *                  {@code period}, which must then span several years
 * @param period    the year the target is for, or the period an average annual rate covers
 * @param baseYear  for a change against a base year ("tăng trên 12% so với năm 2023"), that year
 * @param aim       for a qualitative target, what it aims at, in the text's words ("nhóm đầu cả nước")
 * @param quote     the words the target was taken from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Target(String indicator, Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                     Optional<BigDecimal> high, Unit unit, YearRange period, OptionalInt baseYear,
                     Optional<String> aim, Quote quote) {
    public Target {
        Checks.text(indicator, "indicator");
        Objects.requireNonNull(relation, "relation");
        value = Figures.normalize(value, "value");
        low = Figures.normalize(low, "low");
        high = Figures.normalize(high, "high");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Checks.optionalInt(baseYear, "baseYear");
        Checks.optionalText(aim, "aim");
        Objects.requireNonNull(quote, "quote");
        checkFigures(relation, value, low, high, aim);
        if (unit == Unit.PERCENT_PER_YEAR && period.isSingleYear()) {
            throw new IllegalFieldException("period",
                    "an average annual rate (percent-per-year) needs a period of several years, not " + period);
        }
        if (baseYear.isPresent()) {
            Checks.year(baseYear.getAsInt(), "baseYear");
            if (baseYear.getAsInt() >= period.start()) {
                throw new IllegalFieldException("baseYear",
                        "base year " + baseYear.getAsInt() + " is not before the target period " + period);
            }
            if (unit != Unit.PERCENT) {
                throw new IllegalFieldException("unit", "a change against a base year is given in percent");
            }
        }
    }

    private static void checkFigures(Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                                     Optional<BigDecimal> high, Optional<String> aim) {
        if (relation.isRange()) {
            if (low.isEmpty() || high.isEmpty()) {
                throw new IllegalFieldException(low.isEmpty() ? "low" : "high",
                        "a target with relation '" + relation.code() + "' needs both low and high");
            }
            if (value.isPresent()) {
                throw new IllegalFieldException("value",
                        "a target with relation '" + relation.code() + "' has low and high, not value");
            }
            if (low.get().compareTo(high.get()) > 0) {
                throw new IllegalFieldException("low",
                        "low " + low.get().toPlainString() + " is above high " + high.get().toPlainString());
            }
        } else {
            if (low.isPresent() || high.isPresent()) {
                throw new IllegalFieldException(low.isPresent() ? "low" : "high",
                        "only a range or about-range target has low and high");
            }
            if (relation == Relation.QUALITATIVE && value.isPresent()) {
                throw new IllegalFieldException("value", "a qualitative target has no figure; use another relation");
            }
            if (relation != Relation.QUALITATIVE && value.isEmpty()) {
                throw new IllegalFieldException("value",
                        "a target with relation '" + relation.code() + "' needs a value");
            }
        }
        if (relation == Relation.QUALITATIVE && aim.isEmpty()) {
            throw new IllegalFieldException("aim", "a qualitative target must say what it aims at");
        }
    }

    /** A target with one figure: above, at least, about, plain, below or at most. */
    public static Target of(String indicator, Relation relation, BigDecimal value, Unit unit, YearRange period,
                            Quote quote) {
        return new Target(indicator, relation, Optional.of(value), Optional.empty(), Optional.empty(), unit,
                period, OptionalInt.empty(), Optional.empty(), quote);
    }

    /** A target between two figures; {@code relation} is {@link Relation#RANGE} or {@link Relation#ABOUT_RANGE}. */
    public static Target range(String indicator, Relation relation, BigDecimal low, BigDecimal high, Unit unit,
                               YearRange period, Quote quote) {
        return new Target(indicator, relation, Optional.empty(), Optional.of(low), Optional.of(high), unit, period,
                OptionalInt.empty(), Optional.empty(), quote);
    }

    /** An aim with no figure. */
    public static Target qualitative(String indicator, String aim, Unit unit, YearRange period, Quote quote) {
        return new Target(indicator, Relation.QUALITATIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                unit, period, OptionalInt.empty(), Optional.of(aim), quote);
    }

    /** A change in percent against {@code baseYear}, such as "tăng trên 12% so với năm 2023". */
    public static Target changeSince(String indicator, Relation relation, BigDecimal percent, int baseYear,
                                     YearRange period, Quote quote) {
        return new Target(indicator, relation, Optional.of(percent), Optional.empty(), Optional.empty(),
                Unit.PERCENT, period, OptionalInt.of(baseYear), Optional.empty(), quote);
    }

    /** Whether this is an average annual rate over a multi-year period ("bình quân X%/năm"). */
    @JsonIgnore
    public boolean isAverageAnnual() {
        return unit == Unit.PERCENT_PER_YEAR;
    }

    /** Whether this is a change against a base year. */
    @JsonIgnore
    public boolean isChangeSinceBaseYear() {
        return baseYear.isPresent();
    }

    /** The last year of the target's period: the year by which it should be met. */
    public int year() {
        return period.end();
    }

    /** Every figure the target gives: the value, or low and high; none for a qualitative aim. */
    public List<BigDecimal> figures() {
        return relation.isRange() ? List.of(low.orElseThrow(), high.orElseThrow())
                : value.map(List::of).orElse(List.of());
    }

    /**
     * What the target asks for, in a few words: {@code above 180 triệu đồng}, {@code 8–9 %/năm},
     * {@code about 140–160 triệu đồng}, {@code above 12 % on 2023}, {@code “nhóm đầu cả nước”}.
     */
    public String requirement() {
        String figure = switch (relation) {
            case QUALITATIVE -> "“" + aim.orElseThrow() + "”";
            case RANGE -> low.orElseThrow().toPlainString() + "–" + high.orElseThrow().toPlainString() + " "
                    + unit.symbol();
            case ABOUT_RANGE -> "about " + low.orElseThrow().toPlainString() + "–"
                    + high.orElseThrow().toPlainString() + " " + unit.symbol();
            default -> relation.code().replace('-', ' ') + " " + value.orElseThrow().toPlainString() + " "
                    + unit.symbol();
        };
        return figure + (baseYear.isPresent() ? " on " + baseYear.getAsInt() : "");
    }

    /** {@code grdp-per-capita above 180 triệu đồng in 2030}. */
    @Override
    public String toString() {
        return indicator + " " + requirement() + " in " + period;
    }
}
