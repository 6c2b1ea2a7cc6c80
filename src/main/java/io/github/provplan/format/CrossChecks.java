package io.github.provplan.format;

import io.github.provplan.internal.Echo;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Objective;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Pillar;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks that need more than one record: unique ids, known indicators and fitting units, target years within
 * the plan, quotes that name the plan's sources, and shares of a structure that add up.
 */
final class CrossChecks {
    /** How far the shares of a complete structure may stray from 100 through rounding in the source. */
    static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.1");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Decoding decoding;
    private final IndicatorRegistry indicators;

    CrossChecks(Decoding decoding, IndicatorRegistry indicators) {
        this.decoding = decoding;
        this.indicators = indicators;
    }

    /** The plan being checked, whose origin locates the records inside it. */
    private Plan current;
    /** Whether the plan being checked was read from format 2, whose rules are wider. */
    private boolean two;

    private void problem(Object record, String property, String message) {
        if (decoding.problems.full()) {
            decoding.problems.add("", 1, 1, "", ""); // counted only: locating it would search the plan again
            return;
        }
        Decoding.Origin origin = locate(record);
        decoding.problems.at(origin.source(), origin.at(property), origin.pointer(property), message);
    }

    /**
     * Where a record of the current plan came from: only plans are remembered while decoding, and a plan that
     * decoded holds every record of its JSON lists, in order, so a record's position in the plan is its position in
     * the file. Searched by identity, and only when there is a problem to report.
     */
    private Decoding.Origin locate(Object record) {
        Decoding.Origin plan = decoding.origin(current);
        if (record == current) {
            return plan;
        }
        var lists = new LinkedHashMap<String, List<?>>();
        lists.put("targets", current.targets());
        lists.put("directives", current.directives());
        lists.put("observations", current.observations());
        lists.put("proposals", current.proposals());
        lists.put("objectives", current.objectives());
        lists.put("pillars", current.pillars());
        lists.put("sources", current.sources());
        for (var list : lists.entrySet()) {
            for (int i = 0; i < list.getValue().size(); i++) {
                Object item = list.getValue().get(i);
                if (item == record) {
                    return itemOrigin(plan, list.getKey(), i, item);
                }
                if (record instanceof Quote && quoteOf(item) == record) {
                    return itemOrigin(plan, list.getKey(), i, item).child("quote");
                }
            }
        }
        if (current.spatialModel().filter(m -> m.quote() == record).isPresent()) {
            return plan.child("spatialModel").child("quote");
        }
        throw new IllegalStateException("not a record of plan " + current.id() + ": " + record);
    }

    /** An item stands at its index in the file unless an item before it had problems and was dropped. */
    private Decoding.Origin itemOrigin(Decoding.Origin plan, String list, int index, Object item) {
        Decoding.Origin shifted = decoding.shiftedItem(item);
        return shifted != null ? shifted : plan.item(list, index);
    }

    private static Quote quoteOf(Object record) {
        if (record instanceof Target t) {
            return t.quote();
        } else if (record instanceof Directive d) {
            return d.quote();
        } else if (record instanceof Observation o) {
            return o.quote();
        } else if (record instanceof Proposal p) {
            return p.quote();
        } else if (record instanceof Objective o) {
            return o.quote();
        } else if (record instanceof Pillar p) {
            return p.quote();
        }
        return null;
    }

    void run(List<Plan> plans) {
        var ids = new HashMap<String, Plan>();
        for (Plan plan : plans) {
            Plan first = ids.putIfAbsent(plan.id(), plan);
            if (first != null) {
                current = plan;
                Decoding.Origin at = decoding.origin(first);
                Json id = at.at("id");
                problem(plan, "id", "duplicate plan id '" + plan.id() + "' (first used at " + at.source() + ":"
                        + id.line + ":" + decoding.problems.column(at.source(), id.line, id.column) + ")");
            }
        }
        for (Plan plan : plans) {
            current = plan;
            two = decoding.isFormatTwo(plan);
            checkSources(plan);
            var structures = new Structures<Target>(Target::indicator, Target::period,
                    t -> t.low().or(t::value).orElseThrow(), t -> t.high().or(t::value).orElseThrow());
            for (Target target : plan.targets()) {
                checkTarget(plan, target, structures);
            }
            structures.check();
            var observed = new Structures<Observation>(Observation::indicator, Observation::period,
                    Observation::value, Observation::value);
            for (Observation observation : plan.observations()) {
                checkObservation(observation, observed);
            }
            observed.check();
            checkDates(plan);
        }
    }

    /**
     * A directive cannot be due before its document was issued (or, undated, met), and a reported figure cannot be
     * for a period that begins after it: both are a date written wrong. An estimate for a whole year the document
     * is in (November's report of the year's growth) is fine.
     */
    private void checkDates(Plan plan) {
        Optional<PartialDate> dated = plan.issued().or(plan::meetingDate);
        if (dated.isEmpty()) {
            return;
        }
        PartialDate date = dated.get();
        String when = (plan.issued().isPresent() ? "issued " : "met ") + date;
        for (var directive : plan.directives()) {
            directive.deadline().filter(deadline -> deadline.lastDay().isBefore(date.firstDay())).ifPresent(deadline ->
                    problem(directive, "deadline", "the deadline " + deadline + " is before the document was "
                            + when + "; check the year"));
        }
        for (Observation observation : plan.observations()) {
            if (observation.period().firstDay().isAfter(date.lastDay())) {
                problem(observation, "period", "the figure is for " + observation.period() + ", which begins after "
                        + "the document was " + when + "; check the period");
            }
        }
    }

    private void checkSources(Plan plan) {
        var refs = new LinkedHashSet<String>();
        for (var source : plan.sources()) {
            if (!refs.add(source.ref())) {
                problem(source, "ref", "source " + Echo.of(source.ref()) + " is listed twice");
            }
        }
        if (decoding.hasIncompleteSources(plan)) {
            return; // a quote may name the source that had problems
        }
        // A plan lists a few sources: comparing with each beats hashing every quote's freshly parsed name.
        String[] listed = refs.toArray(String[]::new);
        plan.objectives().forEach(o -> checkQuote(o.quote(), listed));
        plan.pillars().forEach(p -> checkQuote(p.quote(), listed));
        plan.spatialModel().ifPresent(model -> checkQuote(model.quote(), listed));
        plan.targets().forEach(t -> checkQuote(t.quote(), listed));
        plan.directives().forEach(d -> checkQuote(d.quote(), listed));
        plan.observations().forEach(o -> checkQuote(o.quote(), listed));
        plan.proposals().forEach(p -> checkQuote(p.quote(), listed));
    }

    private void checkQuote(Quote quote, String[] listed) {
        for (String ref : listed) {
            if (ref.equals(quote.source())) {
                return;
            }
        }
        problem(quote, "source", listed.length == 0
                ? "quote names source " + Echo.of(quote.source()) + ", but the plan lists no sources; add it to "
                        + "the plan's \"sources\""
                : "quote names source " + Echo.of(quote.source()) + ", which is not among the plan's sources: "
                        + String.join(", ", listed));
    }

    private Optional<Indicator> indicator(Object record, String code) {
        Optional<Indicator> indicator = indicators.find(code);
        if (indicator.isEmpty() && !decoding.isBrokenIndicator(code)) {
            problem(record, "indicator", indicators.unknown(code)
                    + "; declare new indicators in a catalog file's \"indicators\"");
        }
        return indicator;
    }

    private void checkTarget(Plan plan, Target target, Structures<Target> structures) {
        indicator(target, target.indicator()).ifPresent(indicator -> {
            // A share's place in a ranking, or its change on a base year, is no part of the structure.
            if (target.relation().hasFigure() && target.unit().equals(Unit.PERCENT)
                    && !target.isChangeSinceBaseYear()) {
                structures.add(indicator, target);
            }
            boolean fits = two ? indicator.fits(target.unit(), target.isChangeSinceBaseYear())
                    : indicator.accepts(target.unit(), target.isChangeSinceBaseYear());
            if (!fits) {
                problem(target, "unit", "unit '" + target.unit().code() + "' does not fit indicator '"
                        + indicator.code() + "', which is measured in " + unitsOf(indicator, two)
                        + (target.isChangeSinceBaseYear() ? " (a change on a base year is in percent)" : ""));
            }
            target.equivalent().ifPresent(equivalent -> checkEquivalent(target, indicator, equivalent.unit()));
            if (indicator.isPartOfWhole() && target.unit().equals(Unit.PERCENT) && !target.isChangeSinceBaseYear()) {
                target.figures().forEach(figure -> checkShare(target, figure));
                target.value().filter(v -> target.relation() == Relation.ABOVE && v.compareTo(HUNDRED) >= 0
                        || target.relation() == Relation.BELOW && v.signum() <= 0).ifPresent(v -> problem(target,
                        "relation", "no part of a whole is " + target.relation().code() + " " + v.toPlainString()
                                + "%: it lies between 0 and 100"));
                target.milestones().forEach(m -> m.figures().forEach(figure -> checkShare(target, "milestones",
                        figure)));
            }
        });
        plan.period().ifPresent(period -> {
            boolean inPeriod = period.contains(target.period());
            boolean isVision = target.period().isSingleYear()
                    && plan.vision().isPresent() && plan.vision().getAsInt() == target.year();
            boolean inVision = two && plan.vision().isPresent() && target.period().start() > period.end()
                    && target.period().end() <= plan.vision().getAsInt();
            if (!inPeriod && !isVision && !inVision) {
                problem(target, "period", "target period " + target.period() + " lies outside the plan's period "
                        + period + plan.vision().stream().mapToObj(v -> (two ? " and its vision to " : " and its vision year ")
                        + v).findFirst().orElse(""));
            }
        });
        if (!target.periodStated() && !plan.period().filter(target.period()::equals).isPresent()) {
            problem(target, "period", "a target whose period the text does not state (periodStated false) takes the "
                    + "document's period, " + plan.period().map(Object::toString).orElse("which the plan does not give")
                    + ", not " + target.period());
        }
    }

    /** Format 1 knew an indicator's first unit only. */
    private static String unitsOf(Indicator indicator, boolean two) {
        return two ? unitsOf(indicator) : "'" + indicator.unit().code() + "'";
    }

    private static String unitsOf(Indicator indicator) {
        return String.join(" or ", indicator.units().stream().map(u -> "'" + u.code() + "'").toList());
    }

    private void checkEquivalent(Object record, Indicator indicator, Unit unit) {
        if (!indicator.fits(unit, false)) {
            problem(record, "equivalent", "the equivalent's unit '" + unit.code() + "' does not fit indicator '"
                    + indicator.code() + "', which is measured in " + unitsOf(indicator));
        }
    }

    private void checkObservation(Observation observation, Structures<Observation> structures) {
        if (!observation.periodStated()) {
            Optional<ReportingPeriod> documents = current.issued().or(current::meetingDate)
                    .map(date -> ReportingPeriod.wholeYear(date.year()))
                    .or(() -> current.period().map(years -> years.isSingleYear() ? ReportingPeriod.wholeYear(years.start())
                            : ReportingPeriod.years(years.start(), years.end())));
            if (!documents.filter(observation.period()::equals).isPresent()) {
                problem(observation, "period", "a figure whose period the text does not state (periodStated false) "
                        + "takes the year the document was issued or met in, or else its period: "
                        + documents.map(Object::toString).orElse("the plan gives neither") + ", not "
                        + observation.period());
            }
        }
        indicator(observation, observation.indicator()).ifPresent(indicator -> {
            if (observation.comparedWith().isEmpty() && !observation.unit().equals(Unit.RANK)) {
                structures.add(indicator, observation);
            }
            // A change on a base is in percent, or in the indicator's own units (an absolute change).
            boolean fits = two ? indicator.fits(observation.unit(), false) || observation.comparedWith().isPresent()
                    && indicator.fits(observation.unit(), true)
                    : indicator.accepts(observation.unit(), false);
            if (!fits) {
                problem(observation, "unit", "unit '" + observation.unit().code() + "' does not fit indicator '"
                        + indicator.code() + "', which is measured in " + unitsOf(indicator, two));
            }
            observation.equivalent().ifPresent(equivalent -> checkEquivalent(observation, indicator,
                    equivalent.unit()));
            if (indicator.isPartOfWhole() && observation.unit().equals(Unit.PERCENT)
                    && observation.comparedWith().isEmpty()) {
                checkShare(observation, observation.value());
            }
        });
    }

    private boolean isShare(Object record) {
        String code = record instanceof Target t ? t.indicator() : ((Observation) record).indicator();
        return indicators.find(code).filter(Indicator::isShare).isPresent();
    }

    private void checkShare(Object record, BigDecimal figure) {
        checkShare(record, record instanceof Target t && t.relation().isRange()
                ? (figure.equals(t.low().orElseThrow()) ? "low" : "high") : "value", figure);
    }

    private void checkShare(Object record, String property, BigDecimal figure) {
        if (figure.signum() < 0 || figure.compareTo(HUNDRED) > 0) {
            problem(record, property, "a " + (isShare(record) ? "share" : "proportion of a whole")
                    + " must lie between 0 and 100, not " + figure.toPlainString());
        }
    }

    /**
     * The shares of one plan's targets or observations by structure and period. Shares of one structure in one
     * period must not add up to more than 100, and to 100 when every share of the structure is given (each within
     * {@link #SHARE_TOLERANCE}). A partial structure is valid.
     */
    private final class Structures<T> {
        private final Function<T, String> indicatorOf;
        private final Function<T, Object> periodOf;
        /** A share's figure, or for a range its low and its high end. */
        private final Function<T, BigDecimal> lowOf;
        private final Function<T, BigDecimal> highOf;
        /** Made on the first share: most records are not shares of a structure. */
        private Map<Group, Map<String, T>> byStructureAndPeriod;

        Structures(Function<T, String> indicatorOf, Function<T, Object> periodOf, Function<T, BigDecimal> lowOf,
                   Function<T, BigDecimal> highOf) {
            this.indicatorOf = indicatorOf;
            this.periodOf = periodOf;
            this.lowOf = lowOf;
            this.highOf = highOf;
        }

        void add(Indicator indicator, T record) {
            if (indicator.structure().isEmpty()) {
                return;
            }
            if (byStructureAndPeriod == null) {
                byStructureAndPeriod = new LinkedHashMap<>();
            }
            var group = new Group(indicator.structure().get(), periodOf.apply(record));
            T earlier = byStructureAndPeriod.computeIfAbsent(group, k -> new LinkedHashMap<>())
                    .putIfAbsent(indicatorOf.apply(record), record);
            if (earlier != null) {
                problem(record, "indicator", "share " + Echo.of(indicatorOf.apply(record)) + " is given twice for "
                        + group.period());
            }
        }

        void check() {
            if (byStructureAndPeriod == null) {
                return;
            }
            for (Map.Entry<Group, Map<String, T>> group : byStructureAndPeriod.entrySet()) {
                checkSum(group.getKey(), group.getValue());
            }
        }

        /**
         * The low ends must leave room: shares of 60-70% and 60-70% cannot both hold. When every share is given,
         * 100 must lie between the sum of the low ends and the sum of the high ends.
         */
        private void checkSum(Group group, Map<String, T> shares) {
            if (shares.values().stream().map(highOf).anyMatch(v -> v.signum() < 0 || v.compareTo(HUNDRED) > 0)
                    || shares.values().stream().map(lowOf).anyMatch(v -> v.signum() < 0)) {
                return; // already reported as a share outside 0-100; a sum would only repeat it
            }
            String structure = group.structure();
            BigDecimal low = shares.values().stream().map(lowOf).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal high = shares.values().stream().map(highOf).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean ranges = low.compareTo(high) != 0;
            // A share whose declaration had problems is not in the registry: the structure may have more.
            boolean complete = shares.size() == indicators.structure(structure).size()
                    && !decoding.mayLackShares(structure);
            T last = new ArrayList<>(shares.values()).get(shares.size() - 1);
            String property = lowOf.apply(last).equals(highOf.apply(last)) ? "value" : "low";
            if (low.compareTo(HUNDRED.add(SHARE_TOLERANCE)) > 0) {
                problem(last, property, "the " + structure + " shares for " + group.period() + " add up to "
                        + (ranges ? "at least " : "") + low.toPlainString() + ", more than 100");
            } else if (complete && ranges && high.compareTo(HUNDRED.subtract(SHARE_TOLERANCE)) < 0) {
                problem(last, "high", "all " + shares.size() + " " + structure + " shares for " + group.period()
                        + " are given but add up to at most " + high.toPlainString() + ", less than 100");
            } else if (complete && !ranges && low.subtract(HUNDRED).abs().compareTo(SHARE_TOLERANCE) > 0) {
                problem(last, "value", "all " + shares.size() + " " + structure + " shares for " + group.period()
                        + " are given but add up to " + low.toPlainString() + ", not 100");
            }
        }
    }

    /** The shares of one structure in one period (a target's years, an observation's months). */
    private record Group(String structure, Object period) {
        // Written out, as Unit's are, for the start-up (a record's own are made on first call through invokedynamic).
        @Override
        public boolean equals(Object other) {
            return other instanceof Group that && structure.equals(that.structure) && period.equals(that.period);
        }

        @Override
        public int hashCode() {
            return 31 * structure.hashCode() + period.hashCode();
        }
    }
}
