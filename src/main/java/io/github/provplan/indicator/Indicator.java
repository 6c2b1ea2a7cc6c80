package io.github.provplan.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a target or a reported figure measures.
 *
 * <pre>{@code
 * Indicator perCapita = IndicatorRegistry.bundled().get("grdp-per-capita");
 * perCapita.units();                                  // [million-vnd (triệu đồng), usd (USD)]
 * perCapita.fits(Unit.BILLION_VND, false);            // true: converts exactly into million-vnd
 * }</pre>
 *
 * <p>Indicators are immutable values, safe to share between threads.
 *
 * @param code      a stable lower-kebab-case code, such as {@code grdp-growth}
 * @param labelVi   the Vietnamese name as plans write it
 * @param labelEn   an English name
 * @param units     the units its levels are given in, the usual one first: GRDP per capita in million VND or in
 *                  US dollars; at least one, none twice
 * @param direction which way is better
 * @param structure for shares, the structure whose shares add up to 100% (such as {@code grdp} for the
 *                  four sector shares of GRDP); only {@link Direction#SHARE} indicators have one
 * @param proportion whether its level is a part of a whole in percent, from 0 to 100 (the poverty rate, the share of
 *                  trained workers), where a growth rate in percent is not; a share is one whatever this says
 *                  ({@link #isPartOfWhole()})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Indicator(String code, String labelVi, String labelEn, List<Unit> units, Direction direction,
                        Optional<String> structure,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean proportion) {
    /**
     * Creates an indicator, keeping its labels in Unicode NFC and an unmodifiable copy of its units.
     *
     * @param code       a lower-kebab-case code
     * @param labelVi    the Vietnamese name
     * @param labelEn    an English name
     * @param units      the units, the usual one first; at least one, none twice
     * @param direction  which way is better
     * @param structure  the structure of a share, a lower-kebab-case code; present exactly when the direction is
     *                   {@link Direction#SHARE}
     * @param proportion whether its level is a part of a whole in percent; then {@code units} includes
     *                   {@link Unit#PERCENT}
     * @throws IllegalArgumentException if {@code code} or {@code structure} is not lower-kebab-case; if a label is
     *                                  blank or holds a disallowed character; if {@code units} is empty or lists a unit
     *                                  twice; if a share has no structure, or another direction has one; if a share is
     *                                  in any unit but percent alone; or if a proportion is not given in percent
     */
    public Indicator {
        Checks.slug(code, "code");
        labelVi = Checks.text(labelVi, "labelVi");
        labelEn = Checks.text(labelEn, "labelEn");
        units = Checks.nonEmptyDistinctList(units, "units", Unit::code);
        Objects.requireNonNull(direction, "direction");
        Checks.optional(structure, "structure").ifPresent(s -> Checks.slug(s, "structure"));
        if (direction == Direction.SHARE && structure.isEmpty()) {
            throw new IllegalFieldException("structure", "a share must name the structure it is a share of");
        }
        if (direction != Direction.SHARE && structure.isPresent()) {
            throw new IllegalFieldException("structure", "only a share (direction 'share') belongs to a structure");
        }
        if (direction == Direction.SHARE && !units.equals(List.of(Unit.PERCENT))) {
            throw new IllegalFieldException(units.size() == 1 ? "unit" : "units", "a share is given in percent");
        }
        if (proportion && !units.contains(Unit.PERCENT)) {
            throw new IllegalFieldException("proportion", "a proportion is given in percent");
        }
    }

    /**
     * An indicator that is no proportion, or a share (which is one).
     *
     * @param code      its code
     * @param labelVi   its Vietnamese name
     * @param labelEn   its English name
     * @param units     its units
     * @param direction which way is better
     * @param structure for a share, its structure
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Indicator(String code, String labelVi, String labelEn, List<Unit> units, Direction direction,
                     Optional<String> structure) {
        // Named here, in argument order, as the canonical constructor's checks would not reach them first.
        this(Objects.requireNonNull(code, "code"), Objects.requireNonNull(labelVi, "labelVi"),
                Objects.requireNonNull(labelEn, "labelEn"), Objects.requireNonNull(units, "units"),
                Objects.requireNonNull(direction, "direction"), Objects.requireNonNull(structure, "structure"), false);
    }

    /**
     * An indicator in one unit, as format 1 declares them.
     *
     * @param code      its code
     * @param labelVi   its Vietnamese name
     * @param labelEn   its English name
     * @param unit      its unit
     * @param direction which way is better
     * @param structure for a share, its structure
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Indicator(String code, String labelVi, String labelEn, Unit unit, Direction direction,
                     Optional<String> structure) {
        this(code, labelVi, labelEn, List.of(Objects.requireNonNull(unit, "unit")), direction, structure);
    }

    /**
     * An indicator that is not a share.
     *
     * @param code      its code
     * @param labelVi   its Vietnamese name
     * @param labelEn   its English name
     * @param unit      its unit
     * @param direction which way is better, not {@link Direction#SHARE}
     * @return the indicator
     * @throws IllegalArgumentException as the canonical constructor does, such as for the direction
     *                                  {@link Direction#SHARE}, which needs a structure
     */
    public static Indicator of(String code, String labelVi, String labelEn, Unit unit, Direction direction) {
        return new Indicator(code, labelVi, labelEn, unit, direction, Optional.empty());
    }

    /**
     * A share of {@code structure}, in percent.
     *
     * @param code      its code
     * @param labelVi   its Vietnamese name
     * @param labelEn   its English name
     * @param structure the structure whose shares add up to 100%, a lower-kebab-case code such as {@code grdp}
     * @return the indicator
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public static Indicator share(String code, String labelVi, String labelEn, String structure) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelVi, "labelVi");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(structure, "structure");
        return new Indicator(code, labelVi, labelEn, Unit.PERCENT, Direction.SHARE, Optional.of(structure));
    }

    /**
     * The unit its levels are usually given in: the first of {@link #units()}.
     *
     * @return the usual unit
     */
    @JsonIgnore
    public Unit unit() {
        return units.get(0);
    }

    /**
     * Whether a level of this indicator in percent lies between 0 and 100: a proportion, or a share.
     *
     * @return whether it is a {@linkplain #proportion() proportion} or a {@linkplain #isShare() share}
     */
    @JsonIgnore
    public boolean isPartOfWhole() {
        return proportion || isShare();
    }

    /**
     * Whether this indicator is a share of a structure.
     *
     * @return whether {@link #structure()} is present, as it is exactly for {@link Direction#SHARE}
     */
    @JsonIgnore
    public boolean isShare() {
        return structure.isPresent();
    }

    /**
     * Format 1's rule: whether a figure in {@code other} can measure this indicator: its own unit; a percent change
     * against a base year; or, for a rate in percent, an average annual rate in percent per year.
     *
     * @param other              the unit of the figure
     * @param relativeToBaseYear whether the figure is a change against a base year
     * @return whether format 1 accepts the figure
     */
    public boolean accepts(Unit other, boolean relativeToBaseYear) {
        Objects.requireNonNull(other, "other");
        if (relativeToBaseYear) {
            return other.equals(Unit.PERCENT);
        }
        return other.equals(unit()) || (unit().equals(Unit.PERCENT) && other.equals(Unit.PERCENT_PER_YEAR)
                && !isShare());
    }

    /**
     * Format 2's rule: whether a figure in {@code other} can measure this indicator. It can when it is in one of
     * the indicator's units or converts exactly into one ({@code billion-vnd} for {@code million-vnd}); when it is a
     * percent change ({@code change}: against a base year or the same period before); when it is an average annual
     * rate ({@code percent-per-year}) of anything but a share, a rank or a status; and when it is a place in a
     * ranking ({@code rank}) of the indicator's figures.
     *
     * @param other  the unit of the figure
     * @param change whether the figure is a change against a base (a base year, the same period of the year before)
     * @return whether format 2 accepts the figure
     */
    public boolean fits(Unit other, boolean change) {
        Objects.requireNonNull(other, "other");
        if (change) {
            return other.equals(Unit.PERCENT);
        }
        for (Unit own : units) {
            if (own.equals(other) || own.convertsTo(other)) {
                return true;
            }
        }
        Quantity quantity = unit().quantity();
        if (other.equals(Unit.PERCENT_PER_YEAR)) {
            return !isShare() && quantity != Quantity.RANK && quantity != Quantity.STATUS;
        }
        return other.equals(Unit.RANK);
    }

    /** {@code grdp-per-capita (GRDP per capita at current prices, triệu đồng)}. */
    @Override
    public String toString() {
        return code + " (" + labelEn + ", " + unit().symbol() + ")";
    }
}
