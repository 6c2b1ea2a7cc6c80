package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Scope;
import io.github.provplan.province.Era;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Queries by area over the bundled catalog, seeds and real texts of format 2: the country, a region, a
 * province in its own era, and the succession of 1 July 2025 in both directions.
 */
class AreaQueryTest {
    private static final PlanCatalog CATALOG = PlanCatalog.bundled();

    private static Set<String> ids(CatalogQuery<?, ?> query) {
        return query.stream().map(r -> r instanceof Plan p ? p.id() : ((Hit<?>) r).plan().id())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * A plan about two provinces (a table giving each its own target) is in both provinces' groups: a query for both
     * (a unit with its predecessors) finds each of its records once, whatever terminal operation reads them.
     */
    @Test
    void aSuccessionWithoutAProvinceIsRefusedWhenTheAnswerIsAsked() {
        var predecessors = CATALOG.targets().includingPredecessors().indicator("grdp-growth");
        var e = assertThrows(IllegalStateException.class, predecessors::list);
        assertEquals("includingPredecessors() follows the succession of a province; call province(name) too",
                e.getMessage());
        assertThrows(IllegalStateException.class, CATALOG.directives().includingSuccessors()::count);
        assertThrows(IllegalStateException.class, CATALOG.plans().includingSuccessors()::first);
        assertThrows(IllegalStateException.class, CATALOG.observations().includingPredecessors()::stream);
        // Before or after the province, the flag follows it.
        assertEquals(ids(CATALOG.targets().province("Tây Ninh").includingPredecessors()),
                ids(CATALOG.targets().includingPredecessors().province("Tây Ninh")));
    }

    /**
     * A province asked first is answered from a state the catalog keeps for its name, up to a bound: every spelling
     * answers as the registry's name does, whether its state was kept or made anew past the bound, and whether the
     * province is asked first, after a filter, after an era or before a succession flag. The catalog is its own, so
     * that the one every test shares keeps none of these spellings.
     */
    @Test
    void everySpellingOfAProvinceAnswersAlikePastTheNamesTheCatalogKeeps() {
        var catalog = PlanCatalog.Bundled.load();
        int targets = catalog.targets().province("Long An").count();
        int directives = catalog.directives().province("Long An").count();
        var above = catalog.targets().relation(Relation.ABOVE).province("Long An").list();
        var growth = catalog.targets().province("Long An").indicator("grdp-growth").list();
        var withPredecessors = ids(catalog.targets().province("Tây Ninh").includingPredecessors());
        assertTrue(targets > 0 && directives > 0 && !above.isEmpty() && !growth.isEmpty(),
                targets + " targets, " + directives + " directives, " + above + ", " + growth);
        assertTrue(withPredecessors.size() > ids(catalog.targets().province("Tây Ninh")).size(),
                withPredecessors.toString());
        // 80 x 80 spellings of at most 164 characters: past the 4,096 names kept, without keeping megabytes.
        int asked = 0;
        for (int before = 1; before <= 80; before++) {
            for (int after = 0; after < 80; after++) {
                String spelling = "long" + " ".repeat(before) + "an" + " ".repeat(after);
                assertEquals(targets, catalog.targets().province(spelling).count(), spelling);
                if (++asked % 400 == 0) {
                    assertEquals(directives, catalog.directives().province(spelling).count(), spelling);
                    assertEquals(above, catalog.targets().relation(Relation.ABOVE).province(spelling).list(),
                            spelling);
                    assertEquals(growth, catalog.targets().indicator("grdp-growth").province(spelling).list(),
                            spelling);
                }
            }
        }
        assertEquals(4_096, catalog.areasKept());
        assertSame(catalog.plainArea("Long An"), catalog.plainArea("Long An"));
        assertEquals(ids(catalog.targets().province("Tây Ninh")),
                ids(catalog.targets().province("Tây Ninh", Era.BEFORE_JULY_2025).province("Tây Ninh")));
        assertEquals(withPredecessors, ids(catalog.targets().includingPredecessors().province("Tây Ninh")));
        // The state kept for a name serves every kind of query.
        var plans = ids(catalog.plans().province("Long An"));
        assertTrue(!plans.isEmpty(), "plans about Long An");
        assertEquals(plans, ids(catalog.plans().province("long  an")));
    }

    @Test
    void aPlanAboutTwoOfTheProvincesAskedForIsFoundOnce() {
        var source = new io.github.provplan.plan.Source("s", java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        Plan plan = Plan.builder("two-provinces", io.github.provplan.plan.PlanKind.RESOLUTION, "Long An", "Nghị quyết",
                        io.github.provplan.plan.Actor.of("Chính phủ"))
                .scope(io.github.provplan.plan.Scope.provinces(Era.BEFORE_JULY_2025, List.of("Long An", "Tây Ninh")))
                .period(io.github.provplan.plan.YearRange.of(2021, 2025))
                .source(source)
                .target(io.github.provplan.plan.Target.of("grdp-growth", io.github.provplan.plan.Relation.ABOVE,
                        new java.math.BigDecimal("8"), io.github.provplan.indicator.Unit.PERCENT,
                        io.github.provplan.plan.YearRange.of(2025), io.github.provplan.plan.Quote.of("trên 8%", "s")))
                .target(io.github.provplan.plan.Target.of("grdp-growth", io.github.provplan.plan.Relation.ABOVE,
                        new java.math.BigDecimal("7"), io.github.provplan.indicator.Unit.PERCENT,
                        io.github.provplan.plan.YearRange.of(2024), io.github.provplan.plan.Quote.of("trên 7%", "s")))
                .build();
        var catalog = PlanCatalog.of(io.github.provplan.format.PlanSet.of(List.of(plan)));
        for (TargetQuery query : List.of(catalog.targets().province("Tây Ninh").includingPredecessors(),
                catalog.targets().province("Tây Ninh").includingPredecessors().indicator("grdp-growth"))) {
            assertEquals(2, query.list().size());
            assertEquals(2, query.count());
            assertEquals(2, query.stream().count());
            assertEquals(query.list(), query.stream().toList());
        }
        var ofYear = catalog.targets().province("Tây Ninh").includingPredecessors().indicator("grdp-growth").year(2024);
        assertEquals(List.of(new java.math.BigDecimal("7")), ofYear.stream().map(h -> h.item().value().orElseThrow())
                .toList());
        assertEquals(1, ofYear.count());
    }

    @Test
    void theCountryIsAnAreaAsAProvinceIs() {
        Set<String> national = ids(CATALOG.plans().province("Việt Nam"));
        assertEquals(Set.of("nq25-2025-growth-targets", "vietnam-national-master-plan-2021-2030",
                "vietnam-national-master-plan-adjustment-306", "vietnam-national-master-plan-amendment-2025"), national);
        assertEquals(ids(CATALOG.plans().province("viet nam")), national);
        // Compared by their folded words, as provinces are: a hyphen or a full stop is no part of the name.
        assertEquals(ids(CATALOG.plans().province("Việt-Nam.")), national);
        // Other punctuation is refused for the country and regions as for provinces.
        for (String decorated : List.of("(Việt Nam)", "Việt_Nam", "!", "")) {
            assertThrows(IllegalArgumentException.class, () -> CATALOG.plans().province(decorated), decorated);
        }
        assertTrue(CATALOG.targets().province("Việt Nam").indicator("gdp-per-capita").count() >= 3);
    }

    @Test
    void aRegionOfTheCatalogIsFoundByItsName() {
        assertEquals(Set.of("northern-midlands-and-mountains-regional-plan-2021-2030"),
                ids(CATALOG.plans().province("Trung du và miền núi phía Bắc")));
        assertEquals(Set.of("northern-midlands-and-mountains-regional-plan-2021-2030"),
                ids(CATALOG.plans().province("trung du va mien nui - phia bac")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.plans().province("Trung du mien nui"));
        assertTrue(unknown.getMessage().endsWith("the catalog's regions are Trung du và miền núi phía Bắc"),
                unknown.getMessage());
    }

    @Test
    void aRegionSpelledWithPunctuationOfItsOwnIsFoundAsTheCatalogSpellsIt() {
        // A seed plan, whose indicators and units are the bundled ones, moved to a region of that name.
        Plan regional = CATALOG.plans().list().stream().filter(p -> p.id().equals("long-an-master-plan-2021-2030"))
                .findFirst().orElseThrow();
        String name = "Bắc Trung Bộ và duyên hải miền Trung (vùng 4)";
        PlanCatalog catalog = PlanCatalog.of(io.github.provplan.format.PlanSet.of(regional.toBuilder()
                .scope(Scope.region(name)).build()));
        assertEquals(List.of(regional.id()), catalog.plans().province(name).list().stream().map(Plan::id).toList());
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        assertEquals(List.of(regional.id()), catalog.plans().province(decomposed).list().stream().map(Plan::id)
                .toList(), "typed with combining marks, the name the catalog keeps in NFC");
        assertThrows(IllegalArgumentException.class, () -> catalog.plans().province("(Bắc Trung Bộ và duyên hải "
                + "miền Trung vùng 4)"));
    }

    @Test
    void anEarlierUnitWhoseNameAMergedUnitTookIsNotFiledUnderIt() {
        // Tuyên Quang's master plan of 2023 is the earlier Tuyên Quang's, which merged with Hà Giang.
        assertEquals(Set.of("tuyen-quang-congress-resolution-2025-2030"), ids(CATALOG.plans().province("Tuyên Quang")));
        assertEquals(Set.of("tuyen-quang-master-plan-2021-2030"),
                ids(CATALOG.plans().province("Tuyên Quang", Era.BEFORE_JULY_2025)));
        assertEquals(Set.of("tuyen-quang-congress-resolution-2025-2030", "tuyen-quang-master-plan-2021-2030"),
                ids(CATALOG.plans().province("Tuyên Quang").includingPredecessors()));
        // Lạng Sơn went on alone under its name: its notice of 2019 is still Lạng Sơn's.
        assertEquals(Set.of("lang-son-notice-394-tb-vpcp"), ids(CATALOG.plans().province("Lạng Sơn")));
        assertThrows(IllegalArgumentException.class, () -> CATALOG.plans().province("Long An", Era.FROM_JULY_2025));
    }

    /**
     * "TP." and "thành phố" name the same unit as the city's name alone: the one from 1 July 2025, as for any name
     * both arrangements use, though the prefixed forms are listed as aliases of the earlier cities.
     */
    @Test
    void aCityNamedWithItsPrefixIsTheUnitItsNameAloneIs() {
        var registry = CATALOG.provinces();
        for (String city : List.of("Hà Nội", "Hải Phòng", "Cần Thơ", "Huế", "Hồ Chí Minh")) {
            for (String named : List.of("TP. " + city, "TP " + city, "thành phố " + city, "Thanh pho " + city)) {
                assertEquals(Era.FROM_JULY_2025, registry.resolve(named).era(), named);
                assertEquals(registry.resolve(city), registry.resolve(named), named);
                assertEquals(ids(CATALOG.plans().province(city)), ids(CATALOG.plans().province(named)), named);
                assertEquals(ids(CATALOG.plans().province(city, Era.BEFORE_JULY_2025)),
                        ids(CATALOG.plans().province(named, Era.BEFORE_JULY_2025)), named);
            }
        }
        assertEquals(registry.resolve("Hồ Chí Minh"), registry.resolve("TP. HCM"));
        // The city's master plan, its 2025 growth target and the list of localities aiming at 10% or more.
        assertEquals(Set.of("hai-phong-master-plan-2021-2030", "nq25-2025-hai-phong",
                "nq25-2025-localities-10-percent-or-more"),
                ids(CATALOG.plans().province("TP Hải Phòng", Era.BEFORE_JULY_2025)));
    }

    @Test
    void longAnWithItsSuccessorsFindsTayNinhsDocumentsFrom2025() {
        Set<String> longAn = ids(CATALOG.plans().province("Long An"));
        assertTrue(longAn.contains("long-an-master-plan-2021-2030"), longAn::toString);
        assertTrue(longAn.stream().noneMatch(id -> id.startsWith("tay-ninh")), longAn::toString);
        Set<String> withSuccessors = ids(CATALOG.plans().province("Long An").includingSuccessors());
        assertTrue(withSuccessors.containsAll(longAn));
        assertTrue(withSuccessors.containsAll(Set.of("tay-ninh-congress-resolution-2025-2030",
                "tay-ninh-congress-grdp-per-capita-proposal-2026-2030", "tay-ninh-congress-results-report-2021-2025")),
                withSuccessors::toString);
        assertEquals(withSuccessors.size() - longAn.size(), ids(CATALOG.plans().province("Tây Ninh")).size());
    }

    @Test
    void the2030GrdpPerCapitaTargetsInMillionsOfDongByFigure() {
        List<Hit<io.github.provplan.plan.Target>> byFigure = CATALOG.targets().indicator("grdp-per-capita").year(2030)
                .unit("million-vnd").listByFigure(true);
        // Đồng Nai's "trên 250 triệu đồng" first; then Tây Ninh's path, whose 2030 milestone is 220,12; Cần Thơ's
        // "trên 220"; Tây Ninh's 210-225, by its low end.
        assertEquals(List.of("dong-nai-congress-resolution-2025-2030",
                "tay-ninh-congress-grdp-per-capita-proposal-2026-2030", "can-tho-master-plan-2021-2030",
                "tay-ninh-congress-grdp-per-capita-proposal-2026-2030"), byFigure.subList(0, 4).stream()
                .map(h -> h.plan().id()).toList());
        // Targets with no figure (qualitative aims) come last; a path counts by its last milestone.
        List<java.math.BigDecimal> figures = byFigure.stream().map(AreaQueryTest::figure)
                .filter(java.util.Objects::nonNull).toList();
        assertTrue(byFigure.subList(figures.size(), byFigure.size()).stream().allMatch(h -> figure(h) == null));
        var sorted = new java.util.ArrayList<>(figures);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, figures);
        List<java.math.BigDecimal> ascending = CATALOG.targets().indicator("grdp-per-capita").year(2030)
                .unit("million-vnd").listByFigure(false).stream().map(AreaQueryTest::figure)
                .filter(java.util.Objects::nonNull).toList();
        sorted.sort(java.util.Comparator.naturalOrder());
        assertEquals(sorted, ascending);
    }

    private static java.math.BigDecimal figure(Hit<io.github.provplan.plan.Target> hit) {
        var target = hit.item();
        if (!target.milestones().isEmpty()) {
            return target.milestones().get(target.milestones().size() - 1).figures().get(0);
        }
        return target.figures().isEmpty() ? null : target.figures().get(0);
    }

    @Test
    void byStatusUnitAndQuantity() {
        assertEquals(Set.of("lam-dong-draft-political-report-2025-2030"),
                ids(CATALOG.targets().status(io.github.provplan.plan.PlanStatus.DRAFT)));
        assertTrue(CATALOG.targets().quantity(io.github.provplan.indicator.Quantity.MONEY).stream()
                .allMatch(h -> h.item().unit().quantity() == io.github.provplan.indicator.Quantity.MONEY));
        assertEquals(CATALOG.targets().unit("usd").count() + CATALOG.targets().unit("billion-usd").count(),
                CATALOG.targets().quantity(io.github.provplan.indicator.Quantity.MONEY).stream()
                        .filter(h -> h.item().unit().of().equals(java.util.Optional.of("USD"))).count());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.targets().unit("milion-vnd"));
        assertTrue(unknown.getMessage().startsWith("unknown unit 'milion-vnd'; did you mean 'million-vnd'?"));
    }

    @Test
    void aPlanAboutSeveralProvincesIsFoundByEachOfThem() {
        // Resolution 25/NQ-CP's 18 localities with growth of 10% or more in 2025: Quảng Ninh first, Nghệ An among them.
        String several = "nq25-2025-localities-10-percent-or-more";
        for (String province : List.of("Quảng Ninh", "Nghệ An", "Hải Dương")) {
            assertTrue(ids(CATALOG.plans().province(province)).contains(several), province);
            assertTrue(ids(CATALOG.targets().province(province)).contains(several), province);
            assertTrue(ids(CATALOG.targets().province(province).indicator("grdp-growth").year(2025)).contains(several),
                    province);
        }
        assertTrue(!ids(CATALOG.plans().province("Long An")).contains(several));
    }

    @Test
    void observationsByUnitQuantityAndFigure() {
        List<Hit<io.github.provplan.plan.Observation>> dollars = CATALOG.observations().indicator("grdp-per-capita")
                .unit("usd").listByFigure(true);
        // Tây Ninh's 4.776 USD of 2025 (dự kiến) is above its 3.249 USD of 2020.
        assertEquals(List.of(new java.math.BigDecimal("4776"), new java.math.BigDecimal("4776"),
                new java.math.BigDecimal("3249")), dollars.stream().map(h -> h.item().value()).toList());
        assertTrue(CATALOG.observations().quantity(io.github.provplan.indicator.Quantity.RANK).count() >= 2);
        assertThrows(IllegalArgumentException.class, () -> CATALOG.observations().unit("dollars"));
    }
}
