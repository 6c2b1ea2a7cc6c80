package io.github.provplan.plan;

import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure a document reports: "tổng sản phẩm trên địa bàn 6 tháng năm 2023 ước tăng 3,43%" is
 * {@code grdp-growth} 3.43 {@link Unit#PERCENT percent} for {@code 2023-H1}, an estimate.
 *
 * @param indicator what was measured, as an indicator code
 * @param value     the figure, compared by value ({@code 3.430} is stored as {@code 3.43})
 * @param unit      its unit
 * @param period    the months it covers
 * @param estimate  whether the text gives it as an estimate ("ước", "ước tính")
 * @param quote     the words it was taken from
 */
public record Observation(String indicator, BigDecimal value, Unit unit, ReportingPeriod period, boolean estimate,
                          Quote quote) {
    public Observation {
        Checks.text(indicator, "indicator");
        value = Figures.normalize(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(quote, "quote");
    }

    @Override
    public String toString() {
        return indicator + " " + value.toPlainString() + " " + unit.symbol() + " in " + period
                + (estimate ? " (estimate)" : "");
    }
}
