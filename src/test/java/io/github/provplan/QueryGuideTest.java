package io.github.provplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.evaluation.EconomicStructure;
import io.github.provplan.evaluation.Evaluation;
import io.github.provplan.evaluation.GrowthRates;
import io.github.provplan.evaluation.ProgressAssessment;
import io.github.provplan.evaluation.RateProgress;
import io.github.provplan.evaluation.SdgProgress;
import io.github.provplan.evaluation.TargetEvaluator;
import io.github.provplan.indicator.Indicators;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of docs/query.md. Each example is the code between a "// guide: name" line and the next
 * "// end" line of this file, and the guide must show exactly that code, so the two cannot drift apart.
 */
class QueryGuideTest {
    private static final PlanCatalog catalog = PlanCatalog.bundled();

    @Test
    void targetsOfAProvinceForAYear() {
        // guide: targets
        List<Hit<Target>> targets = catalog.targets().province("Long An").year(2030).list();
        Target perCapita = catalog.targets().province("Long An").indicator(Indicators.GRDP_PER_CAPITA).year(2030)
                .first().orElseThrow().item();
        // end
        assertEquals(16, targets.size());
        assertEquals("grdp-per-capita above 180 triệu đồng in 2030", perCapita.toString());
    }

    @Test
    void directivesByThemeProvinceAndDeadline() {
        // guide: directives
        List<Hit<Directive>> borderOrTransport = catalog.directives().province("lang son")
                .theme(Theme.BORDER_ECONOMY, Theme.TRANSPORT).list();
        List<Hit<Directive>> dueMidJanuary2023 = catalog.directives()
                .deadlineAfter(LocalDate.of(2022, 12, 31)).deadlineBefore(LocalDate.of(2023, 1, 16)).list();
        List<Hit<Directive>> primeMinister2023 = catalog.directives().issuer("Phạm Minh Chính")
                .datedBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).list();
        // end
        assertEquals(5, borderOrTransport.size());
        assertEquals(2, dueMidJanuary2023.size());
        assertEquals(23, primeMinister2023.size());
    }

    @Test
    void textSearch() {
        // guide: text
        int transport = catalog.directives().text("giao thong").count();
        Plan masterPlan = catalog.plans().text("cuc tang truong").first().orElseThrow();
        // end
        assertEquals(2, transport);
        assertEquals("long-an-master-plan-2021-2030", masterPlan.id());
    }

    @Test
    void succession() {
        // guide: succession
        List<Plan> tayNinh = catalog.plans().province("Tây Ninh").list();
        List<Plan> tayNinhAndLongAn = catalog.plans().province("Tây Ninh").includingPredecessors().list();
        List<Plan> longAnAndTayNinh = catalog.plans().province("Long An").includingSuccessors().list();
        String code = catalog.provinces().resolve("lang son").code();
        // end
        assertEquals(List.of("tay-ninh-congress-results-report-2021-2025", "tay-ninh-congress-resolution-2025-2030",
                "tay-ninh-congress-grdp-per-capita-proposal-2026-2030"), tayNinh.stream().map(Plan::id).toList());
        assertEquals(3 + 5, tayNinhAndLongAn.size());
        assertEquals(Set.copyOf(tayNinhAndLongAn), Set.copyOf(longAnAndTayNinh));
        assertEquals("20", code);
    }

    @Test
    void realPlansByFigureInForceAndInProgress() {
        // guide: real
        List<Hit<Target>> perCapita2030 = catalog.targets().indicator(Indicators.GRDP_PER_CAPITA).year(2030)
                .unit("million-vnd").listByFigure(true);
        List<Hit<Target>> national = catalog.targets().province("Việt Nam").inForceOn(LocalDate.of(2026, 1, 1))
                .list();
        List<Hit<Target>> longAnAndAfter = catalog.targets().province("Long An").includingSuccessors().year(2030)
                .list();
        // end
        assertEquals(List.of("Đồng Nai above 250", "Tây Ninh path 2026: plain 133.5",
                "Cần Thơ (before 1 July 2025) above 220",
                "Tây Ninh 210–225"), perCapita2030.subList(0, 4).stream().map(h -> h.province() + " "
                + h.item().requirement().replaceAll(",.*| triệu đồng", "")).toList());
        // The 2025 amendment's revised figures are in force, not the master plan's original 7,500 USD and 7% a year;
        // on 1 June 2025 the originals were; Resolution 25/NQ-CP's 2025 target has expired.
        assertTrue(national.stream().noneMatch(h -> h.plan().id().equals("vietnam-national-master-plan-2021-2030")
                && h.item().indicator().startsWith("gdp-") && !h.item().indicator().startsWith("gdp-share")
                && h.item().year() == 2030), national::toString);
        List<Hit<Target>> june2025 = catalog.targets().province("Việt Nam").inForceOn(LocalDate.of(2025, 6, 1)).list();
        assertTrue(june2025.stream().anyMatch(h -> h.plan().id().equals("vietnam-national-master-plan-2021-2030")
                && h.item().requirement().equals("about 7500 USD")), june2025::toString);
        assertTrue(june2025.stream().noneMatch(h -> h.plan().id().equals("vietnam-national-master-plan-amendment-2025")));
        assertTrue(national.stream().anyMatch(h -> h.plan().id().equals("vietnam-national-master-plan-amendment-2025")
                && h.item().requirement().equals("at least 10 %/năm")));
        assertTrue(national.stream().noneMatch(h -> h.plan().id().equals("nq25-2025-growth-targets")));
        assertTrue(catalog.targets().province("Việt Nam").inForceOn(LocalDate.of(2025, 6, 1)).stream()
                .anyMatch(h -> h.plan().id().equals("nq25-2025-growth-targets")));
        assertTrue(longAnAndAfter.stream().anyMatch(h -> h.plan().id().equals("tay-ninh-congress-resolution-2025-2030")));
        assertTrue(longAnAndAfter.stream().anyMatch(h -> h.plan().id().equals("long-an-master-plan-2021-2030")));
    }

    @Test
    void unknownNames() {
        // guide: errors
        var e = assertThrows(IllegalArgumentException.class, () -> catalog.targets().province("Lang Sonn"));
        String message = e.getMessage();
        // end
        assertEquals("unknown province 'Lang Sonn'; did you mean 'Lạng Sơn'?", message);
    }

    @Test
    void evaluateAnObservation() {
        // guide: evaluate
        Target ninePercent = catalog.targets().plan("long-an-master-plan-2021-2030")
                .indicator(Indicators.GRDP_GROWTH).first().orElseThrow().item();
        Observation firstHalf2023 = catalog.observations().indicator(Indicators.GRDP_GROWTH).first().orElseThrow()
                .item();
        Evaluation evaluation = TargetEvaluator.standard().evaluate(ninePercent, firstHalf2023);
        // end
        assertEquals("NOT_DUE", evaluation.outcome().name());
        assertTrue(evaluation.explanation().startsWith("not yet due (the target is for 2021-2030, the figure for "
                + "2023-H1): so far, 3.43 % does not meet grdp-growth at least 9 %/năm"), evaluation.explanation());
    }

    @Test
    void rateStillRequired() {
        // guide: rates
        Target ninePercent = catalog.targets().plan("long-an-master-plan-2021-2030")
                .indicator(Indicators.GRDP_GROWTH).first().orElseThrow().item();
        var achieved = new TreeMap<Integer, BigDecimal>(Map.of(2021, new BigDecimal("5"), 2022, new BigDecimal("5"),
                2023, new BigDecimal("5"), 2024, new BigDecimal("5")));
        RateProgress progress = TargetEvaluator.standard().progress(ninePercent, achieved);
        BigDecimal needed = progress.requiredAverage().orElseThrow();
        BigDecimal average = GrowthRates.average(List.of(new BigDecimal("5"), new BigDecimal("7")));
        // end
        assertEquals("11.7509688897", needed.toPlainString());
        assertEquals("5.9952829139", average.toPlainString());
    }

    @Test
    void sdgProgress() {
        // guide: sdg
        ProgressAssessment ratio = SdgProgress.assess(new BigDecimal("20"), 2015, new BigDecimal("25"), 2020,
                new BigDecimal("40"), 2030);
        ProgressAssessment projection = SdgProgress.assessProjected(new BigDecimal("20"), 2015,
                new BigDecimal("25"), 2020, new BigDecimal("40"), 2030);
        // end
        assertEquals("SUBSTANTIAL_PROGRESS (ratio 0.9650153099)", ratio.toString());
        assertEquals("SUBSTANTIAL_PROGRESS (ratio 0.953125), projected 39.0625", projection.toString());
    }

    @Test
    void structure() {
        // guide: structure
        var firstHalf2023 = EconomicStructure.of(catalog.indicators(), Indicators.GRDP_STRUCTURE, Map.of(
                Indicators.GRDP_SHARE_AGRICULTURE, new BigDecimal("16.41"),
                Indicators.GRDP_SHARE_INDUSTRY, new BigDecimal("50.92"),
                Indicators.GRDP_SHARE_SERVICES, new BigDecimal("27.13")));
        BigDecimal sum = firstHalf2023.sum();
        boolean complete = firstHalf2023.isComplete();
        // end
        assertEquals(new BigDecimal("94.46"), sum);
        assertEquals(false, complete);
    }

    private static final Pattern REGION = Pattern.compile("(?m)^( *)// guide: (\\S+)\\n(.*?)^ *// end$",
            Pattern.DOTALL);

    @Test
    void theGuideShowsEveryExampleExactly() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/provplan/QueryGuideTest.java"),
                StandardCharsets.UTF_8);
        String guide = Files.readString(Path.of("docs/query.md"), StandardCharsets.UTF_8);
        Matcher region = REGION.matcher(source);
        var names = new ArrayList<String>();
        while (region.find()) {
            names.add(region.group(2));
            String indent = region.group(1);
            String code = region.group(3).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                    .reduce("", (a, b) -> a + b + "\n");
            assertTrue(guide.contains("```java\n" + code + "```"), () -> "docs/query.md lacks the example "
                    + region.group(2) + " as it stands here:\n" + code);
        }
        assertEquals(List.of("targets", "directives", "text", "succession", "real", "errors", "evaluate", "rates", "sdg",
                "structure"), names);
    }
}
