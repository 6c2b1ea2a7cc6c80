/**
 * Queries over a catalog of plans: {@link io.github.provplan.catalog.PlanCatalog} holds plans with the indicators
 * they use, indexed when it is made, and its queries find plans, targets, directives, reported figures and proposals
 * by province (with or without the units of 1 July 2025's succession), indicator, year, theme, issuer, deadline,
 * words and more. Each record found comes as a {@link io.github.provplan.catalog.Hit} with the plan that holds it.
 *
 * <pre>{@code
 * PlanCatalog catalog = PlanCatalog.bundled();
 * for (Hit<Target> hit : catalog.targets().province("Long An").year(2030).list()) {
 *     System.out.println(hit.plan().id() + ": " + hit.item());
 * }
 * int onTransport = catalog.directives().province("Lạng Sơn").theme(Theme.TRANSPORT).count();
 * }</pre>
 *
 * <p>Results come in catalog order. An unknown province, indicator, unit or issuer is an
 * {@link java.lang.IllegalArgumentException} naming the closest known one, not an empty answer.
 *
 * <p>Unless a method says otherwise, a null argument is refused with a {@link java.lang.NullPointerException}
 * naming it ({@code "plan"}); so is a null element of a list argument, named with its place ({@code "targets[3]"}).
 *
 * <p>Catalogs, queries and hits are immutable and safe to share between threads; a query can be kept and refined.
 */
package io.github.provplan.catalog;
