package io.github.provplan.evaluation;

import io.github.provplan.indicator.Direction;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Figures;
import io.github.provplan.plan.Figure;
import io.github.provplan.plan.Milestone;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * Says whether a figure meets a target, for every relation:
 * <ul>
 *   <li>above, at least, below, at most: strictly or not, as the relation says;</li>
 *   <li>range: from low to high, both included;</li>
 *   <li>about, about-range: within a tolerance of the figure, by default 5% of it (about 7.5 accepts 7.125 to
 *       7.875; about 140-160 accepts 133 to 168), which {@link #withAboutTolerance} changes;</li>
 *   <li>plain (no qualifier): by the indicator's direction: at least the figure when higher is better, at most
 *       when lower is better, and as "about" for shares and neutral indicators;</li>
 *   <li>qualitative: not computable, and said so.</li>
 * </ul>
 *
 * <pre>{@code
 * Target growth = Target.of(Indicators.GRDP_GROWTH, Relation.AT_LEAST, new BigDecimal("9"), Unit.PERCENT_PER_YEAR,
 *         YearRange.of(2021, 2025), Quote.of("tăng trưởng GRDP bình quân đạt từ 9%/năm trở lên", "003.txt"));
 * Evaluation e = TargetEvaluator.standard().evaluate(growth, new BigDecimal("9.2"));
 * e.isMet();   // true: 9.2 is at least 9
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class TargetEvaluator {
    private static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    private final IndicatorRegistry indicators;
    private final BigDecimal aboutTolerance;

    private TargetEvaluator(IndicatorRegistry indicators, BigDecimal aboutTolerance) {
        this.indicators = indicators;
        this.aboutTolerance = aboutTolerance;
    }

    /**
     * An evaluator that knows the bundled indicators and accepts "about" within 5%.
     *
     * @return the standard evaluator
     */
    public static TargetEvaluator standard() {
        return new TargetEvaluator(IndicatorRegistry.bundled(), DEFAULT_TOLERANCE);
    }

    /**
     * An evaluator that knows {@code indicators}, for catalogs that declare their own; "about" is accepted within 5%.
     *
     * @param indicators the registry whose directions judge plain targets
     * @return the evaluator
     */
    public static TargetEvaluator of(IndicatorRegistry indicators) {
        return new TargetEvaluator(Objects.requireNonNull(indicators, "indicators"), DEFAULT_TOLERANCE);
    }

    /**
     * This evaluator with another tolerance for "about", as a fraction of the target figure ({@code 0.05} is 5%).
     *
     * @param fraction the tolerance, from 0 up to but not including 1
     * @return a new evaluator with the same indicators
     * @throws IllegalArgumentException unless 0 ≤ fraction &lt; 1, with at most 12 decimal places
     */
    public TargetEvaluator withAboutTolerance(BigDecimal fraction) {
        // Bounded as figures are: a fraction of 5E-999999999 would make every comparison align a billion digits.
        fraction = Figures.normalize(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tolerance " + fraction.toPlainString() + " is not a fraction from 0 "
                    + "up to 1");
        }
        return new TargetEvaluator(indicators, fraction);
    }

    /**
     * The tolerance for "about", as a fraction of the target figure.
     *
     * @return the fraction, {@code 0.05} unless {@link #withAboutTolerance} changed it
     */
    public BigDecimal aboutTolerance() {
        return aboutTolerance;
    }

    /**
     * Judges a figure given in the target's unit (for a base-year target: the change in percent).
     *
     * @param target the target
     * @param actual the figure, bounded as document figures are: at most 10^18 in magnitude and 12 decimal places
     *               (it is compared by value, and returned without trailing zeros)
     * @return the evaluation
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the figure is beyond that bound
     */
    public Evaluation evaluate(Target target, BigDecimal actual) {
        Objects.requireNonNull(target, "target");
        return judge(target, Figures.normalize(actual, "actual"));
    }

    /**
     * Judges a figure already bounded: a document figure, or one converted from it exactly (whose places may go
     * beyond 12, as 1 đồng in thousand billions has 12 + 6).
     */
    private Evaluation judge(Target target, BigDecimal actual) {
        return judge(target, actual, target.unit());
    }

    /** {@link #judge(Target, BigDecimal)} of a figure in {@code unit}: a rate for one period against %/năm is in %. */
    private Evaluation judge(Target target, BigDecimal actual, Unit unit) {
        if (target.relation() == Relation.QUALITATIVE) {
            return new Evaluation(target, Optional.of(actual), Outcome.NOT_COMPUTABLE,
                    "the target is qualitative (“" + target.aim().orElseThrow() + "”): there is no figure to compare");
        }
        if (target.relation() == Relation.PATH) {
            return new Evaluation(target, Optional.of(actual), Outcome.NOT_COMPUTABLE,
                    "the target is a yearly path: judge the figure against the milestone of its year");
        }
        Relation relation = effectiveRelation(target);
        boolean met = switch (relation) {
            case ABOVE -> actual.compareTo(value(target)) > 0;
            case AT_LEAST -> actual.compareTo(value(target)) >= 0;
            case BELOW -> actual.compareTo(value(target)) < 0;
            case AT_MOST -> actual.compareTo(value(target)) <= 0;
            case ABOUT, NEARLY -> within(actual, lower(value(target)), upper(value(target)));
            case ABOUT_ABOVE -> actual.compareTo(lower(value(target))) >= 0;
            case RANGE -> within(actual, target.low().orElseThrow(), target.high().orElseThrow());
            case ABOUT_RANGE -> within(actual, lower(target.low().orElseThrow()), upper(target.high().orElseThrow()));
            case PLAIN, QUALITATIVE, PATH -> throw new IllegalStateException("resolved above: " + relation);
        };
        return new Evaluation(target, Optional.of(actual), met ? Outcome.MET : Outcome.NOT_MET,
                explain(target, relation, actual, unit, met));
    }

    /**
     * Judges a reported figure against a target, for the target's own period. A figure for a year before the
     * target's is {@link Outcome#NOT_DUE not due}: the explanation says whether it already meets the target; a
     * figure for a year after the target's is not the target's and is {@link Outcome#NOT_COMPUTABLE not computable}.
     * A yearly path is judged against the milestone of the figure's year. A figure in another scale of the target's
     * unit (billions for millions of đồng) is converted exactly; a figure in the unit of the target's equivalent (US
     * dollars beside đồng) is judged against that equivalent, never converted. A rate reported for part of a period
     * (a first half, a year) is compared as it stands with an average annual rate, which the explanation says.
     *
     * @param target      the target
     * @param observation the reported figure
     * @return the evaluation
     * @throws IllegalArgumentException if the observation measures another indicator, or in a unit that cannot be
     *                                  compared with the target's
     */
    public Evaluation evaluate(Target target, Observation observation) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(observation, "observation");
        if (!observation.indicator().equals(target.indicator())) {
            throw new IllegalArgumentException("the observation measures '" + observation.indicator()
                    + "', the target '" + target.indicator() + "'");
        }
        if (target.isChangeSinceBaseYear()) {
            throw new IllegalArgumentException("the target is a change on " + target.baseYear().getAsInt()
                    + ": evaluate it with evaluateChange from the two levels");
        }
        Target judged = target;
        BigDecimal actual = observation.value();
        String note = "";
        boolean rateAgainstAverage = target.unit().equals(Unit.PERCENT_PER_YEAR)
                && observation.unit().equals(Unit.PERCENT);
        if (!observation.unit().equals(target.unit()) && !rateAgainstAverage) {
            if (observation.unit().convertsTo(target.unit())) {
                actual = observation.unit().convert(actual, target.unit());
                note = ", " + observation.value().toPlainString() + " " + observation.unit().symbol() + " in "
                        + target.unit().symbol();
            } else if (target.equivalent().filter(e -> e.unit().equals(observation.unit())).isPresent()) {
                judged = asTarget(target, target.equivalent().orElseThrow());
                note = ", against the target's equivalent in " + observation.unit().symbol();
            } else {
                throw new IllegalArgumentException("the observation is in '" + observation.unit().code()
                        + "', the target in '" + target.unit().code() + "'"
                        + target.equivalent().map(e -> " (or '" + e.unit().code() + "', its equivalent)").orElse("")
                        + (target.unit().quantity() == io.github.provplan.indicator.Quantity.MONEY
                        && observation.unit().quantity() == io.github.provplan.indicator.Quantity.MONEY
                        ? ": currencies never convert" : ""));
            }
        }
        int year = observation.period().lastYear();
        if (target.relation() == Relation.PATH) {
            Optional<Milestone> milestone = target.milestones().stream().filter(m -> m.year() == year).findFirst();
            if (milestone.isPresent()) {
                judged = asTarget(target, milestone.get());
                note += ", against the path's milestone for " + year;
            }
        }
        if (year < judged.year()) {
            return notDue(judged, target, actual, rateAgainstAverage ? observation.unit() : judged.unit(),
                    observation);
        }
        if (observation.period().year() > judged.year()) {
            return new Evaluation(target, Optional.of(actual), Outcome.NOT_COMPUTABLE, "the figure for "
                    + observation.period() + " is after the target's period " + judged.period()
                    + ": it does not tell whether the target was met");
        }
        Unit actualUnit = rateAgainstAverage ? observation.unit() : judged.unit();
        Evaluation evaluation = judge(judged, actual, actualUnit);
        String about = (observation.estimate() ? "the " + observation.status().code() + " figure " : "the figure ")
                + "for " + observation.period() + note
                + (rateAgainstAverage ? ", a rate for that period compared with an average annual rate over "
                        + target.period() : "");
        return new Evaluation(target, evaluation.actual(), evaluation.outcome(),
                evaluation.explanation() + " (" + about + ")");
    }

    /** A figure for a year before the target's: not judged, but said whether it would meet the target already. */
    private Evaluation notDue(Target judged, Target target, BigDecimal actual, Unit unit, Observation observation) {
        String standing = judged.relation().hasFigure() ? ": so far, " + judge(judged, actual, unit).explanation()
                : "";
        return new Evaluation(target, Optional.of(actual), Outcome.NOT_DUE, "not yet due (the target is for "
                + judged.period() + ", the figure for " + observation.period() + ")" + standing);
    }

    /** The target as it would be with another figure: its milestone for a year, or its equivalent. */
    private static Target asTarget(Target target, Milestone milestone) {
        return new Target(target.indicator(), milestone.relation(), milestone.value(), milestone.low(),
                milestone.high(), target.unit(), YearRange.of(milestone.year()), OptionalInt.empty(),
                Optional.empty(), target.quote());
    }

    private static Target asTarget(Target target, Figure equivalent) {
        return new Target(target.indicator(), equivalent.relation(), equivalent.value(), equivalent.low(),
                equivalent.high(), equivalent.unit(), target.period(), OptionalInt.empty(), Optional.empty(),
                target.quote());
    }

    /**
     * Judges a base-year target ("tăng trên 12% so với năm 2023") from the level in the base year and the level
     * reached: the change is (level / baseLevel − 1) × 100 percent.
     *
     * @param target    a target with a base year
     * @param baseLevel   the level in the base year, positive
     * @param level       the level reached
     * @return the evaluation of the change
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the target has no base year, the base level is not positive, or a level
     *                                  is beyond 10^18 or has more than 12 decimal places
     */
    public Evaluation evaluateChange(Target target, BigDecimal baseLevel, BigDecimal level) {
        Objects.requireNonNull(target, "target");
        baseLevel = Figures.normalize(baseLevel, "baseLevel");
        level = Figures.normalize(level, "level");
        if (!target.isChangeSinceBaseYear()) {
            throw new IllegalArgumentException("the target has no base year: " + target);
        }
        if (baseLevel.signum() <= 0) {
            throw new IllegalArgumentException("the base level must be positive, not " + baseLevel.toPlainString());
        }
        BigDecimal change = Decimals.percent(level.divide(baseLevel, Decimals.CONTEXT));
        // The change of bounded levels has 10 places and at most 32 digits: judged as it is, not bounded again.
        Evaluation evaluation = judge(target, change);
        return new Evaluation(target, evaluation.actual(), evaluation.outcome(), evaluation.explanation()
                + " (from " + baseLevel.toPlainString() + " in " + target.baseYear().getAsInt() + " to "
                + level.toPlainString() + ")");
    }

    /**
     * Where an average annual rate target ("GRDP bình quân 9%/năm 2021-2030") stands given the annual rates
     * achieved so far: their geometric average, judged against the target as any figure is, and the average the
     * remaining years need ({@link GrowthRates#requiredAverage}).
     *
     * A range ("8-9%/năm") needs at least its low end: the average still needed is the one that reaches it.
     *
     * @param target      an average annual rate target ({@link Target#isAverageAnnual()}) with a figure
     * @param ratesByYear annual rates in percent, for consecutive years from the start of the target's period
     * @return where the target stands
     * @throws NullPointerException     if an argument, a year or a rate is null
     * @throws IllegalArgumentException if the target is not an average annual rate with a figure, the years
     *                                  are not consecutive from the period's start and within it, or a rate is
     *                                  −100% or lower, beyond 10^18 or has more than 12 decimal places
     */
    public RateProgress progress(Target target, SortedMap<Integer, BigDecimal> ratesByYear) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ratesByYear, "ratesByYear");
        // One copy, read once: a caller's map that changes (or lies about its size) while being read cannot make the
        // checks below and the arithmetic see different rates.
        var years = new ArrayList<Integer>();
        var rates = new ArrayList<BigDecimal>();
        for (var entry : ratesByYear.entrySet()) {
            if (years.size() == Decimals.MAX_YEARS) {
                throw new IllegalArgumentException("ratesByYear: more than " + Decimals.MAX_YEARS + " years of rates");
            }
            Integer year = Objects.requireNonNull(entry.getKey(), "ratesByYear key");
            years.add(year);
            rates.add(Figures.normalize(entry.getValue(), "ratesByYear value for " + year));
        }
        if (!target.isAverageAnnual() || !target.relation().hasFigure()) {
            throw new IllegalArgumentException("not an average annual rate with a figure: " + target);
        }
        int expected = target.period().start();
        for (int year : years) {
            if (year != expected++ || year > target.period().end()) {
                throw new IllegalArgumentException("give rates for consecutive years of " + target.period()
                        + " from " + target.period().start() + ", not for " + years);
            }
        }
        BigDecimal achieved = GrowthRates.average(rates);
        int left = target.period().years() - rates.size();
        Optional<BigDecimal> required = left == 0 ? Optional.empty()
                : Optional.of(GrowthRates.requiredAverage(target.relation().isRange() ? target.low().orElseThrow()
                        : target.value().orElseThrow(), target.period().years(), rates));
        // The average of bounded rates is at most about 10^18 with 10 places: judged as it is.
        Outcome soFar = judge(target, achieved).outcome();
        return new RateProgress(target, rates.size(), achieved, left, required, left == 0 ? soFar : Outcome.NOT_DUE,
                soFar == Outcome.MET);
    }

    /** A plain target's relation, read from the indicator's direction. */
    private Relation effectiveRelation(Target target) {
        if (target.relation() != Relation.PLAIN) {
            return target.relation();
        }
        Direction direction = indicators.find(target.indicator()).map(Indicator::direction)
                .orElseThrow(() -> new IllegalArgumentException(indicators.unknown(target.indicator())));
        return switch (direction) {
            case HIGHER_IS_BETTER -> Relation.AT_LEAST;
            case LOWER_IS_BETTER -> Relation.AT_MOST;
            case SHARE, NEUTRAL -> Relation.ABOUT;
        };
    }

    private static BigDecimal value(Target target) {
        return target.value().orElseThrow();
    }

    private BigDecimal lower(BigDecimal figure) {
        return figure.subtract(figure.abs().multiply(aboutTolerance));
    }

    private BigDecimal upper(BigDecimal figure) {
        return figure.add(figure.abs().multiply(aboutTolerance));
    }

    private static boolean within(BigDecimal actual, BigDecimal low, BigDecimal high) {
        return actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0;
    }

    private String explain(Target target, Relation relation, BigDecimal actual, Unit unit, boolean met) {
        String shown = actual.toPlainString() + " " + unit.symbol();
        String wanted = switch (relation) {
            case ABOVE -> "above " + plain(value(target));
            case AT_LEAST -> "at least " + plain(value(target));
            case BELOW -> "below " + plain(value(target));
            case AT_MOST -> "at most " + plain(value(target));
            case ABOUT, NEARLY -> relation.code() + " " + plain(value(target)) + " (" + plain(lower(value(target)))
                    + " to " + plain(upper(value(target))) + ")";
            case ABOUT_ABOVE -> "about above " + plain(value(target)) + " (from " + plain(lower(value(target))) + ")";
            case RANGE -> "from " + plain(target.low().orElseThrow()) + " to " + plain(target.high().orElseThrow());
            case ABOUT_RANGE -> "about " + plain(target.low().orElseThrow()) + " to "
                    + plain(target.high().orElseThrow()) + " (" + plain(lower(target.low().orElseThrow())) + " to "
                    + plain(upper(target.high().orElseThrow())) + ")";
            case PLAIN, QUALITATIVE, PATH -> throw new IllegalStateException();
        };
        String plainNote = target.relation() == Relation.PLAIN ? ", as the plan's figure for an indicator where "
                + (relation == Relation.AT_LEAST ? "higher is better" : relation == Relation.AT_MOST
                        ? "lower is better" : "neither way is better") : "";
        return shown + (met ? " meets " : " does not meet ") + target.indicator() + " " + wanted + " "
                + target.unit().symbol() + " in " + target.period() + plainNote;
    }

    private static String plain(BigDecimal value) {
        return Decimals.result(value).toPlainString();
    }
}
