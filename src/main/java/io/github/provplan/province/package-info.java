/**
 * Vietnam's provincial units in the two arrangements, before and from 1 July 2025, and the succession of Resolution
 * 202/2025/QH15 between them: {@link io.github.provplan.province.ProvinceRegistry} resolves names with or without
 * diacritics, "tỉnh" or "thành phố", and by common aliases; {@link io.github.provplan.province.Era} says which
 * arrangement a date falls in.
 *
 * <pre>{@code
 * ProvinceRegistry provinces = ProvinceRegistry.bundled();
 * Province longAn = provinces.resolve("long an");   // Long An (80, before 1 July 2025)
 * provinces.successor(longAn);                      // Optional[Tây Ninh (80, from 1 July 2025)]
 * Era.on(LocalDate.of(2025, 7, 1));                 // FROM_JULY_2025
 * }</pre>
 *
 * <p>An unknown name is an {@link java.lang.IllegalArgumentException} from the methods that need a unit, and an empty
 * result from those that find one.
 *
 * <p>Unless a method says otherwise, a null argument is refused with a {@link java.lang.NullPointerException}
 * naming it ({@code "plan"}); so is a null element of a list argument, named with its place ({@code "targets[3]"}).
 *
 * <p>Every type of the package is immutable and safe to share between threads; enum constants are immutable and
 * safe to share.
 */
package io.github.provplan.province;
