/**
 * The model of a planning document: {@link io.github.provplan.plan.Plan} and everything it states that a program
 * can use, namely its targets, directives, reported figures ({@link io.github.provplan.plan.Observation}),
 * proposals to the centre, objectives, pillars and spatial model, each with the {@link io.github.provplan.plan.Quote}
 * it was taken from, and the values they are made of: document numbers, partial dates, year ranges, reporting
 * periods, scopes and themes.
 *
 * <pre>{@code
 * Plan plan = Plan.builder("long-an-master-plan-2021-2030", PlanKind.MASTER_PLAN, "Long An",
 *                 "Quy hoạch tỉnh Long An thời kỳ 2021-2030, tầm nhìn đến năm 2050", Actor.of("Thủ tướng Chính phủ"))
 *         .number("686/QĐ-TTg").issued(PartialDate.of(2023, 6, 13)).period(YearRange.of(2021, 2030)).vision(2050)
 *         .source(Source.of("003_0227d8db9f58ceca.txt"))
 *         .target(Target.of("grdp-growth", Relation.ABOUT, new BigDecimal("9"), Unit.PERCENT_PER_YEAR,
 *                 YearRange.of(2021, 2030),
 *                 Quote.of("tăng trưởng GRDP bình quân khoảng 9%/năm", "003_0227d8db9f58ceca.txt")))
 *         .build();
 * plan.scope();                          // Long An (before-july-2025), from the date of issue
 * plan.targets().get(0).requirement();   // about 9 %/năm
 * }</pre>
 *
 * <p>Every record checks its components when it is made: a value no document could state is refused with an
 * {@link java.lang.IllegalArgumentException} naming the component ({@code "vision: vision year 2030 is not after the
 * period 2021-2030"}), and lists are copied into unmodifiable lists. Text is kept in Unicode NFC; text that is blank
 * or holds a disallowed character (a control character other than tab and line breaks, a bidirectional control, a
 * lone surrogate) is refused. Figures are compared by value and kept without trailing zeros ({@code 7.50} is
 * {@code 7.5}); years lie in 1900-2200. {@link io.github.provplan.plan.PartialDate}, like {@code java.time},
 * refuses an impossible date with a {@link java.time.DateTimeException}.
 *
 * <p>Unless a method says otherwise, a null argument is refused with a {@link java.lang.NullPointerException}
 * naming it ({@code "plan"}); so is a null element of a list argument, named with its place ({@code "targets[3]"}).
 *
 * <p>Every type of the package is immutable and safe to share between threads, but for
 * {@link io.github.provplan.plan.Plan.Builder}, which is mutable and meant for one thread; enum constants are
 * immutable and safe to share.
 */
package io.github.provplan.plan;
