/**
 * Judging figures against targets: {@link io.github.provplan.evaluation.TargetEvaluator} says whether a figure meets
 * a target and why, and where an average annual rate target stands after some years;
 * {@link io.github.provplan.evaluation.SdgProgress} assesses progress from a baseline by the SDG progress methods;
 * {@link io.github.provplan.evaluation.GrowthRates} compounds annual rates; and
 * {@link io.github.provplan.evaluation.EconomicStructure} compares the sector shares of GRDP.
 *
 * <pre>{@code
 * Target growth = Target.of(Indicators.GRDP_GROWTH, Relation.AT_LEAST, new BigDecimal("9"), Unit.PERCENT_PER_YEAR,
 *         YearRange.of(2021, 2025), Quote.of("tăng trưởng GRDP bình quân đạt từ 9%/năm trở lên", "003.txt"));
 * RateProgress progress = TargetEvaluator.standard().progress(growth, new TreeMap<>(Map.of(
 *         2021, new BigDecimal("8.5"), 2022, new BigDecimal("9.6"))));
 * progress.achievedAverage();   // the geometric average of 8.5% and 9.6%
 * progress.requiredAverage();   // what 2023-2025 need for 9%/year over the period
 * }</pre>
 *
 * <p>Figures are bounded as document figures are (at most 10^18 in magnitude, 12 decimal places) and years as plans
 * name them (1900-2200), so that every computation ends in bounded time; anything beyond is an
 * {@link java.lang.IllegalArgumentException}.
 *
 * <p>Unless a method says otherwise, a null argument is refused with a {@link java.lang.NullPointerException}
 * naming it ({@code "plan"}); so is a null element of a list argument, named with its place ({@code "targets[3]"}).
 *
 * <p>Every type of the package is immutable and safe to share between threads; enum constants are immutable and
 * safe to share.
 */
package io.github.provplan.evaluation;
