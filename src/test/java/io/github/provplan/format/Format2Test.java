package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Quantity;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Comparison;
import io.github.provplan.plan.DocumentNumber;
import io.github.provplan.plan.Figure;
import io.github.provplan.plan.LinkKind;
import io.github.provplan.plan.Measure;
import io.github.provplan.plan.Milestone;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.ObservationStatus;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.PlanStatus;
import io.github.provplan.plan.Ranking;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Scope;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.YearRange;
import io.github.provplan.province.Era;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Each thing format 2 must express, read from JSON with figures from the real texts saved in
 * src/test/resources/sources, and the problems of files that get it wrong.
 */
class Format2Test {
    private static final PlanReader READER = PlanReader.create();

    /** A format 2 plan with {@code scope}, {@code dates} and {@code more} properties, and one source "s". */
    private static String plan(String scope, String dates, String more) {
        return """
                {"formatVersion": 2, "id": "p", "kind": "congress-resolution", "status": "adopted",
                 "scope": %s, "title": "T", "issuer": {"body": "B"}%s, "sources": [{"ref": "s"}]%s}
                """.formatted(scope, dates, more);
    }

    private static final String TAY_NINH = "{\"level\": \"provinces\", \"provinces\": [\"Tây Ninh\"]}";

    private static Plan read(String json) {
        return READER.read(json, "f2.json").plans().get(0);
    }

    private static String problems(String json) {
        return assertThrows(PlanFormatException.class, () -> READER.read(json, "f2.json")).getMessage();
    }

    private static String targets(String... targets) {
        return ", \"period\": \"2026-2030\", \"vision\": 2050, \"targets\": [" + String.join(", ", targets) + "]";
    }

    private static String target(String body) {
        return "{\"indicator\": \"grdp-growth\", " + body + ", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}";
    }

    private static String observations(String... observations) {
        return ", \"period\": \"2026-2030\", \"observations\": [" + String.join(", ", observations) + "]";
    }

    private static String observation(String indicator, String body) {
        return "{\"indicator\": \"" + indicator + "\", " + body + ", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}";
    }

    // 1. Where a document applies.

    @Test
    void theWholeCountryARegionAndSeveralProvinces() {
        assertEquals(Scope.country(), read(plan("{\"level\": \"country\"}", "", "")).scope());
        assertTrue(read(plan("{\"level\": \"country\"}", "", "")).isNational());
        Plan region = read(plan("{\"level\": \"region\", \"region\": \"Trung du và miền núi phía Bắc\"}", "", ""));
        assertEquals(Scope.region("Trung du và miền núi phía Bắc"), region.scope());
        Plan table = read(plan("{\"level\": \"provinces\", \"provinces\": [\"Quảng Ninh\", \"Hải Phòng\", \"Bắc Ninh\"], "
                + "\"era\": \"before-july-2025\"}", "", ""));
        assertEquals(List.of("Quảng Ninh", "Hải Phòng", "Bắc Ninh"), table.scope().provinces());
        assertEquals("Quảng Ninh", table.province());
    }

    @Test
    void theEraIsTakenFromTheDocumentsDateAndStatedInTheModel() {
        assertEquals(Optional.of(Era.FROM_JULY_2025), read(plan(TAY_NINH, ", \"issued\": \"2025-10-10\"", "")).scope().era());
        assertEquals(Optional.of(Era.BEFORE_JULY_2025), read(plan(TAY_NINH, ", \"issued\": \"2024-06-30\"", "")).scope().era());
        assertEquals(Optional.of(Era.BEFORE_JULY_2025), read(plan(TAY_NINH, ", \"period\": \"2021-2030\"", "")).scope().era());
        assertEquals(Optional.of(Era.FROM_JULY_2025), read(plan(TAY_NINH, ", \"period\": \"2026-2030\"", "")).scope().era());
        // The file's own era wins over the date.
        String stated = "{\"level\": \"provinces\", \"provinces\": [\"Tuyên Quang\"], \"era\": \"before-july-2025\"}";
        assertEquals(Optional.of(Era.BEFORE_JULY_2025), read(plan(stated, ", \"issued\": \"2026-02\"", "")).scope().era());
    }

    @Test
    void aDocumentWhoseDateDoesNotTellMustStateItsEra() {
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025\"", "")).contains(
                "f2.json:2:11: /scope: the document's date does not tell whether its provinces are those before or from "
                        + "1 July 2025"), problems(plan(TAY_NINH, ", \"issued\": \"2025\"", "")));
        assertTrue(problems(plan(TAY_NINH, "", "")).contains("add \"era\""));
    }

    @Test
    void aProvinceMustBeAUnitOfItsEra() {
        String longAn = "{\"level\": \"provinces\", \"provinces\": [\"Long An\"]}";
        assertTrue(problems(plan(longAn, ", \"issued\": \"2025-10-10\"", "")).contains(
                "/scope: 'Long An' is a province before 1 July 2025, not from then on; from 1 July 2025 its area is "
                        + "part of Tây Ninh"));
        assertEquals(Optional.of(Era.BEFORE_JULY_2025), read(plan(longAn, ", \"issued\": \"2023-06-13\"", "")).scope().era());
        String unknown = "{\"level\": \"provinces\", \"provinces\": [\"Tay Ninhh\"], \"era\": \"from-july-2025\"}";
        assertTrue(problems(plan(unknown, "", "")).contains("unknown province 'Tay Ninhh'; did you mean 'Tây Ninh'?"));
        // A file names a unit as a query does: other punctuation than a hyphen, a dash or a full stop is no part of it.
        String decorated = "{\"level\": \"provinces\", \"provinces\": [\"Long An!!!\"], \"era\": \"before-july-2025\"}";
        assertTrue(problems(plan(decorated, "", "")).contains("unknown province 'Long An!!!': a name holds letters, "
                + "digits, spaces, hyphens, dashes and full stops only; did you mean 'Long An'?"), () -> problems(plan(decorated, "", "")));
        String dashed = "{\"level\": \"provinces\", \"provinces\": [\"Bà Rịa – Vũng Tàu\"], \"era\": \"before-july-2025\"}";
        assertEquals(List.of("Bà Rịa – Vũng Tàu"), read(plan(dashed, "", "")).scope().provinces());
        assertTrue(problems(plan("{\"level\": \"region\"}", "", "")).contains(
                "/scope: region: a regional scope names its region"), problems(plan("{\"level\": \"region\"}", "", "")));
    }

    // 2. A document's life.

    @Test
    void statusLinksKindsAndPartialNumbers() {
        Plan adjustment = read(plan("{\"level\": \"country\"}", ", \"issued\": \"2025-10\"",
                ", \"number\": \"306\", \"adjusts\": [{\"number\": \"81/2023/QH15\", \"plan\": \"national\"}]")
                .replace("\"congress-resolution\", \"status\": \"adopted\"", "\"government-resolution\", \"status\": \"proposed\""));
        assertEquals(PlanKind.GOVERNMENT_RESOLUTION, adjustment.kind());
        assertEquals(PlanStatus.PROPOSED, adjustment.status());
        DocumentNumber number = adjustment.number().orElseThrow();
        assertTrue(number.isPartial());
        assertEquals("306", number.toString());
        assertEquals(DocumentNumber.Form.PARTIAL, number.form());
        assertEquals(LinkKind.ADJUSTS, adjustment.links().get(0).kind());
        assertEquals("81/2023/QH15", adjustment.adjusts().get(0).number().orElseThrow().toString());
        for (String kind : List.of("results-report", "congress-resolution", "government-resolution", "adjustment")) {
            assertEquals(kind, read(plan("{\"level\": \"country\"}", "", "").replace("congress-resolution", kind))
                    .kind().code());
        }
        assertTrue(problems(plan("{\"level\": \"country\"}", "", "").replace("\"adopted\"", "\"in-force\""))
                .contains("/status: unknown status 'in-force'; expected one of adopted, draft, proposed"));
    }

    @Test
    void formatOneRefusesWhatOnlyFormatTwoHasWithFormatOnesMessages() {
        String v1 = """
                {"id": "p", "kind": "resolution", "province": "Long An", "title": "T", "issuer": {"body": "B"},
                 "number": "306", "period": "2024", "sources": [{"ref": "s"}],
                 "targets": [{"indicator": "grdp-growth", "relation": "nearly", "value": 8, "unit": "percent",
                              "period": "2024", "quote": {"text": "t", "source": "s"}}]}
                """;
        String message = problems(v1);
        assertTrue(message.contains("/number: '306' is not a document number of the form 686/QĐ-TTg, 202/2025/QH15 "
                + "or 58-CT/TU"), message);
        assertTrue(message.contains("/targets/0/relation: unknown relation 'nearly'; expected one of above, at-least, "
                + "about, plain, below, at-most, range, about-range, qualitative"), message);
        assertTrue(problems(v1.replace("\"resolution\"", "\"adjustment\"")).contains("unknown plan kind 'adjustment'"));
    }

    // 3. Units and figures.

    @Test
    void unitsAreTypedAndScalesConvertExactlyWithinOneThing() {
        assertEquals(Quantity.MONEY, Unit.MILLION_VND.quantity());
        assertEquals(Optional.of("VND"), Unit.BILLION_VND.of());
        assertEquals("1200000", Unit.THOUSAND_BILLION_VND.convert(new BigDecimal("1200"), Unit.BILLION_VND)
                .toPlainString());
        assertEquals("0.2201", Unit.MILLION_VND.convert(new BigDecimal("220.1"), Unit.BILLION_VND).toPlainString());
        assertEquals("18500000", Unit.MILLION_VISITORS.convert(new BigDecimal("18.5"), Unit.VISITORS).toPlainString());
        IllegalArgumentException currencies = assertThrows(IllegalArgumentException.class,
                () -> Unit.USD.convert(new BigDecimal("8500"), Unit.MILLION_VND));
        assertEquals("cannot convert usd into million-vnd: currencies never convert", currencies.getMessage());
        assertFalse(Unit.VISITORS.convertsTo(Unit.PERSONS));
        assertFalse(Unit.RANK.convertsTo(Unit.RANK));
        assertThrows(IllegalArgumentException.class,
                () -> Unit.of("tonnes-x", Quantity.COUNT, Optional.empty(), 3, "x"));
    }

    @Test
    void aCatalogDeclaresUnitsAsItDeclaresIndicators() {
        String json = """
                {"formatVersion": 2,
                 "units": [{"code": "thousand-tonnes", "quantity": "mass", "scale": 6, "symbol": "nghìn tấn"}],
                 "indicators": [{"code": "rice-output", "labelVi": "Sản lượng lúa", "labelEn": "Rice output",
                                 "units": ["thousand-tonnes"], "direction": "higher-is-better"}],
                 "plans": [{"id": "p", "kind": "master-plan", "status": "adopted",
                            "scope": {"level": "provinces", "provinces": ["An Giang"]}, "title": "T",
                            "issuer": {"body": "B"}, "period": "2026-2030", "sources": [{"ref": "s"}],
                            "targets": [{"indicator": "rice-output", "relation": "about", "value": 4, "unit": "million-tonnes",
                                         "period": "2030", "quote": {"text": "t", "source": "s"}}]}]}
                """;
        PlanSet set = READER.read(json, "units.json");
        Unit tonnes = set.units().get(0);
        assertEquals(new Unit("thousand-tonnes", Quantity.MASS, Optional.empty(), 6, "nghìn tấn"), tonnes);
        assertEquals(Unit.MILLION_TONNES, set.plans().get(0).targets().get(0).unit());
        assertEquals(set, READER.read(PlanWriter.create().write(set), "again.json"));
        assertTrue(problems(json.replace("\"thousand-tonnes\", \"quantity\"", "\"tonnes\", \"quantity\""))
                .contains("/units/0/code: unit 'tonnes' is already defined by provplan (mass, scale 3, 'tấn'); use it "
                        + "as it is, or give this unit another code"));
        assertTrue(problems(json.replace("\"unit\": \"million-tonnes\"", "\"unit\": \"million-tones\""))
                .contains("unknown unit 'million-tones'; did you mean 'million-tonnes'?"));
    }

    @Test
    void anIndicatorInTwoUnitsAndAFigureWithItsEquivalent() {
        // "8.500 USD (khoảng hơn 224 triệu đồng)": nat-national-master-plan-adjustment-306-nq-cp.txt
        Plan national = read(plan("{\"level\": \"country\"}", ", \"issued\": \"2025-10\"", ", \"period\": \"2021-2030\", "
                + "\"targets\": [{\"indicator\": \"gdp-per-capita\", \"relation\": \"about\", \"value\": 8500, "
                + "\"unit\": \"usd\", \"equivalent\": {\"relation\": \"about-above\", \"value\": 224, \"unit\": \"million-vnd\"}, "
                + "\"period\": \"2030\", \"quote\": {\"text\": \"t\", \"source\": \"s\"}}]"));
        Target perCapita = national.targets().get(0);
        assertEquals(Figure.of(Relation.ABOUT_ABOVE, new BigDecimal("224"), Unit.MILLION_VND), perCapita.equivalent().orElseThrow());
        assertEquals(List.of(Unit.USD, Unit.MILLION_VND), IndicatorRegistry.bundled().get("gdp-per-capita").units());
        assertTrue(problems(plan("{\"level\": \"country\"}", "", targets(target("\"relation\": \"about\", \"value\": 8, "
                + "\"unit\": \"percent-per-year\", \"period\": \"2026-2030\", \"equivalent\": {\"relation\": \"about\", "
                + "\"value\": 8, \"unit\": \"usd\"}")))).contains("/targets/0/equivalent: the equivalent's unit 'usd' does not "
                + "fit indicator 'grdp-growth'"));
        // Billions fit an indicator in millions; dollars do not fit a growth rate.
        assertTrue(IndicatorRegistry.bundled().get("grdp-per-capita").fits(Unit.BILLION_VND, false));
        assertFalse(IndicatorRegistry.bundled().get("grdp-growth").fits(Unit.USD, false));
        assertFalse(IndicatorRegistry.bundled().get("grdp-per-capita").accepts(Unit.BILLION_VND, false));
    }

    // 4. Targets.

    @Test
    void aYearlyPathIsOneTargetWithMilestones() {
        // Tây Ninh: "năm 2026 đạt 133,5 triệu đồng; năm 2027 đạt 150,64 triệu đồng; ..."
        String path = "{\"indicator\": \"grdp-per-capita\", \"relation\": \"path\", \"unit\": \"million-vnd\", "
                + "\"period\": \"2026-2030\", \"milestones\": [{\"year\": 2026, \"relation\": \"plain\", \"value\": 133.5}, "
                + "{\"year\": 2027, \"relation\": \"plain\", \"value\": 150.64}, {\"year\": 2030, \"relation\": \"plain\", "
                + "\"value\": 220.12}], \"quote\": {\"text\": \"t\", \"source\": \"s\"}}";
        Target target = read(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(path))).targets().get(0);
        assertEquals(Relation.PATH, target.relation());
        assertEquals(List.of(Milestone.of(2026, Relation.PLAIN, new BigDecimal("133.5")),
                Milestone.of(2027, Relation.PLAIN, new BigDecimal("150.64")),
                Milestone.of(2030, Relation.PLAIN, new BigDecimal("220.12"))), target.milestones());
        assertEquals(List.of(), target.figures());
        assertEquals("path 2026: plain 133.5, 2027: plain 150.64, 2030: plain 220.12 triệu đồng", target.requirement());
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(path.replace("2027", "2031"))))
                .contains("milestone year 2031 is outside the target period 2026-2030"));
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(path.replace("2027", "2026"))))
                .contains("milestone years must rise: 2026 comes after 2026"));
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(path.replace("\"relation\": \"path\"",
                "\"relation\": \"plain\", \"value\": 220")))).contains("only a target with relation 'path' has milestones"));
    }

    @Test
    void aVisionTargetAnUnstatedPeriodAndAMeasure() {
        // nat-national-master-plan-81-2023.txt: "giai đoạn 2031-2050 ... 6,5-7,5%/năm"
        Plan vision = read(plan("{\"level\": \"country\"}", ", \"issued\": \"2023-01\"", ", \"period\": \"2021-2030\", "
                + "\"vision\": 2050, \"targets\": [" + target("\"relation\": \"range\", \"low\": 6.5, \"high\": 7.5, "
                + "\"unit\": \"percent-per-year\", \"period\": \"2031-2050\"").replace("grdp-growth", "gdp-growth") + "]"));
        assertEquals(YearRange.of(2031, 2050), vision.targets().get(0).period());
        Plan unstated = read(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(target("\"relation\": \"at-least\", "
                + "\"value\": 10, \"unit\": \"percent-per-year\", \"period\": \"2026-2030\", \"periodStated\": false"))));
        assertFalse(unstated.targets().get(0).periodStated());
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(target("\"relation\": \"at-least\", "
                + "\"value\": 10, \"unit\": \"percent\", \"period\": \"2030\", \"periodStated\": false"))))
                .contains("takes the document's period, 2026-2030, not 2030"));
        Plan total = read(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(target("\"relation\": \"above\", "
                + "\"value\": 75000, \"unit\": \"billion-vnd\", \"measure\": \"total\", \"period\": \"2026-2030\"")
                .replace("grdp-growth", "total-social-investment"))));
        assertEquals(Measure.TOTAL, total.targets().get(0).measure());
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(target("\"relation\": \"above\", "
                + "\"value\": 75000, \"unit\": \"billion-vnd\", \"measure\": \"total\", \"period\": \"2030\"")
                .replace("grdp-growth", "total-social-investment")))).contains("needs a period of several years"));
    }

    @Test
    void rankingsSharesOutsideTheStructureRatesOfChangeAndConditions() {
        Plan plan = read(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(
                target("\"relation\": \"at-most\", \"value\": 10, \"unit\": \"rank\", \"ranking\": {\"of\": 34}, "
                        + "\"period\": \"2030\""),
                target("\"relation\": \"above\", \"value\": 30, \"unit\": \"percent\", \"period\": \"2030\"")
                        .replace("grdp-growth", "digital-economy-share"),
                target("\"relation\": \"plain\", \"value\": 50, \"unit\": \"percent\", \"period\": \"2030\"")
                        .replace("grdp-growth", "grdp-share-industry"),
                target("\"relation\": \"plain\", \"value\": 50, \"unit\": \"percent\", \"period\": \"2030\"")
                        .replace("grdp-growth", "grdp-share-services"),
                target("\"relation\": \"range\", \"low\": 10, \"high\": 12, \"unit\": \"percent-per-year\", "
                        + "\"period\": \"2026-2030\"").replace("grdp-growth", "state-budget-revenue"),
                target("\"relation\": \"plain\", \"value\": 100, \"unit\": \"percent\", \"period\": \"2030\", "
                        + "\"condition\": \"tối thiểu 60 lít/người/ngày\"").replace("grdp-growth", "trained-labour-rate"))));
        assertEquals(Ranking.of(34), plan.targets().get(0).ranking().orElseThrow());
        assertEquals("at most 10 hạng/nhóm of 34 in the country", plan.targets().get(0).requirement());
        assertEquals(Unit.PERCENT_PER_YEAR, plan.targets().get(4).unit());
        assertEquals(Optional.of("tối thiểu 60 lít/người/ngày"), plan.targets().get(5).condition());
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(target("\"relation\": \"plain\", "
                + "\"value\": 8, \"unit\": \"percent\", \"ranking\": {\"of\": 34}, \"period\": \"2030\""))))
                .contains("only a figure in the unit 'rank' has a ranking"));
    }

    @Test
    void everyQualifierOfTheGlossaryOnEveryFigure() {
        for (String relation : List.of("above", "at-least", "about", "about-above", "nearly", "plain", "below", "at-most")) {
            Plan plan = read(plan(TAY_NINH, ", \"issued\": \"2025-10\"", targets(target("\"relation\": \"" + relation
                    + "\", \"value\": 10, \"unit\": \"percent\", \"period\": \"2030\"")).replace("]", "], "
                    + "\"observations\": [" + observation("grdp-growth", "\"relation\": \"" + relation + "\", \"value\": 8, "
                    + "\"unit\": \"percent\", \"period\": \"2025\"") + "]").replace("\"issued\": \"2025-10\"",
                    "\"issued\": \"2026-01\"")));
            assertEquals(relation, plan.targets().get(0).relation().code());
            assertEquals(relation, plan.observations().get(0).relation().code());
        }
    }

    // 5. Reported results.

    @Test
    void reportedResultsWithStatusComparisonRankAndMultiYearPeriods() {
        Plan report = read(plan(TAY_NINH, ", \"issued\": \"2025-10\"", observations(
                observation("grdp-growth", "\"value\": 6.73, \"unit\": \"percent-per-year\", \"period\": \"2021-2025\""),
                observation("grdp-size", "\"value\": 10, \"unit\": \"rank\", \"ranking\": {\"of\": 34}, \"period\": \"2025\""),
                observation("grdp-growth", "\"value\": 3, \"unit\": \"rank\", \"ranking\": {\"of\": 13, \"region\": "
                        + "\"Đồng bằng sông Cửu Long\"}, \"period\": \"2024\", \"status\": \"preliminary\""),
                observation("state-budget-revenue", "\"relation\": \"above\", \"value\": 15, \"unit\": \"percent\", "
                        + "\"period\": \"2025-H1\", \"comparedWith\": \"same-period-last-year\", \"status\": \"estimated\""),
                observation("grdp-per-capita", "\"value\": 4776, \"unit\": \"usd\", \"period\": \"2025\", \"status\": "
                        + "\"expected\", \"equivalent\": {\"relation\": \"plain\", \"value\": 118.25, \"unit\": \"million-vnd\"}"))));
        List<Observation> seen = report.observations();
        assertEquals(ReportingPeriod.years(2021, 2025), seen.get(0).period());
        assertEquals("2021-2025", seen.get(0).period().toString());
        assertEquals(Ranking.inRegion(13, "Đồng bằng sông Cửu Long"), seen.get(2).ranking().orElseThrow());
        assertEquals(ObservationStatus.PRELIMINARY, seen.get(2).status());
        assertEquals(Optional.of(Comparison.samePeriodLastYear()), seen.get(3).comparedWith());
        assertEquals(Relation.ABOVE, seen.get(3).relation());
        assertTrue(seen.get(3).estimate());
        assertEquals(ObservationStatus.EXPECTED, seen.get(4).status());
        assertEquals(Optional.of(Figure.of(Relation.PLAIN, new BigDecimal("118.25"), Unit.MILLION_VND)),
                seen.get(4).equivalent());
        assertEquals(OptionalInt.of(2020), Comparison.parse("2020").baseYear());
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-10\"", observations(observation("grdp-growth",
                "\"relation\": \"range\", \"value\": 8, \"unit\": \"percent\", \"period\": \"2025\""))))
                .contains("a reported figure has one value; 'range' is for targets"));
    }

    @Test
    void writingAFormat2PlanReadsItBackEqualAndTheWriterLeavesOutDefaults() {
        String json = plan(TAY_NINH, ", \"issued\": \"2025-10\"", observations(
                observation("grdp-growth", "\"relation\": \"plain\", \"value\": 6.73, \"unit\": \"percent-per-year\", "
                        + "\"period\": \"2021-2025\", \"status\": \"reported\"")));
        Plan plan = read(json);
        String written = PlanWriter.create().write(plan);
        assertTrue(written.startsWith("{\n  \"formatVersion\": 2,\n  \"id\": \"p\","), written);
        assertTrue(written.contains("\"era\": \"from-july-2025\""), written);
        assertFalse(written.contains("\"reported\"") || written.contains("\"plain\""), written);
        assertEquals(plan, read(written));
    }

    @Test
    void aliasesOfCitiesNameTheirUnitInBothEras() {
        Plan plan = read(plan("{\"level\": \"provinces\", \"provinces\": [\"TP. Hồ Chí Minh\", \"Thừa Thiên Huế\"], "
                + "\"era\": \"from-july-2025\"}", "", ""));
        assertEquals(List.of("TP. Hồ Chí Minh", "Thừa Thiên Huế"), plan.scope().provinces());
    }

    @Test
    void aMeetingInTheMonthOrYearADocumentIsDatedByIsNotAfterIt() {
        assertEquals(io.github.provplan.plan.PartialDate.of(2025, 12, 5), read(plan(TAY_NINH,
                ", \"issued\": \"2025-12\", \"meetingDate\": \"2025-12-05\"", "")).meetingDate().orElseThrow());
        assertTrue(problems(plan(TAY_NINH, ", \"issued\": \"2025-12\", \"meetingDate\": \"2026-01-05\"", ""))
                .contains("the meeting (2026-01-05) is after the document was issued (2025-12)"));
    }
}
