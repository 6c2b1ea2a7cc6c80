package io.github.provplan.hardening;

import io.github.provplan.format.PlanSet;
import io.github.provplan.indicator.Direction;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Quantity;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Actor;
import io.github.provplan.plan.Assignees;
import io.github.provplan.plan.Comparison;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.Figure;
import io.github.provplan.plan.Measure;
import io.github.provplan.plan.Milestone;
import io.github.provplan.plan.Objective;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.ObservationStatus;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Pillar;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.PlanStatus;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Ranking;
import io.github.provplan.plan.Reference;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Scope;
import io.github.provplan.plan.Source;
import io.github.provplan.plan.SpatialElement;
import io.github.provplan.plan.SpatialModel;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import io.github.provplan.plan.YearRange;
import io.github.provplan.province.Era;
import io.github.provplan.province.ProvinceRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Valid plan sets from a seed: the same seed always gives the same set. Everything the format allows appears:
 * every relation, unit, kind and theme, Vietnamese text, figures from 10^-12 to 10^18, declared indicators.
 */
final class PlanGenerator {
    private static final List<String> WORDS = List.of("phát", "triển", "kinh", "tế", "xã", "hội", "đầu", "tư",
            "công", "nghiệp", "nông", "thôn", "mới", "giao", "thông", "hạ", "tầng", "đô", "thị", "Long", "An",
            "Lạng", "Sơn", "Đắk", "Lắk", "Thừa", "Thiên", "Huế", "cửa", "khẩu", "“chuyển đổi số”", "ngân", "sách",
            "tăng", "trưởng", "bền", "vững", "quy", "hoạch", "2030", "9%/năm", "\"trích dẫn\"", "a\\b", "a\tb",
            "ỹ", "Ư", "ơ", "đ", "Đ");
    private static final List<String> FIGURES = List.of("0", "1", "-2.5", "7.5", "61.8", "100", "180", "12000",
            "0.000000000001", "999999999999999999", "1000000000000000000", "-1000000000000000000", "3.43",
            "123456789.123456789012");

    private final Random random;
    private final List<Indicator> declared = new ArrayList<>();
    private IndicatorRegistry indicators = IndicatorRegistry.bundled();

    PlanGenerator(long seed) {
        this.random = new Random(seed);
    }

    PlanSet planSet() {
        if (random.nextInt(3) == 0) {
            declared.add(Indicator.of("custom-rate-" + random.nextInt(1000), text(3), "Custom rate", Unit.PERCENT,
                    Direction.values()[random.nextInt(2)]));
            declared.add(Indicator.of("custom-exports-" + random.nextInt(1000), text(3), "Exports", Unit.USD,
                    Direction.HIGHER_IS_BETTER));
            int share = random.nextInt(1000);
            declared.add(Indicator.share("custom-share-" + share, text(3), "Custom share", "custom-structure"));
            declared.add(Indicator.share("custom-share-" + (share + 1000), text(3), "Other share", "custom-structure"));
            indicators = indicators.with(declared);
        }
        var plans = new ArrayList<Plan>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            plans.add(plan("plan-" + i + "-" + random.nextInt(100_000)));
        }
        return PlanSet.of(List.of(), declared, plans);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String text(int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return text.toString();
    }

    private BigDecimal figure() {
        return new BigDecimal(pick(FIGURES));
    }

    /**
     * A figure its unit admits (from -100 for a percentage, from 0 for money...), between 0 and 100 for a proportion
     * in percent: the extremes of {@link #FIGURES} where the quantity allows them. 0 and 1 fit every unit.
     */
    private BigDecimal figure(Unit unit, boolean change, Indicator indicator) {
        return figure(unit, change, indicator, Relation.PLAIN);
    }

    /** The same, and one some level can meet with {@code relation}: not "below 0 jobs" or "above 100%" of a whole. */
    private BigDecimal figure(Unit unit, boolean change, Indicator indicator, Relation relation) {
        var hundred = BigDecimal.valueOf(100);
        while (true) {
            BigDecimal figure = figure();
            boolean admitted = change ? unit.quantity().admitsChange(figure) : unit.quantity().admitsLevel(figure);
            boolean partOfWhole = !change && indicator != null && indicator.isPartOfWhole() && unit.equals(Unit.PERCENT);
            boolean inWhole = !partOfWhole || figure.signum() >= 0 && figure.compareTo(hundred) <= 0;
            boolean reachable = true;
            boolean down = relation == Relation.BELOW || relation == Relation.NEARLY;
            boolean up = relation == Relation.ABOVE || relation == Relation.ABOUT_ABOVE;
            if (change && down && unit.quantity().lowest().signum() < 0) {
                reachable = figure.compareTo(BigDecimal.valueOf(-100)) > 0;
            } else if (!change && down) {
                reachable = figure.compareTo(unit.quantity().lowest()) > 0 && (!partOfWhole || figure.signum() > 0);
            } else if (!change && up) {
                reachable = unit.quantity().highest().filter(h -> figure.compareTo(h) >= 0).isEmpty()
                        && (!partOfWhole || figure.compareTo(hundred) < 0);
            }
            if (admitted && inWhole && reachable) {
                return figure;
            }
        }
    }

    private PartialDate date(int year) {
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.of(year);
            case 1 -> PartialDate.of(year, 1 + random.nextInt(12));
            default -> PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private <T> Optional<T> maybe(T value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private Plan plan(String id) {
        int start = 2000 + random.nextInt(40);
        var period = YearRange.of(start, start + random.nextInt(10));
        int vision = period.end() + 1 + random.nextInt(20);
        List<String> refs = List.of("source-" + random.nextInt(100) + ".txt", "https://example.org/" + text(1));
        var provinces = ProvinceRegistry.bundled();
        String province = random.nextInt(8) == 0 ? Plan.WHOLE_COUNTRY
                : pick(provinces.units(pick(Era.values()))).name();
        var builder = Plan.builder(id, pick(PlanKind.values()), province, text(6), Actor.of(text(3)))
                .period(period).vision(vision).status(pick(PlanStatus.values()));
        switch (random.nextInt(6)) {
            case 0 -> builder.scope(Scope.region(pick(List.of("Đồng bằng sông Cửu Long", "Trung du và miền núi phía Bắc"))));
            case 1 -> {
                Era era = pick(Era.values());
                var units = provinces.units(era);
                String first = pick(units).name();
                String second = pick(units).name();
                builder.scope(Scope.provinces(era, first.equals(second) ? List.of(first) : List.of(first, second)));
            }
            default -> { }
        }
        if (random.nextInt(4) == 0) {
            builder.adjusts(Reference.of(DocumentNumber.parsePartial(pick(List.of("306", "81/2023/QH15")))));
        }
        if (random.nextInt(4) == 0) {
            builder.amends(Reference.titled(text(3)));
        }
        if (random.nextInt(4) == 0) {
            builder.supersedes(Reference.titled(text(3)));
        }
        if (random.nextBoolean()) {
            builder.titleEn("An English title " + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            builder.number(DocumentNumber.parsePartial(pick(List.of("686/QĐ-TTg", "202/2025/QH15", "58-CT/TU",
                    "01/2021/NĐ-CP", "394/TB-VPCP", "306"))));
        }
        PartialDate meeting = date(start);
        if (random.nextBoolean()) {
            builder.meetingDate(meeting);
        }
        builder.issued(PartialDate.of(start + 1, 1 + random.nextInt(12)));
        refs.forEach(ref -> builder.source(new Source(ref, maybe(text(4)), maybe(text(2)), maybe(text(2)),
                maybe(date(start)), maybe("https://example.org/" + random.nextInt(1000)))));
        builder.implementing(new Reference(Optional.of(DocumentNumber.parse("686/QĐ-TTg")), maybe(text(3)),
                maybe(date(start)), Optional.empty()));
        builder.cites(Reference.titled(text(5)));
        builder.objective(new Objective(maybe(YearRange.of(vision)), quote(refs)));
        builder.pillar(new Pillar(text(3), maybe(text(1)), quote(refs)));
        if (random.nextBoolean()) {
            builder.spatialModel(new SpatialModel(List.of(new SpatialElement(1 + random.nextInt(6), text(2)),
                    new SpatialElement(1 + random.nextInt(6), text(2))), quote(refs)));
        }
        Set<String> shares = new HashSet<>();
        for (int i = 0; i < 3 + random.nextInt(8); i++) {
            target(period, vision, refs, shares).ifPresent(builder::target);
        }
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            builder.directive(new Directive(Actor.of(text(3), text(2)), new Assignees(text(4),
                    random.nextBoolean() ? List.of(text(2), text(3)) : List.of()), text(10), themes(),
                    maybe(date(start + 2 + random.nextInt(3))), quote(refs))); // after the issue date
        }
        for (int i = 0; i < random.nextInt(4); i++) {
            Indicator indicator = pick(indicators.all().stream().filter(ind -> !ind.isShare()).toList());
            builder.observation(observation(indicator, start, refs));
        }
        for (int i = 0; i < random.nextInt(3); i++) {
            builder.proposal(new Proposal(Actor.of(text(2)), List.of(text(3)), text(8), themes(), quote(refs)));
        }
        return builder.build();
    }

    private Observation observation(Indicator indicator, int start, List<String> refs) {
        Relation relation = pick(List.of(Relation.PLAIN, Relation.ABOVE, Relation.ABOUT, Relation.NEARLY,
                Relation.ABOUT_ABOVE, Relation.AT_LEAST, Relation.AT_MOST, Relation.BELOW));
        switch (indicator.unit().equals(Unit.RANK) ? 0 : random.nextInt(4)) {
            case 0 -> {
                // Places 2 to 12 leave room above and below in every ranking the generator makes (13 or 63).
                return new Observation(indicator.code(), relation, BigDecimal.valueOf(2 + random.nextInt(11)), Unit.RANK,
                        reportingPeriod(start), true, pick(ObservationStatus.values()), Optional.empty(),
                        Optional.of(random.nextBoolean() ? Ranking.of(63) : Ranking.inRegion(13, text(2))),
                        Optional.empty(), quote(refs));
            }
            case 1 -> {
                boolean rate = indicator.unit().equals(Unit.PERCENT) || indicator.unit().quantity() != Quantity.RANK
                        && indicator.unit().quantity() != Quantity.STATUS;
                Unit unit = rate ? Unit.PERCENT_PER_YEAR : indicator.unit();
                return new Observation(indicator.code(), relation, figure(unit, false, indicator, relation), unit,
                        ReportingPeriod.years(start, start + 1 + random.nextInt(5)),
                        true, pick(ObservationStatus.values()), Optional.empty(), Optional.empty(), Optional.empty(),
                        quote(refs));
            }
            case 2 -> {
                Optional<Comparison> comparison = maybe(random.nextBoolean() ? Comparison.samePeriodLastYear()
                        : Comparison.baseYear(start - 1));
                boolean change = comparison.isPresent();
                Optional<Figure> equivalent = indicator.units().size() > 1
                        ? Optional.of(Figure.of(pick(List.of(Relation.ABOUT, Relation.PLAIN)),
                                figure(indicator.units().get(1), change, indicator), indicator.units().get(1)))
                        : Optional.empty();
                return new Observation(indicator.code(), relation, figure(indicator.unit(), change, indicator, relation),
                        indicator.unit(), reportingPeriod(start), true, pick(ObservationStatus.values()), comparison,
                        Optional.empty(), equivalent, quote(refs));
            }
            default -> {
                return new Observation(indicator.code(), figure(indicator.unit(), false, indicator), indicator.unit(),
                        reportingPeriod(start),
                        random.nextBoolean(), quote(refs));
            }
        }
    }

    private ReportingPeriod reportingPeriod(int year) {
        return switch (random.nextInt(5)) {
            case 0 -> ReportingPeriod.wholeYear(year);
            case 1 -> ReportingPeriod.half(year, 1 + random.nextInt(2));
            case 2 -> ReportingPeriod.quarter(year, 1 + random.nextInt(4));
            case 3 -> ReportingPeriod.month(year, 1 + random.nextInt(12));
            default -> ReportingPeriod.firstMonths(year, 2 + random.nextInt(9));
        };
    }

    private List<Theme> themes() {
        var themes = new ArrayList<Theme>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            Theme theme = pick(Theme.values());
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return themes;
    }

    private Quote quote(List<String> refs) {
        return Quote.of(text(12), pick(refs));
    }

    private Optional<Target> target(YearRange period, int vision, List<String> refs, Set<String> shares) {
        if (random.nextInt(4) == 0) {
            return Optional.of(formatTwoTarget(period, vision, refs));
        }
        Indicator indicator = pick(indicators.all());
        Relation relation = pick(Relation.FORMAT_1.toArray(Relation[]::new));
        if (relation == Relation.PLAIN && random.nextBoolean()) {
            relation = pick(List.of(Relation.NEARLY, Relation.ABOUT_ABOVE));
        }
        boolean average = indicator.unit() == Unit.PERCENT && !indicator.isShare() && !period.isSingleYear()
                && random.nextBoolean();
        YearRange when = average ? period : random.nextInt(4) == 0 ? YearRange.of(vision) : YearRange.of(period.end());
        Unit unit = average ? Unit.PERCENT_PER_YEAR : indicator.unit();
        OptionalInt baseYear = OptionalInt.empty();
        if (!average && !indicator.isShare() && when.start() > 1950 && random.nextInt(5) == 0) {
            baseYear = OptionalInt.of(when.start() - 1 - random.nextInt(3));
            unit = Unit.PERCENT;
        }
        if (indicator.isShare()) {
            // One share per structure and year keeps every structure partial, as the format allows.
            if (!shares.add(indicator.structure().orElseThrow() + when)) {
                return Optional.empty();
            }
            BigDecimal share = new BigDecimal(1 + random.nextInt(9_998)).movePointLeft(2); // room above and below
            return Optional.of(relation.isRange()
                    ? Target.range(indicator.code(), relation, share.min(new BigDecimal("50")), share.max(
                            new BigDecimal("50")), unit, when, quote(refs))
                    : relation == Relation.QUALITATIVE ? Target.qualitative(indicator.code(), text(4), unit, when,
                            quote(refs))
                    : Target.of(indicator.code(), relation, share, unit, when, quote(refs)));
        }
        // A place in a ranking is a whole number from 1; 13 fits every ranking the generator makes.
        boolean change = baseYear.isPresent();
        // A place from 2 leaves room below it for "below"; every relation but a range takes a alone.
        BigDecimal a = unit.equals(Unit.RANK) ? BigDecimal.valueOf(2 + random.nextInt(11))
                : figure(unit, change, indicator, relation);
        BigDecimal b = unit.equals(Unit.RANK) ? BigDecimal.valueOf(1 + random.nextInt(13)) : figure(unit, change, indicator);
        return Optional.of(switch (relation) {
            case RANGE, ABOUT_RANGE -> new Target(indicator.code(), relation, Optional.empty(), Optional.of(a.min(b)),
                    Optional.of(a.max(b)), unit, when, baseYear, Optional.empty(), quote(refs));
            case QUALITATIVE -> new Target(indicator.code(), relation, Optional.empty(), Optional.empty(),
                    Optional.empty(), unit, when, baseYear, Optional.of(text(5)), quote(refs));
            default -> new Target(indicator.code(), relation, Optional.of(a), Optional.empty(), Optional.empty(), unit,
                    when, baseYear, Optional.empty(), quote(refs));
        });
    }

    /** A target with what only format 2 says: a path, an equivalent, a ranking, a measure, a condition. */
    private Target formatTwoTarget(YearRange period, int vision, List<String> refs) {
        var rates = indicators.all().stream().filter(i -> i.unit().equals(Unit.PERCENT) && !i.isShare()).toList();
        int kind = random.nextInt(5);
        if ((kind == 0 || kind == 3) && period.isSingleYear() || kind == 4 && vision - period.end() < 2) {
            kind = 2;
        }
        return switch (kind) {
            case 0 -> {
                Indicator indicator = pick(rates);
                var milestones = new ArrayList<Milestone>();
                for (int year = period.start(); year <= period.end(); year++) {
                    milestones.add(random.nextBoolean()
                            ? Milestone.of(year, Relation.PLAIN, figure(indicator.unit(), false, indicator))
                            : Milestone.range(year, Relation.RANGE, BigDecimal.ONE, BigDecimal.TEN));
                }
                yield Target.path(indicator.code(), indicator.unit(), period, milestones, quote(refs));
            }
            case 1 -> new Target(pick(List.of("grdp-per-capita", "gdp-per-capita", "income-per-capita")),
                    Relation.ABOUT, Optional.of(figure(Unit.USD, false, null)), Optional.empty(), Optional.empty(),
                    Unit.USD, Optional.of(Figure.of(Relation.ABOUT_ABOVE, figure(Unit.MILLION_VND, false, null),
                            Unit.MILLION_VND)), Optional.empty(),
                    Measure.LEVEL, YearRange.of(period.end()), true, OptionalInt.empty(), List.of(), Optional.empty(),
                    Optional.empty(), quote(refs));
            case 2 -> new Target(pick(indicators.all()).code(), Relation.AT_MOST, Optional.of(BigDecimal.TEN),
                    Optional.empty(), Optional.empty(), Unit.RANK, Optional.empty(), Optional.of(Ranking.of(34)),
                    Measure.LEVEL, YearRange.of(period.end()), true, OptionalInt.empty(), List.of(), Optional.empty(),
                    Optional.empty(), quote(refs));
            case 3 -> new Target("total-social-investment", Relation.ABOVE,
                    Optional.of(figure(Unit.THOUSAND_BILLION_VND, false, null)), Optional.empty(),
                    Optional.empty(), Unit.THOUSAND_BILLION_VND, Optional.empty(), Optional.empty(),
                    pick(List.of(Measure.TOTAL, Measure.AVERAGE)), period, random.nextBoolean(), OptionalInt.empty(),
                    List.of(), maybe(text(4)), Optional.empty(), quote(refs));
            default -> new Target(pick(rates).code(), Relation.RANGE, Optional.empty(), Optional.of(BigDecimal.ONE),
                    Optional.of(BigDecimal.TEN), Unit.PERCENT_PER_YEAR, Optional.empty(), Optional.empty(),
                    Measure.LEVEL, YearRange.of(period.end() + 1, vision), true, OptionalInt.empty(), List.of(),
                    Optional.empty(), Optional.empty(), quote(refs));
        };
    }
}
