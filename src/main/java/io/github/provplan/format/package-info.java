/**
 * Reading and writing plans as provplan JSON (format 2, and format 1 as it always read; see {@code docs/format.md}).
 * {@link io.github.provplan.format.PlanReader} validates everything it reads and reports every problem at once, each
 * with its source, line, column and JSON Pointer, in one {@link io.github.provplan.format.PlanFormatException};
 * {@link io.github.provplan.format.ReadLimits} bound what it accepts. {@link io.github.provplan.format.PlanWriter}
 * writes canonical JSON that reads back into equal records.
 *
 * <pre>{@code
 * try {
 *     PlanSet set = PlanReader.create().read(Path.of("my-plans/"));
 *     String json = PlanWriter.create().write(set);
 * } catch (PlanFormatException e) {
 *     for (Problem problem : e.problems()) {
 *         System.err.println(problem);   // long-an.json:12:20: /targets/3/unit: ...
 *     }
 * }
 * }</pre>
 *
 * <p>Unless a method says otherwise, a null argument is refused with a {@link java.lang.NullPointerException}
 * naming it ({@code "plan"}); so is a null element of a list argument, named with its place ({@code "targets[3]"}).
 *
 * <p>Every type of the package is immutable and safe to share between threads: one reader or writer can serve
 * every thread.
 */
package io.github.provplan.format;
