/**
 * What figures measure: {@link io.github.provplan.indicator.Indicator indicators} such as {@code grdp-growth},
 * looked up in an {@link io.github.provplan.indicator.IndicatorRegistry}, and the
 * {@link io.github.provplan.indicator.Unit units} figures are given in, each of a
 * {@link io.github.provplan.indicator.Quantity} and a decimal scale, so that figures convert exactly between units
 * that count the same thing.
 *
 * <pre>{@code
 * IndicatorRegistry indicators = IndicatorRegistry.bundled();
 * Indicator growth = indicators.get(Indicators.GRDP_GROWTH);
 * growth.unit();                                                       // percent (%)
 * growth.direction();                                                  // HIGHER_IS_BETTER
 * Unit.BILLION_VND.convert(new BigDecimal("1.5"), Unit.MILLION_VND);   // 1500, exactly
 * indicators.find("grdp-grwth");                                       // empty; get(...) would say
 *                                                                      // "did you mean 'grdp-growth'?"
 * }</pre>
 *
 * <p>Records check their components when they are made and refuse a bad value with an
 * {@link java.lang.IllegalArgumentException} naming it; an unknown code is an {@code IllegalArgumentException} that
 * suggests the closest known one.
 *
 * <p>Unless a method says otherwise, a null argument is refused with a {@link java.lang.NullPointerException}
 * naming it ({@code "plan"}); so is a null element of a list argument, named with its place ({@code "targets[3]"}).
 *
 * <p>Every type of the package is immutable and safe to share between threads; enum constants are immutable and
 * safe to share.
 */
package io.github.provplan.indicator;
