package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import io.github.provplan.internal.IllegalFieldException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a document reports: "tổng sản phẩm trên địa bàn 6 tháng năm 2023 ước tăng 3,43%" is
 * {@code grdp-growth} 3.43 {@link Unit#PERCENT percent} for {@code 2023-H1}, {@link ObservationStatus#ESTIMATED
 * estimated}.
 *
 * <pre>{@code
 * Observation o = new Observation("grdp-growth", new BigDecimal("3.43"), Unit.PERCENT,
 *         ReportingPeriod.half(2023, 1), true, Quote.of("… 6 tháng năm 2023 ước tăng 3,43%", "000.txt"));
 * o.status();   // ESTIMATED
 * }</pre>
 *
 * <p>Observations are immutable values, safe to share between threads.
 *
 * @param indicator    what was measured, as an indicator code
 * @param relation     how the text qualifies the figure ("đạt trên", "gần", "khoảng"); {@link Relation#PLAIN} when it
 *                     does not; never a range, a path or a qualitative aim
 * @param value        the figure, compared by value ({@code 3.430} is stored as {@code 3.43}); for the unit
 *                     {@link Unit#RANK rank}, the place
 * @param unit         its unit
 * @param period       the months or years it covers
 * @param periodStated false when the text gives the figure no period: {@code period} is then the year the document
 *                     was issued or met in, or else its period
 * @param status       how final the figure is
 * @param comparedWith for a change, what it is measured against: the same period of the year before, or a base year
 * @param ranking      for a place ({@link Unit#RANK rank}), the ranking: "of 63 provinces"
 * @param equivalent   the same figure in another unit, as the text gives it
 * @param quote        the words it was taken from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Observation(String indicator,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.Plain.class)
                          Relation relation,
                          BigDecimal value, Unit unit, ReportingPeriod period,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.True.class)
                          boolean periodStated,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.Reported.class)
                          ObservationStatus status,
                          Optional<Comparison> comparedWith, Optional<Ranking> ranking, Optional<Figure> equivalent,
                          Quote quote) {
    /**
     * Creates an observation, keeping its indicator code in Unicode NFC and its figure without trailing zeros.
     *
     * @param indicator    what was measured, as an indicator code
     * @param relation     how the text qualifies the figure; one of the single-value relations
     * @param value        the figure
     * @param unit         its unit
     * @param period       the months or years it covers
     * @param periodStated false when the text gives the figure no period
     * @param status       how final the figure is
     * @param comparedWith for a change, what it is measured against
     * @param ranking      for a place, the ranking
     * @param equivalent   the same figure in another unit, as the text gives it
     * @param quote        the words it was taken from
     * @throws IllegalArgumentException if {@code indicator} is blank or holds a disallowed character; if the relation
     *                                  is a range,
     *                                  {@link Relation#QUALITATIVE} or {@link Relation#PATH}; if the value (or the
     *                                  equivalent's) is outside what its unit's quantity admits, or larger than 10^18
     *                                  or
     *                                  with more than 12 decimal places; if a ranking is given for a unit other than
     *                                  {@link Unit#RANK}; if a place is not a whole number from 1 or lies beyond its
     *                                  ranking; if a base year is not before the period's year; if the equivalent is in
     *                                  the figure's own unit; or if a figure in {@link Unit#PERCENT_PER_YEAR} covers
     *                                  fewer
     *                                  than two years
     */
    public Observation {
        indicator = Checks.text(indicator, "indicator");
        Objects.requireNonNull(relation, "relation");
        value = Figures.normalize(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Checks.optional(comparedWith, "comparedWith");
        Checks.optional(ranking, "ranking");
        Checks.optional(equivalent, "equivalent");
        Objects.requireNonNull(quote, "quote");
        if (!relation.hasSingleValue()) {
            throw new IllegalFieldException("relation", "a reported figure has one value; '" + relation.code()
                    + "' is for targets");
        }
        FigureRules.checkBounds(unit, comparedWith.isPresent(), "value", value);
        int last = Ranking.lastPlace(ranking);
        FigureRules.checkReachable("relation", unit, relation, Optional.of(value), comparedWith.isPresent(), last);
        equivalent.ifPresent(e -> FigureRules.checkBounds(e.unit(), comparedWith.isPresent(), e.value(), e.low(),
                e.high()));
        if (ranking.isPresent() && !unit.equals(Unit.RANK)) {
            throw new IllegalFieldException("ranking", "only a figure in the unit 'rank' has a ranking");
        }
        if (unit.equals(Unit.RANK)) {
            Ranking.checkPlaces(ranking, value, "value");
        }
        if (comparedWith.isPresent() && comparedWith.get().baseYear().isPresent()
                && comparedWith.get().baseYear().getAsInt() >= period.year()) {
            throw new IllegalFieldException("comparedWith", "base year " + comparedWith.get().baseYear().getAsInt()
                    + " is not before the period " + period);
        }
        if (equivalent.isPresent() && equivalent.get().unit().equals(unit)) {
            throw new IllegalFieldException("equivalent", "an equivalent is in another unit than the figure's");
        }
        if (unit.equals(Unit.PERCENT_PER_YEAR) && period.years() < 2) {
            throw new IllegalFieldException("period",
                    "an average annual rate (percent-per-year) covers several years, not " + period);
        }
    }

    // Binds back what the writer leaves out (relation plain, period stated, status reported, absent optionals), so
    // that an application's own Jackson mapper reads an observation it wrote; the canonical constructor checks it.
    @JsonCreator
    private static Observation bind(@JsonProperty("indicator") String indicator,
                                    @JsonProperty("relation") Relation relation,
                                    @JsonProperty("value") BigDecimal value, @JsonProperty("unit") Unit unit,
                                    @JsonProperty("period") ReportingPeriod period,
                                    @JsonProperty("periodStated") Boolean periodStated,
                                    @JsonProperty("status") ObservationStatus status,
                                    @JsonProperty("comparedWith") Optional<Comparison> comparedWith,
                                    @JsonProperty("ranking") Optional<Ranking> ranking,
                                    @JsonProperty("equivalent") Optional<Figure> equivalent,
                                    @JsonProperty("quote") Quote quote) {
        return new Observation(indicator, Defaults.or(relation, Relation.PLAIN), value, unit, period,
                Defaults.or(periodStated, true), Defaults.or(status, ObservationStatus.REPORTED),
                Defaults.optional(comparedWith), Defaults.optional(ranking), Defaults.optional(equivalent), quote);
    }

    /**
     * A figure as format 1 gives it: plain, with no comparison, ranking or equivalent.
     *
     * @param indicator what was measured
     * @param value     the figure
     * @param unit      its unit
     * @param period    the months it covers
     * @param estimate  whether the text gives it as an estimate ({@link ObservationStatus#ESTIMATED})
     * @param quote     the words it was taken from
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Observation(String indicator, BigDecimal value, Unit unit, ReportingPeriod period, boolean estimate,
                       Quote quote) {
        this(indicator, Relation.PLAIN, value, unit, period, true,
                estimate ? ObservationStatus.ESTIMATED : ObservationStatus.REPORTED, Optional.empty(),
                Optional.empty(), Optional.empty(), quote);
    }

    /**
     * Whether the figure may still change: preliminary, estimated ("ước") or expected.
     *
     * @return whether the status is provisional
     */
    public boolean estimate() {
        return status.isProvisional();
    }

    /** {@code grdp-growth 3.43 % in 2023-H1 (estimate)}. */
    @Override
    public String toString() {
        return indicator + " " + (relation == Relation.PLAIN ? "" : relation.code().replace('-', ' ') + " ")
                + value.toPlainString() + (unit.symbol().isEmpty() ? "" : " " + unit.symbol()) + " in " + period
                + ranking.map(r -> " " + r).orElse("")
                + comparedWith.map(c -> " on " + c).orElse("") + (periodStated ? "" : " (period not stated)")
                + (status == ObservationStatus.REPORTED ? "" : status == ObservationStatus.ESTIMATED ? " (estimate)"
                : " (" + status.code() + ")");
    }
}
