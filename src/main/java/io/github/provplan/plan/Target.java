package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * <pre>{@code
 * Target t = Target.of("grdp-per-capita", Relation.ABOVE, new BigDecimal("180"), Unit.MILLION_VND,
 *         YearRange.of(2030), Quote.of("GRDP bình quân đầu người … đạt trên 180 triệu đồng", "003.txt"));
 * t.requirement();   // above 180 triệu đồng
 * }</pre>
 *
 * <p>Which figures a target carries follows from its relation: a {@link Relation#isRange() range} has
 * {@code low} and {@code high}; a {@link Relation#QUALITATIVE qualitative} aim has none and says what it aims at
 * in {@code aim}; a {@link Relation#PATH path} has none of its own and one {@link Milestone} a year; every other
 * relation has exactly one {@code value}. Figures are compared by value (see {@code docs/format.md}): {@code 7.50}
 * is stored as {@code 7.5}. Targets are immutable values, safe to share between threads.
 *
 * @param indicator    what is measured, as an indicator code
 * @param relation     how the figure is qualified
 * @param value        the figure, for single-value relations
 * @param low          the lower end, for ranges
 * @param high         the upper end, for ranges
 * @param unit         the unit of the figures; {@link Unit#PERCENT_PER_YEAR} marks an average annual rate over
 *                     {@code period}, which must then span several years
 * @param equivalent   the same figure in another unit, as the text gives it ("8.500 USD, khoảng 224 triệu đồng")
 * @param ranking      for a figure in the unit {@link Unit#RANK rank}, the ranking it is a place in ("of 63")
 * @param measure      a level in the period's last year, a total over the period or an average over it
 * @param period       the year the target is for, or the period an average annual rate, a total or a path covers
 * @param periodStated false when the text gives the target no period of its own: {@code period} is then the
 *                     document's
 * @param baseYear     for a change against a base year ("tăng trên 12% so với năm 2023"), that year
 * @param milestones   for a path, its figure for each year, in year order
 * @param condition    a condition the text attaches to the target, in its words ("tối thiểu 60 lít/người/ngày")
 * @param aim          for a qualitative target, what it aims at, in the text's words ("nhóm đầu cả nước")
 * @param quote        the words the target was taken from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Target(String indicator, Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                     Optional<BigDecimal> high, Unit unit, Optional<Figure> equivalent, Optional<Ranking> ranking,
                     @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.Level.class)
                     Measure measure,
                     YearRange period,
                     @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.True.class)
                     boolean periodStated,
                     OptionalInt baseYear, List<Milestone> milestones, Optional<String> condition,
                     Optional<String> aim, Quote quote) {
    /**
     * Creates a target, keeping its text in Unicode NFC, its figures without trailing zeros and an unmodifiable copy
     * of its milestones.
     *
     * @param indicator    what is measured, as an indicator code
     * @param relation     how the figure is qualified
     * @param value        the figure, present exactly for single-value relations
     * @param low          the lower end, present exactly for ranges
     * @param high         the upper end, present exactly for ranges, not below {@code low}
     * @param unit         the unit of the figures
     * @param equivalent   the same figure in another unit; only for a target with a figure
     * @param ranking      the ranking; only for the unit {@link Unit#RANK}
     * @param measure      a level, a total or an average; a total or an average only over several years
     * @param period       the year or period
     * @param periodStated false when the text gives the target no period of its own
     * @param baseYear     for a change against a base year, that year, before the period; the unit is then
     *                     {@link Unit#PERCENT}
     * @param milestones   for a path, at least two, in rising years within the period; empty otherwise
     * @param condition    a condition the text attaches to the target
     * @param aim          for a qualitative target, what it aims at; required then
     * @param quote        the words the target was taken from
     * @throws IllegalArgumentException if the figures do not fit the relation as the class describes; if a qualitative
     *                                  target has no aim; if the milestones break the rules above; if a rate in
     *                                  {@link Unit#PERCENT_PER_YEAR}, a total or an average covers a single year; if a
     *                                  total or average is of a rate, a rank or a status, or a total of percentages; if
     *                                  the base year is outside 1900-2200, not before the period or given with a unit
     *                                  other than percent; if a figure is outside what its unit's quantity admits,
     *                                  larger
     *                                  than 10^18 or with more than 12 decimal places; if a ranking is given for
     *                                  another
     *                                  unit than rank, or a place is not a whole number from 1 within it; if the
     *                                  equivalent is in the target's own unit or given for a target with no figure; or
     *                                  if
     *                                  {@code indicator} or a present {@code condition} or {@code aim} is
     *                                  blank or holds a disallowed character
     */
    public Target {
        indicator = Checks.text(indicator, "indicator");
        Objects.requireNonNull(relation, "relation");
        value = Figures.normalize(value, "value");
        low = Figures.normalize(low, "low");
        high = Figures.normalize(high, "high");
        Objects.requireNonNull(unit, "unit");
        Checks.optional(equivalent, "equivalent");
        Checks.optional(ranking, "ranking");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Checks.optionalInt(baseYear, "baseYear");
        milestones = Checks.list(milestones, "milestones");
        condition = Checks.optionalText(condition, "condition");
        aim = Checks.optionalText(aim, "aim");
        Objects.requireNonNull(quote, "quote");
        FigureRules.check("a target", relation, value, low, high);
        if (relation == Relation.QUALITATIVE && aim.isEmpty()) {
            throw new IllegalFieldException("aim", "a qualitative target must say what it aims at");
        }
        checkPath(relation, period, milestones);
        if (unit.equals(Unit.PERCENT_PER_YEAR) && period.isSingleYear()) {
            throw new IllegalFieldException("period",
                    "an average annual rate (percent-per-year) needs a period of several years, not " + period);
        }
        if (measure != Measure.LEVEL && period.isSingleYear()) {
            throw new IllegalFieldException("measure",
                    "a " + measure.code() + " over the period needs a period of several years, not " + period);
        }
        if (measure != Measure.LEVEL && unit.equals(Unit.PERCENT_PER_YEAR)) {
            throw new IllegalFieldException("measure", "an average annual rate is a rate, not a "
                    + measure.code() + " of levels; leave measure out");
        }
        if (baseYear.isPresent()) {
            Checks.year(baseYear.getAsInt(), "baseYear");
            if (baseYear.getAsInt() >= period.start()) {
                throw new IllegalFieldException("baseYear",
                        "base year " + baseYear.getAsInt() + " is not before the target period " + period);
            }
            if (!unit.equals(Unit.PERCENT)) {
                throw new IllegalFieldException("unit", "a change against a base year is given in percent");
            }
        }
        FigureRules.checkBounds(unit, baseYear.isPresent(), value, low, high);
        int last = Ranking.lastPlace(ranking);
        FigureRules.checkReachable("relation", unit, relation, value, baseYear.isPresent(), last);
        for (Milestone milestone : milestones) {
            FigureRules.checkReachable("milestones", unit, milestone.relation(), milestone.value(), false, last);
        }
        equivalent.ifPresent(e -> FigureRules.checkReachable("equivalent", e.unit(), e.relation(), e.value(),
                baseYear.isPresent(), 0));
        for (Milestone milestone : milestones) {
            milestone.figures().forEach(figure -> FigureRules.checkBounds(unit, false, "milestones", figure));
        }
        equivalent.ifPresent(e -> FigureRules.checkBounds(e.unit(), baseYear.isPresent(), e.value(), e.low(),
                e.high()));
        if (ranking.isPresent() && !unit.equals(Unit.RANK)) {
            throw new IllegalFieldException("ranking", "only a figure in the unit 'rank' has a ranking");
        }
        if (unit.equals(Unit.RANK)) {
            Ranking.checkPlaces(ranking, relation.isRange() ? low.orElseThrow() : value.orElse(null), "value");
            high.ifPresent(place -> Ranking.checkPlaces(ranking, place, "high"));
            for (Milestone milestone : milestones) {
                milestone.figures().forEach(place -> Ranking.checkPlaces(ranking, place, "milestones"));
            }
        }
        if (measure != Measure.LEVEL && (unit.quantity() == io.github.provplan.indicator.Quantity.RANK
                || unit.quantity() == io.github.provplan.indicator.Quantity.STATUS
                || measure == Measure.TOTAL && unit.quantity() == io.github.provplan.indicator.Quantity.PERCENT)) {
            throw new IllegalFieldException("measure", "a " + measure.code() + " of figures in '" + unit.code()
                    + "' means nothing; leave measure out");
        }
        if (equivalent.isPresent()) {
            if (!relation.hasFigure()) {
                throw new IllegalFieldException("equivalent", "only a target with a figure has an equivalent");
            }
            if (equivalent.get().unit().equals(unit)) {
                throw new IllegalFieldException("equivalent", "an equivalent is in another unit than the figure's");
            }
        }
    }

    // Binds back what the writer leaves out (absent lists and optionals, measure level, period stated), so that an
    // application's own Jackson mapper reads a target it wrote; the canonical constructor still checks everything.
    @JsonCreator
    private static Target bind(@JsonProperty("indicator") String indicator, @JsonProperty("relation") Relation relation,
                               @JsonProperty("value") Optional<BigDecimal> value,
                               @JsonProperty("low") Optional<BigDecimal> low,
                               @JsonProperty("high") Optional<BigDecimal> high, @JsonProperty("unit") Unit unit,
                               @JsonProperty("equivalent") Optional<Figure> equivalent,
                               @JsonProperty("ranking") Optional<Ranking> ranking,
                               @JsonProperty("measure") Measure measure, @JsonProperty("period") YearRange period,
                               @JsonProperty("periodStated") Boolean periodStated,
                               @JsonProperty("baseYear") OptionalInt baseYear,
                               @JsonProperty("milestones") List<Milestone> milestones,
                               @JsonProperty("condition") Optional<String> condition,
                               @JsonProperty("aim") Optional<String> aim, @JsonProperty("quote") Quote quote) {
        return new Target(indicator, relation, Defaults.optional(value), Defaults.optional(low),
                Defaults.optional(high), unit, Defaults.optional(equivalent), Defaults.optional(ranking),
                Defaults.or(measure, Measure.LEVEL), period, Defaults.or(periodStated, true),
                Defaults.optional(baseYear), Defaults.list(milestones), Defaults.optional(condition),
                Defaults.optional(aim), quote);
    }

    private static void checkPath(Relation relation, YearRange period, List<Milestone> milestones) {
        if (relation != Relation.PATH) {
            if (!milestones.isEmpty()) {
                throw new IllegalFieldException("milestones", "only a target with relation 'path' has milestones");
            }
            return;
        }
        if (milestones.size() < 2) {
            throw new IllegalFieldException("milestones", "a path has a milestone for at least two years");
        }
        int previous = Integer.MIN_VALUE;
        for (Milestone milestone : milestones) {
            if (!period.contains(milestone.year())) {
                throw new IllegalFieldException("milestones",
                        "milestone year " + milestone.year() + " is outside the target period " + period);
            }
            if (milestone.year() <= previous) {
                throw new IllegalFieldException("milestones", "milestone years must rise: " + milestone.year()
                        + " comes after " + previous);
            }
            previous = milestone.year();
        }
    }

    /**
     * A target as format 1 gives it: a level, with its period stated, and none of format 2's parts.
     *
     * @param indicator what is measured
     * @param relation  how the figure is qualified
     * @param value     the figure, for single-value relations
     * @param low       the lower end, for ranges
     * @param high      the upper end, for ranges
     * @param unit      the unit of the figures
     * @param period    the year or period
     * @param baseYear  for a change against a base year, that year
     * @param aim       for a qualitative target, what it aims at
     * @param quote     the words the target was taken from
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Target(String indicator, Relation relation, Optional<BigDecimal> value, Optional<BigDecimal> low,
                  Optional<BigDecimal> high, Unit unit, YearRange period, OptionalInt baseYear,
                  Optional<String> aim, Quote quote) {
        this(indicator, relation, value, low, high, unit, Optional.empty(), Optional.empty(), Measure.LEVEL, period,
                true, baseYear, List.of(), Optional.empty(), aim, quote);
    }

    /**
     * A target with one figure: above, at least, about, plain, below, at most, nearly or about above.
     *
     * @param indicator what is measured
     * @param relation  how the figure is qualified
     * @param value     the figure
     * @param unit      its unit
     * @param period    the year or period
     * @param quote     the words the target was taken from
     * @return the target
     * @throws IllegalArgumentException as the canonical constructor does, such as for a relation that does not take
     *                                  these figures
     */
    public static Target of(String indicator, Relation relation, BigDecimal value, Unit unit, YearRange period,
                            Quote quote) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quote, "quote");
        return new Target(indicator, relation, Optional.of(value), Optional.empty(), Optional.empty(), unit,
                period, OptionalInt.empty(), Optional.empty(), quote);
    }

    /**
     * A target between two figures.
     *
     * @param indicator what is measured
     * @param relation  {@link Relation#RANGE} or {@link Relation#ABOUT_RANGE}
     * @param low       the lower end
     * @param high      the upper end
     * @param unit      their unit
     * @param period    the year or period
     * @param quote     the words the target was taken from
     * @return the target
     * @throws IllegalArgumentException as the canonical constructor does, such as for a relation that does not take
     *                                  these figures
     */
    public static Target range(String indicator, Relation relation, BigDecimal low, BigDecimal high, Unit unit,
                               YearRange period, Quote quote) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quote, "quote");
        return new Target(indicator, relation, Optional.empty(), Optional.of(low), Optional.of(high), unit, period,
                OptionalInt.empty(), Optional.empty(), quote);
    }

    /**
     * An aim with no figure.
     *
     * @param indicator what is aimed at
     * @param aim       the aim, in the text's words
     * @param unit      the indicator's unit
     * @param period    the year or period
     * @param quote     the words the target was taken from
     * @return the target
     * @throws IllegalArgumentException as the canonical constructor does, such as for a relation that does not take
     *                                  these figures
     */
    public static Target qualitative(String indicator, String aim, Unit unit, YearRange period, Quote quote) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(aim, "aim");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quote, "quote");
        return new Target(indicator, Relation.QUALITATIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                unit, period, OptionalInt.empty(), Optional.of(aim), quote);
    }

    /**
     * A change in percent against {@code baseYear}, such as "tăng trên 12% so với năm 2023".
     *
     * @param indicator what changes
     * @param relation  how the figure is qualified
     * @param percent   the change in percent
     * @param baseYear  the base year
     * @param period    the year or period
     * @param quote     the words the target was taken from
     * @return the target
     * @throws IllegalArgumentException as the canonical constructor does, such as for a relation that does not take
     *                                  these figures
     */
    public static Target changeSince(String indicator, Relation relation, BigDecimal percent, int baseYear,
                                     YearRange period, Quote quote) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quote, "quote");
        return new Target(indicator, relation, Optional.of(percent), Optional.empty(), Optional.empty(),
                Unit.PERCENT, period, OptionalInt.of(baseYear), Optional.empty(), quote);
    }

    /**
     * A yearly path: one figure a year, in one unit.
     *
     * @param indicator  what is measured
     * @param unit       the unit of the milestones' figures
     * @param period     the years the path covers
     * @param milestones the figure of each year, in year order
     * @param quote      the words the path was taken from
     * @return the target
     * @throws IllegalArgumentException as the canonical constructor does, such as for fewer than two milestones or
     *                                  a milestone year outside the period
     */
    public static Target path(String indicator, Unit unit, YearRange period, List<Milestone> milestones,
                              Quote quote) {
        return new Target(indicator, Relation.PATH, Optional.empty(), Optional.empty(), Optional.empty(), unit,
                Optional.empty(), Optional.empty(), Measure.LEVEL, period, true, OptionalInt.empty(), milestones,
                Optional.empty(), Optional.empty(), quote);
    }

    /**
     * Whether this is an average annual rate over a multi-year period ("bình quân X%/năm").
     *
     * @return whether the unit is {@link Unit#PERCENT_PER_YEAR}
     */
    @JsonIgnore
    public boolean isAverageAnnual() {
        return unit.equals(Unit.PERCENT_PER_YEAR);
    }

    /**
     * Whether this is a change against a base year ("tăng trên 12% so với năm 2023").
     *
     * @return whether {@link #baseYear()} is present
     */
    @JsonIgnore
    public boolean isChangeSinceBaseYear() {
        return baseYear.isPresent();
    }

    /**
     * The last year of the target's period: the year by which it should be met.
     *
     * @return the period's end, 2030 for 2021-2030
     */
    public int year() {
        return period.end();
    }

    /**
     * Every figure the target gives: the value, or low and high; none for a qualitative aim or a path.
     *
     * @return an unmodifiable list of zero, one or two figures; a path's are in its {@link #milestones()}
     */
    public List<BigDecimal> figures() {
        return relation.isRange() ? List.of(low.orElseThrow(), high.orElseThrow())
                : value.map(List::of).orElse(List.of());
    }

    /**
     * What the target asks for, in a few words: {@code above 180 triệu đồng}, {@code 8–9 %/năm},
     * {@code about 140–160 triệu đồng}, {@code above 12 % on 2023}, {@code “nhóm đầu cả nước”},
     * {@code path 2026: plain 133.5, 2027: plain 150.64 triệu đồng}.
     *
     * @return the requirement, for people to read rather than to parse
     */
    public String requirement() {
        String figure = switch (relation) {
            case QUALITATIVE -> "“" + aim.orElseThrow() + "”";
            case PATH -> "path " + String.join(", ", milestones.stream().map(Milestone::toString).toList())
                    + (unit.symbol().isEmpty() ? "" : " " + unit.symbol());
            default -> FigureRules.describe(relation, value, low, high, unit.symbol());
        };
        return figure + (baseYear.isPresent() ? " on " + baseYear.getAsInt() : "")
                + ranking.map(r -> " " + r).orElse("")
                + (measure == Measure.LEVEL ? "" : " (" + measure.code() + ")");
    }

    /** {@code grdp-per-capita above 180 triệu đồng in 2030}. */
    @Override
    public String toString() {
        return indicator + " " + requirement() + " in " + period + (periodStated ? "" : " (period not stated)");
    }
}
