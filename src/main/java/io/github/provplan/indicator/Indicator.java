package io.github.provplan.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a target or a reported figure measures.
 *
 * @param code      a stable lower-kebab-case code, such as {@code grdp-growth}
 * @param labelVi   the Vietnamese name as plans write it
 * @param labelEn   an English name
 * @param unit      the unit its levels are given in
 * @param direction which way is better
 * @param structure for shares, the structure whose shares add up to 100% (such as {@code grdp} for the
 *                  four sector shares of GRDP); only {@link Direction#SHARE} indicators have one
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Indicator(String code, String labelVi, String labelEn, Unit unit, Direction direction,
                        Optional<String> structure) {
    public Indicator {
        Checks.slug(code, "code");
        Checks.text(labelVi, "labelVi");
        Checks.text(labelEn, "labelEn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Checks.optional(structure, "structure").ifPresent(s -> Checks.slug(s, "structure"));
        if (direction == Direction.SHARE && structure.isEmpty()) {
            throw new IllegalFieldException("structure", "a share must name the structure it is a share of");
        }
        if (direction != Direction.SHARE && structure.isPresent()) {
            throw new IllegalFieldException("structure", "only a share (direction 'share') belongs to a structure");
        }
        if (direction == Direction.SHARE && unit != Unit.PERCENT) {
            throw new IllegalFieldException("unit", "a share is given in percent");
        }
    }

    /** An indicator that is not a share. */
    public static Indicator of(String code, String labelVi, String labelEn, Unit unit, Direction direction) {
        return new Indicator(code, labelVi, labelEn, unit, direction, Optional.empty());
    }

    /** A share of {@code structure}, in percent. */
    public static Indicator share(String code, String labelVi, String labelEn, String structure) {
        return new Indicator(code, labelVi, labelEn, Unit.PERCENT, Direction.SHARE, Optional.of(structure));
    }

    /** Whether this indicator is a share of a structure. */
    @JsonIgnore
    public boolean isShare() {
        return structure.isPresent();
    }

    /**
     * Whether a figure in {@code other} can measure this indicator: its own unit; a percent change against a base
     * year; or, for a rate in percent, an average annual rate in percent per year.
     */
    public boolean accepts(Unit other, boolean relativeToBaseYear) {
        if (relativeToBaseYear) {
            return other == Unit.PERCENT;
        }
        return other == unit || (unit == Unit.PERCENT && other == Unit.PERCENT_PER_YEAR && !isShare());
    }

    @Override
    public String toString() {
        return code + " (" + labelEn + ", " + unit.symbol() + ")";
    }
}
