package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanReader;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogQueryTest {
    /** The seeds' plans of the bundled catalog, whose counts were worked out by hand. */
    private static final PlanCatalog CATALOG = Seeds.CATALOG;

    @Test
    void longAns2030TargetsByIndicator() {
        List<Hit<Target>> targets = CATALOG.targets().province("Long An").year(2030).list();
        assertEquals(16, targets.size());
        assertTrue(targets.stream().allMatch(h -> h.plan().id().equals("long-an-master-plan-2021-2030")
                && h.province().equals("Long An")));
        Hit<Target> perCapita = CATALOG.targets().province("Long An").indicator(Indicators.GRDP_PER_CAPITA).year(2030)
                .first().orElseThrow();
        assertEquals(new BigDecimal("180"), perCapita.item().value().orElseThrow());
        assertEquals(Relation.ABOVE, perCapita.item().relation());
        assertEquals(List.of(new BigDecimal("9")), CATALOG.targets().province("Long An")
                .indicator(Indicators.GRDP_GROWTH).year(2030).list().stream()
                .map(h -> h.item().value().orElseThrow()).toList());
    }

    @Test
    void langSonsDirectivesOnBorderGateEconomyOrTransport() {
        List<Hit<Directive>> found = CATALOG.directives().province("Lạng Sơn")
                .theme(Theme.BORDER_ECONOMY, Theme.TRANSPORT).list();
        assertEquals(5, found.size(), found::toString);
        assertTrue(found.stream().allMatch(h -> h.plan().id().equals("lang-son-notice-394-tb-vpcp")));
        assertEquals("hỗ trợ tỉnh hoàn thành đoạn cao tốc Hữu Nghị - Chi Lăng", CATALOG.directives()
                .province("Lạng Sơn").theme(Theme.TRANSPORT).first().orElseThrow().item().action());
    }

    @Test
    void the2023DirectivesWithADeadlineBefore16January() {
        List<Hit<Directive>> due = CATALOG.directives().deadlineAfter(LocalDate.of(2022, 12, 31))
                .deadlineBefore(LocalDate.of(2023, 1, 16)).list();
        assertEquals(2, due.size());
        assertTrue(due.stream().allMatch(h -> h.item().deadline().orElseThrow().toString().equals("2023-01-15")));
        assertEquals(1, CATALOG.directives().deadlineBefore(LocalDate.of(2023, 1, 15)).count(), "only 2019's");
        // The 2019 notice's deadline is the whole year 2019: before 2020, but not before 2019-12-31.
        assertEquals(1, CATALOG.directives().deadlineBefore(LocalDate.of(2020, 1, 1)).count());
        assertEquals(0, CATALOG.directives().deadlineBefore(LocalDate.of(2019, 12, 31)).count());
        assertEquals(2, CATALOG.directives().deadlineAfter(LocalDate.of(2020, 1, 1)).count());
        assertEquals(2, CATALOG.directives().deadlineBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31))
                .count());
        assertEquals(1, CATALOG.directives().deadlineBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))
                .count(), "a deadline of the year 2019 lies within 2019");
        assertEquals(0, CATALOG.directives().deadlineBetween(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 12, 31))
                .count(), "but not within its second half");
    }

    @Test
    void tayNinhWithPredecessorsReturnsLongAnsPlans() {
        assertEquals(List.of(), CATALOG.plans().province("Tây Ninh").list());
        List<Plan> withPredecessors = CATALOG.plans().province("Tây Ninh").includingPredecessors().list();
        assertEquals(5, withPredecessors.size());
        assertTrue(withPredecessors.stream().allMatch(p -> p.province().equals("Long An")));
        assertEquals(16, CATALOG.targets().includingPredecessors().province("tay ninh").year(2030).count());
        // Lạng Sơn was carried over alone: its predecessor is itself.
        assertEquals(1, CATALOG.plans().province("Lạng Sơn").includingPredecessors().count());
    }

    @Test
    void provinceNamesResolveWithoutDiacriticsAndByAlias() {
        assertEquals(1, CATALOG.plans().province("lang son").count());
        assertEquals(1, CATALOG.plans().province("LẠNG SƠN").count());
        assertEquals(1, CATALOG.plans().province("tỉnh Lạng Sơn").count());
        assertEquals("Lạng Sơn", CATALOG.provinces().resolve("lang son").name());
        assertEquals("20", CATALOG.provinces().resolve("lang son").code());
        assertEquals("Hồ Chí Minh", CATALOG.provinces().resolve("TP. HCM").name());
        assertEquals("Huế", CATALOG.provinces().resolve("Thừa Thiên Huế").name());
        // Whatever stands between the words: a hyphen, an en dash, none, a dot.
        var before = io.github.provplan.province.Era.BEFORE_JULY_2025;
        var baRia = CATALOG.provinces().find("Bà Rịa - Vũng Tàu", before).orElseThrow();
        assertEquals("Bà Rịa - Vũng Tàu", baRia.name());
        for (String name : java.util.List.of("Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "Ba Ria—Vung Tau", "bà rịa vũng tàu")) {
            assertEquals(java.util.Optional.of(baRia), CATALOG.provinces().find(name, before), name);
        }
        assertEquals("Hồ Chí Minh", CATALOG.provinces().resolve("TP.HCM").name());
        // Other punctuation is no part of a name, though the words are a unit's.
        for (String name : java.util.List.of("Long An!!!", "(Long An)", "Long_An", "Long/An", "'Long An'")) {
            assertEquals(java.util.Optional.empty(), CATALOG.provinces().find(name), name);
            assertEquals(java.util.Optional.empty(), CATALOG.provinces().find(name, before), name);
            assertEquals("unknown province " + io.github.provplan.internal.Echo.of(name) + ": a name holds letters, "
                    + "digits, spaces, hyphens, dashes and full stops only; did you mean 'Long An'?", assertThrows(
                    IllegalArgumentException.class, () -> CATALOG.targets().province(name)).getMessage());
        }
        assertEquals("unknown province 'Đắc Lắk'; did you mean 'Đắk Lắk'?", assertThrows(
                IllegalArgumentException.class, () -> CATALOG.targets().province("Đắc Lắk")).getMessage());
    }

    @Test
    void unknownProvinceOrIndicatorIsAClearErrorWithASuggestion() {
        var province = assertThrows(IllegalArgumentException.class, () -> CATALOG.targets().province("Lang Sonn"));
        assertEquals("unknown province 'Lang Sonn'; did you mean 'Lạng Sơn'?", province.getMessage());
        var indicator = assertThrows(IllegalArgumentException.class, () -> CATALOG.targets().indicator("grdp-grow"));
        assertEquals("unknown indicator 'grdp-grow'; did you mean 'grdp-growth'?", indicator.getMessage());
        // After a province, where the province's own index is looked at first, and after a year too.
        for (var ofProvince : List.of(CATALOG.targets().province("Long An"),
                CATALOG.targets().province("Long An").year(2030))) {
            assertEquals("unknown indicator 'grdp-grow'; did you mean 'grdp-growth'?", assertThrows(
                    IllegalArgumentException.class, () -> ofProvince.indicator("grdp-grow")).getMessage());
        }
        var noTheme = assertThrows(IllegalArgumentException.class, () -> CATALOG.proposals().theme());
        assertEquals("name at least one theme", noTheme.getMessage());
    }

    @Test
    void directivesByIssuerAndBetweenTwoDates() {
        var pm2023 = CATALOG.directives().issuer("pham minh chinh")
                .datedBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).list();
        assertEquals(23, pm2023.size());
        assertEquals(0, CATALOG.directives().issuer("Thủ tướng Chính phủ")
                .datedBetween(LocalDate.of(2023, 7, 2), LocalDate.of(2023, 12, 31)).count(),
                "a session dated 2023-07 is not wholly after 2 July");
        assertEquals(23 + 27, CATALOG.directives().issuer("Thủ tướng Chính phủ").count());
        assertEquals(23 + 27, CATALOG.directives().issuer("THU-TUONG chinh phu.").count(),
                "case, diacritics and punctuation are no part of the name");
        for (String none : List.of("", "-", "(?)")) {
            assertEquals("unknown issuer " + io.github.provplan.internal.Echo.of(none) + ": an issuer is named by its "
                    + "words, and this has none", assertThrows(IllegalArgumentException.class,
                    () -> CATALOG.directives().issuer(none)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> CATALOG.plans().issuer(none));
        }
        assertEquals(2, CATALOG.directives().issuer("Nguyễn Văn Út").theme(Theme.PUBLIC_INVESTMENT).count());
        assertEquals(CATALOG.directives().issuer("Nguyễn Văn Út").theme(Theme.PUBLIC_INVESTMENT).list(),
                CATALOG.directives().theme(Theme.PUBLIC_INVESTMENT, Theme.PUBLIC_INVESTMENT).issuer("nguyen van ut")
                        .list(), "either order, a theme named twice, the name folded: the same two directives");
    }

    /** Directives whose actions hold letters beyond U+FFFF (chữ Nôm) and Greek and the Angstrom sign. */
    private static final String UNUSUAL_LETTERS = """
            {"formatVersion": 2, "id": "nom", "kind": "resolution", "status": "adopted",
             "scope": {"level": "provinces", "provinces": ["Hà Nội"], "era": "before-july-2025"},
             "title": "Bảo tồn chữ Nôm", "issuer": {"body": "UBND"}, "issued": "2024-01-01",
             "directives": [%s], "sources": [{"ref": "s"}]}""".formatted(String.join(", ", List.of(
            "số hóa chữ 𡨸 Nôm", "số hóa chữ Nôm", "a𠀀b c", "ἀρχή", "Å ngstrom").stream()
            .map(action -> "{\"by\": {\"body\": \"UBND tỉnh\"}, \"to\": {\"lead\": \"các sở\"}, \"action\": \""
                    + action + "\", \"themes\": [\"culture\"], \"quote\": {\"text\": \"q\", \"source\": \"s\"}}")
            .toList()));

    @Test
    void textSearchReadsLettersBeyondU_FFFFAsLettersAndTakesTheSearchInNfc() {
        var catalog = PlanCatalog.of(PlanReader.create().read(UNUSUAL_LETTERS, "nom.json"));
        java.util.function.Function<String, List<String>> actions = text -> catalog.directives().text(text).list()
                .stream().map(hit -> hit.item().action()).toList();
        assertEquals(List.of("số hóa chữ 𡨸 Nôm"), actions.apply("chữ 𡨸 Nôm"), "𡨸 is a word, not a space");
        assertEquals(List.of("số hóa chữ 𡨸 Nôm"), actions.apply("𡨸"));
        assertEquals(List.of("số hóa chữ Nôm"), actions.apply("chu nom"));
        assertEquals(List.of(), actions.apply("a b"), "a𠀀b is one word");
        assertEquals(List.of("a𠀀b c"), actions.apply("A𠀀B"));
        // Decomposed: alpha, psili, rho, chi, eta, acute; the Angstrom sign, which NFC makes Å.
        assertEquals(List.of("ἀρχή"), actions.apply("\u03b1\u0313\u03c1\u03c7\u03b7\u0301"));
        assertEquals(List.of("Å ngstrom"), actions.apply("\u212b"));
        assertEquals(List.of("Å ngstrom"), actions.apply("a ngstrom"));
        // Every action here is followed by the quote "q": a pair or a phrase does not run from one into the other.
        assertEquals(List.of(), actions.apply("nom q"));
        assertEquals(List.of(), actions.apply("chu nom q"));
        assertEquals(5, catalog.directives().text("q").count());
    }

    @Test
    void textSearchIgnoresCaseAndVietnameseDiacritics() {
        var transport = CATALOG.directives().text("giao thong").list();
        assertTrue(transport.size() >= 2, transport::toString);
        assertTrue(transport.stream().allMatch(h -> h.item().quote().text().toLowerCase().contains("giao thông")
                || h.item().action().toLowerCase().contains("giao thông")));
        assertEquals(CATALOG.directives().text("GIAO THÔNG").list(), transport);
        assertEquals(1, CATALOG.plans().text("dong bang song cuu long").count());
        assertEquals(1, CATALOG.directives().text("Đường biên").count(), "đ folds to d");
        assertEquals(1, CATALOG.proposals().text("khu kinh te long an").count());
        assertEquals(0, CATALOG.directives().text("giao th").count(), "whole words only");
        assertEquals(CATALOG.directives().text("giao thong").list(),
                CATALOG.directives().text("Giao   thông.").list(), "punctuation and spacing do not matter");
    }

    @Test
    void anUnknownIssuerIsAnErrorWithTheClosestIssuerAsAnUnknownProvinceIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.directives().issuer("Thu tuong Chin phu"));
        assertEquals("unknown issuer 'Thu tuong Chin phu': no directive of the catalog is given by it; did you mean "
                + "'Thủ tướng Chính phủ'?", e.getMessage());
        IllegalArgumentException plans = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.plans().issuer("Van phong Chinh fu"));
        assertEquals("unknown issuer 'Van phong Chinh fu': no plan of the catalog is issued by it; did you mean "
                + "'Văn phòng Chính phủ'?", plans.getMessage());
    }

    @Test
    void plansInForceInAYearAndByKind() {
        assertEquals(List.of("long-an-master-plan-2021-2030", "long-an-party-resolution-2024"),
                CATALOG.plans().inForce(2024).list().stream().map(Plan::id).toList());
        assertEquals(List.of("long-an-master-plan-2021-2030"),
                CATALOG.plans().inForce(2050).list().stream().map(Plan::id).toList());
        assertEquals(2, CATALOG.plans().kind(PlanKind.MEETING_CONCLUSIONS).count());
        assertEquals(1, CATALOG.plans().issuer("Văn phòng Chính phủ").count());
    }

    @Test
    void observationsAndProposals() {
        assertEquals(4, CATALOG.observations().province("Long An").year(2023).count());
        assertEquals(1, CATALOG.observations().indicator(Indicators.GRDP_GROWTH).estimate(true).count());
        assertEquals(2, CATALOG.proposals().theme(Theme.TRANSPORT, Theme.CLIMATE_AND_DISASTERS).count());
    }

    @Test
    void aDirectiveAboutSeveralOfTheThemesAskedForIsFoundOnce() {
        Hit<Directive> several = CATALOG.directives().list().stream().filter(h -> h.item().themes().size() >= 2)
                .findFirst().orElseThrow();
        List<Hit<Directive>> found = CATALOG.directives().theme(several.item().themes().toArray(Theme[]::new)).list();
        assertEquals(1, found.stream().filter(h -> h == several).count(), found::toString);
        assertEquals(found.size(), found.stream().map(h -> h.ordinal).distinct().count());
    }

    @Test
    void resultsComeInCatalogOrderAndAreUnmodifiable() {
        List<Hit<Directive>> all = CATALOG.directives().list();
        assertEquals(7 + 23 + 13 + 31 + 27, all.size());
        assertEquals("long-an-action-programme-686", all.get(0).plan().id());
        assertEquals(CATALOG.directives().theme(Theme.PLANNING, Theme.TRANSPORT).list(), all.stream()
                .filter(h -> h.item().isAbout(Theme.PLANNING) || h.item().isAbout(Theme.TRANSPORT)).toList());
        assertThrows(UnsupportedOperationException.class, () -> all.add(all.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.plans().list().clear());
        List<Hit<Directive>> transport = CATALOG.directives().theme(Theme.TRANSPORT).list();
        assertThrows(UnsupportedOperationException.class, () -> transport.set(0, all.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> transport.sort(null));
        assertThrows(UnsupportedOperationException.class, () -> transport.remove(0));
    }

    @Test
    void queriesAreImmutableAndCanBeRefined() {
        TargetQuery longAn = CATALOG.targets().province("Long An");
        TargetQuery in2030 = longAn.year(2030);
        assertEquals(16 + 2 + 7, longAn.count());
        assertEquals(16, in2030.count());
        assertEquals(16 + 2 + 7, longAn.count());
    }

    @Test
    void aCatalogOfOnesOwnFilesIsQueriedTheSameWay() {
        PlanCatalog own = PlanCatalog.of(PlanReader.create().read(java.nio.file.Path.of("docs/examples/example-plan.json")));
        assertEquals(1, own.directives().province("Tây Ninh").deadlineBefore(LocalDate.of(2026, 2, 1)).count());
        assertEquals(4, own.targets().province("Tây Ninh").count());
    }
}
