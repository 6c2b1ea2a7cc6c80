package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanWriter;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Reference;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.SpatialElement;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import io.github.provplan.plan.YearRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The figures and facts of the bundled catalog that users rely on, pinned to the seeds. */
class BundledCatalogTest {
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();
    private static final Plan MASTER_PLAN = plan("long-an-master-plan-2021-2030");
    private static final Plan WORKING_SESSION = plan("long-an-pm-working-session-2023-07");
    private static final Plan CONFERENCE = plan("long-an-socio-economic-conference-2023");
    private static final Plan RESOLUTION = plan("long-an-party-resolution-2024");
    private static final Plan NOTICE = plan("lang-son-notice-394-tb-vpcp");
    private static final Plan PROGRAMME = plan("long-an-action-programme-686");

    private static Plan plan(String id) {
        return CATALOG.plan(id).orElseThrow(() -> new AssertionError("no plan " + id));
    }

    private static Target target(Plan plan, String indicator) {
        List<Target> found = plan.targets().stream().filter(t -> t.indicator().equals(indicator)).toList();
        assertEquals(1, found.size(), () -> plan.id() + " " + indicator + ": " + found);
        return found.get(0);
    }

    /** The targets of the seeds' plans. */
    private static Stream<Target> allTargets() {
        return Seeds.plans(CATALOG).flatMap(p -> p.targets().stream());
    }

    @Test
    void documentsOfAllFiveSeedsCoveringLongAnAndLangSon() {
        assertEquals(6, Seeds.plans(CATALOG).count());
        assertEquals(Set.of("Long An", "Lạng Sơn"),
                Seeds.plans(CATALOG).map(Plan::province).collect(Collectors.toSet()));
        assertEquals(Set.copyOf(Seeds.FILES), Seeds.plans(CATALOG)
                .flatMap(p -> p.sources().stream()).map(s -> s.ref()).collect(Collectors.toSet()));
        // The real texts beyond the seeds: 24 saved passages (one adds the 2030 targets to the national master plan of
        // another), 42 plans.
        assertEquals(48, CATALOG.size());
        assertEquals(23, CATALOG.plans().stream().filter(p -> !Seeds.plans(CATALOG).toList().contains(p))
                .map(p -> p.sources().get(0).ref()).distinct().count());
    }

    @Test
    void seed003GivesTwoDocumentsByDifferentIssuers() {
        assertEquals(PlanKind.MASTER_PLAN, MASTER_PLAN.kind());
        assertEquals(Optional.of(DocumentNumber.parse("686/QĐ-TTg")), MASTER_PLAN.number());
        assertEquals("Thủ tướng Chính phủ", MASTER_PLAN.issuer().body());
        assertEquals(Optional.of(PartialDate.of(2023, 6, 13)), MASTER_PLAN.issued());
        assertEquals(Optional.of(YearRange.of(2021, 2030)), MASTER_PLAN.period());
        assertEquals(OptionalInt.of(2050), MASTER_PLAN.vision());

        assertEquals(PlanKind.ACTION_PROGRAMME, PROGRAMME.kind());
        assertEquals("UBND tỉnh Long An", PROGRAMME.issuer().body());
        Reference implemented = PROGRAMME.implementing().get(0);
        assertEquals(Optional.of(DocumentNumber.parse("686/QĐ-TTg")), implemented.number());
        assertEquals(Optional.of(PartialDate.of(2023, 6, 13)), implemented.date());
        assertEquals(Optional.of(MASTER_PLAN.id()), implemented.plan());
    }

    @Test
    void datesKeepThePrecisionTheSeedsGive() {
        assertEquals(Optional.of(PartialDate.of(2023, 7)), WORKING_SESSION.meetingDate());
        assertEquals(PartialDate.Precision.MONTH, WORKING_SESSION.meetingDate().orElseThrow().precision());
        assertEquals(Optional.of(PartialDate.of(2023, 1, 6)), CONFERENCE.meetingDate());
        assertEquals(Optional.of(PartialDate.of(2019, 11, 13)), NOTICE.issued());
        assertEquals(Optional.of(PartialDate.of(2019, 9, 30)), NOTICE.meetingDate());
        assertEquals(Optional.of(DocumentNumber.parse("394/TB-VPCP")), NOTICE.number());
        assertEquals(Optional.empty(), RESOLUTION.issued(), "the seed does not say when the resolution was issued");
    }

    @Test
    void everyReferenceToAPlanNamesABundledPlan() {
        var references = CATALOG.plans().stream().flatMap(p -> p.links().stream())
                .flatMap(link -> link.reference().plan().stream()).toList();
        // Three in the seeds' plans; the 2025 amendment (twice: it amends and adjusts) and Resolution 306 name the
        // national master plan.
        assertEquals(3 + 3, references.size());
        assertTrue(references.stream().allMatch(id -> CATALOG.plan(id).isPresent()), references::toString);
    }

    @Test
    void resolutionImplementsDirective58AndResolution19() {
        assertEquals(List.of("58-CT/TU", "19-NQ/TW"), RESOLUTION.implementing().stream()
                .map(r -> r.number().orElseThrow().toString()).toList());
    }

    @Test
    void the2030GrdpSharesOfTheMasterPlanAddUpToExactly100() {
        List<Target> shares = MASTER_PLAN.targets().stream()
                .filter(t -> CATALOG.indicators().get(t.indicator()).isShare()).toList();
        assertEquals(4, shares.size());
        assertTrue(shares.stream().allMatch(t -> t.relation() == Relation.ABOUT && t.year() == 2030));
        BigDecimal sum = shares.stream().map(t -> t.value().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("100.0").compareTo(sum), sum::toPlainString);
        assertEquals(new BigDecimal("7.5"), target(MASTER_PLAN, Indicators.GRDP_SHARE_AGRICULTURE).value().orElseThrow());
        assertEquals(new BigDecimal("61.8"), target(MASTER_PLAN, Indicators.GRDP_SHARE_INDUSTRY).value().orElseThrow());
        assertEquals(new BigDecimal("24.2"), target(MASTER_PLAN, Indicators.GRDP_SHARE_SERVICES).value().orElseThrow());
        assertEquals(new BigDecimal("6.5"), target(MASTER_PLAN, Indicators.GRDP_SHARE_TAXES).value().orElseThrow());
    }

    @Test
    void theFirstHalf2023SharesAddUpTo9446AsAPartialStructure() {
        List<Observation> shares = WORKING_SESSION.observations().stream()
                .filter(o -> CATALOG.indicators().get(o.indicator()).isShare()).toList();
        assertEquals(3, shares.size(), "the seed gives no share for product taxes");
        assertTrue(shares.stream().allMatch(o -> o.period().equals(ReportingPeriod.half(2023, 1)) && !o.estimate()));
        BigDecimal sum = shares.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("94.46"), sum);
        assertEquals(4, CATALOG.indicators().structure(Indicators.GRDP_STRUCTURE).size());
    }

    @Test
    void firstHalf2023GrdpGrowthIsAnEstimate() {
        Observation growth = WORKING_SESSION.observations().stream()
                .filter(o -> o.indicator().equals(Indicators.GRDP_GROWTH)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("3.43"), growth.value());
        assertEquals(Unit.PERCENT, growth.unit());
        assertEquals(ReportingPeriod.half(2023, 1), growth.period());
        assertTrue(growth.estimate());
    }

    @Test
    void aboveTarget() {
        Target perCapita = target(MASTER_PLAN, Indicators.GRDP_PER_CAPITA);
        assertEquals(Relation.ABOVE, perCapita.relation());
        assertEquals(new BigDecimal("180"), perCapita.value().orElseThrow());
        assertEquals(Unit.MILLION_VND, perCapita.unit());
        assertEquals(YearRange.of(2030), perCapita.period());
    }

    @Test
    void plainAverageAnnualTarget() {
        Target growth = target(MASTER_PLAN, Indicators.GRDP_GROWTH);
        assertEquals(Relation.PLAIN, growth.relation());
        assertEquals(new BigDecimal("9"), growth.value().orElseThrow());
        assertTrue(growth.isAverageAnnual());
        assertEquals(YearRange.of(2021, 2030), growth.period());
    }

    @Test
    void aboutAverageAnnualTarget() {
        Target population = target(MASTER_PLAN, Indicators.POPULATION_GROWTH);
        assertEquals(Relation.ABOUT, population.relation());
        assertEquals(new BigDecimal("1"), population.value().orElseThrow());
        assertEquals(Unit.PERCENT_PER_YEAR, population.unit());
    }

    @Test
    void atLeastTarget() {
        Target sectorOne = target(CONFERENCE, Indicators.AGRICULTURE_GROWTH);
        assertEquals(Relation.AT_LEAST, sectorOne.relation());
        assertEquals(new BigDecimal("2.5"), sectorOne.value().orElseThrow());
        assertEquals(YearRange.of(2023), sectorOne.period());
    }

    @Test
    void baseYearTarget() {
        Target revenue = target(RESOLUTION, Indicators.STATE_BUDGET_REVENUE);
        assertEquals(Relation.ABOVE, revenue.relation());
        assertEquals(new BigDecimal("12"), revenue.value().orElseThrow());
        assertEquals(OptionalInt.of(2023), revenue.baseYear());
        assertEquals(YearRange.of(2024), revenue.period());
    }

    @Test
    void qualitativeTargetsNameTheirIndicatorAndYear() {
        Target pci2023 = target(CONFERENCE, Indicators.PCI);
        assertEquals(Relation.QUALITATIVE, pci2023.relation());
        assertEquals(Optional.of("trở lại nhóm đầu cả nước"), pci2023.aim());
        assertEquals(YearRange.of(2023), pci2023.period());
        assertEquals(Set.of(Indicators.PCI, Indicators.PAPI, Indicators.PAR_INDEX), RESOLUTION.targets().stream()
                .filter(t -> t.aim().equals(Optional.of("nhóm đầu cả nước"))).map(Target::indicator)
                .collect(Collectors.toSet()));
        assertEquals(Optional.of("nhóm khá các tỉnh, thành phố cả nước"), target(NOTICE, Indicators.PCI).aim());
        assertEquals(Relation.QUALITATIVE, target(MASTER_PLAN, "universal-kindergarten-education").relation());
    }

    @Test
    void noSeedGivesARangeOrAnUpperBoundSoTheCatalogHasNone() {
        assertFalse(allTargets().anyMatch(t -> t.relation().isRange() || t.relation() == Relation.BELOW
                || t.relation() == Relation.AT_MOST));
    }

    @Test
    void masterPlanHasTheSixteen2030Targets() {
        assertEquals(16, MASTER_PLAN.targets().size());
        assertEquals(new BigDecimal("27"), target(MASTER_PLAN, Indicators.HOSPITAL_BEDS_PER_10000).value().orElseThrow());
        assertEquals(new BigDecimal("11"), target(MASTER_PLAN, Indicators.DOCTORS_PER_10000).value().orElseThrow());
        assertEquals(Relation.ABOVE, target(MASTER_PLAN, Indicators.TRAINED_LABOUR_RATE).relation());
        assertEquals(Relation.PLAIN, target(MASTER_PLAN, Indicators.CERTIFIED_LABOUR_RATE).relation());
    }

    @Test
    void theConferenceSetsTwoDeadlinesOf15January2023() {
        List<Plan> withDeadlines = Seeds.plans(CATALOG)
                .filter(p -> p.directives().stream().anyMatch(d -> d.deadline().isPresent())).toList();
        assertEquals(List.of(CONFERENCE, NOTICE), withDeadlines);
        assertEquals(List.of(PartialDate.of(2023, 1, 15), PartialDate.of(2023, 1, 15)), CONFERENCE.directives()
                .stream().flatMap(d -> d.deadline().stream()).toList());
    }

    @Test
    void directivesSayWhoDirectsAndWhoActs() {
        var planning = CONFERENCE.directives().stream()
                .filter(d -> d.to().lead().equals("Sở Kế hoạch và Đầu tư")).toList();
        assertEquals(2, planning.size());
        assertTrue(planning.stream().allMatch(d -> d.to().support().equals(List.of("Sở Tài chính"))
                && d.isAbout(Theme.PUBLIC_INVESTMENT) && d.by().person().equals(Optional.of("Nguyễn Văn Út"))));
        assertTrue(NOTICE.directives().stream().anyMatch(d -> d.isAbout(Theme.BORDER_ECONOMY)));
        assertTrue(NOTICE.directives().stream().anyMatch(d -> d.isAbout(Theme.TRANSPORT)
                && d.action().contains("Hữu Nghị - Chi Lăng") && d.to().lead().equals("Các bộ, ngành")));
        assertTrue(WORKING_SESSION.directives().stream()
                .allMatch(d -> d.by().person().equals(Optional.of("Phạm Minh Chính"))));
    }

    @Test
    void longAnsThreeProposalsToTheCentre() {
        assertEquals(3, WORKING_SESSION.proposals().size());
        assertTrue(WORKING_SESSION.proposals().get(0).request().contains("Khu kinh tế Long An"));
        assertTrue(WORKING_SESSION.proposals().get(1).isAbout(Theme.TRANSPORT));
        assertTrue(WORKING_SESSION.proposals().get(2).isAbout(Theme.CLIMATE_AND_DISASTERS));
        assertEquals(3, Seeds.plans(CATALOG).mapToInt(p -> p.proposals().size()).sum());
    }

    @Test
    void developmentModelAndPillarsAreReadableByAProgram() {
        var model = WORKING_SESSION.spatialModel().orElseThrow();
        assertEquals(List.of(new SpatialElement(1, "trung tâm"), new SpatialElement(2, "hành lang kinh tế"),
                new SpatialElement(3, "vùng kinh tế xã hội"), new SpatialElement(6, "trục động lực")), model.elements());
        assertEquals(6, RESOLUTION.spatialModel().orElseThrow().count("trục"));
        assertEquals(List.of("trọng tâm", "đột phá", "bệ đỡ"), WORKING_SESSION.pillars().stream()
                .flatMap(p -> p.role().stream()).toList());
        assertEquals(5, WORKING_SESSION.pillars().size());
        assertEquals(List.of("Kinh tế cửa khẩu", "du lịch bền vững",
                "nông nghiệp thông minh gắn với công nghiệp chế biến thực phẩm"),
                NOTICE.pillars().stream().map(p -> p.name()).toList());
    }

    @Test
    void bundledFilesAreCanonicalAndAllListedInTheIndex() throws IOException {
        Path directory = Path.of("src/main/resources/io/github/provplan/catalog");
        List<String> listed = Files.readAllLines(directory.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList(),
                    listed.stream().sorted().toList());
        }
        // A seed's plan is a file of its own, named after its id; a real text beyond the seeds is a catalog object
        // named after its saved passage, with the indicators it declares.
        for (Plan plan : Seeds.plans(CATALOG).toList()) {
            assertEquals(Files.readString(directory.resolve(plan.id() + ".json"), StandardCharsets.UTF_8),
                    PlanWriter.create().write(plan), plan.id());
        }
        for (String name : RealTextsTest.names()) {
            Path file = RealTextsTest.file(name);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), PlanWriter.create().write(RealTextsTest
                    .plans(name)), name);
        }
    }
}
