package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.cli.Main;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.ObservationStatus;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanStatus;
import io.github.provplan.plan.Scope;
import io.github.provplan.province.Era;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Format 1 is a promise: the files of src/test/resources/v1 — the bundled catalog, the example and the indicators as
 * they were written before format 2, as data and not for these tests — read as they did, and migrate losslessly.
 */
class FormatOneCompatibilityTest {
    private static final Path V1 = Path.of("src/test/resources/v1");
    private static final Path CATALOG = Path.of("src/main/resources/io/github/provplan/catalog");

    static Stream<Path> catalogFiles() throws IOException {
        try (Stream<Path> files = Files.list(V1.resolve("catalog"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("catalogFiles")
    void eachFormat1FileReadsToTheRecordsOfItsFormat2Migration(Path v1) {
        PlanSet old = PlanReader.create().read(v1);
        PlanSet migrated = PlanReader.create().read(CATALOG.resolve(v1.getFileName()));
        assertEquals(migrated, old);
    }

    @Test
    void theExampleReadsAlikeInBothFormats() {
        assertEquals(PlanReader.create().read(Path.of("docs/examples/example-plan.json")),
                PlanReader.create().read(V1.resolve("examples/example-plan.json")));
    }

    @Test
    void format1MeaningsAreKept() {
        List<Plan> plans = PlanReader.create().read(V1.resolve("catalog")).plans();
        Plan session = plans.stream().filter(p -> p.id().equals("long-an-pm-working-session-2023-07")).findFirst()
                .orElseThrow();
        assertEquals("Long An", session.province());
        assertEquals(Scope.province("Long An", Era.BEFORE_JULY_2025), session.scope());
        assertEquals(PlanStatus.ADOPTED, session.status());
        Observation growth = session.observations().get(0);
        assertTrue(growth.estimate());
        assertEquals(ObservationStatus.ESTIMATED, growth.status());
        assertFalse(session.observations().get(1).estimate());
        assertEquals(ObservationStatus.REPORTED, session.observations().get(1).status());
        Plan langSon = plans.stream().filter(p -> p.id().equals("lang-son-notice-394-tb-vpcp")).findFirst().orElseThrow();
        // A name both arrangements use, in a document of 2019: the unit before the merger.
        assertEquals(Optional.of(Era.BEFORE_JULY_2025), langSon.scope().era());
        assertEquals(Unit.MILLION_VND, plans.stream().filter(p -> p.id().equals("long-an-master-plan-2021-2030"))
                .findFirst().orElseThrow().targets().stream().filter(t -> t.indicator().equals("grdp-per-capita"))
                .findFirst().orElseThrow().unit());
    }

    @Test
    void theFormat1IndicatorsAreTheBundledOnesWithTheirUnitsKept() {
        List<Indicator> old = PlanReader.create(IndicatorRegistry.empty()).read(V1.resolve("indicators.json"))
                .indicators();
        assertEquals(28, old.size());
        for (Indicator indicator : old) {
            Indicator bundled = IndicatorRegistry.bundled().get(indicator.code());
            assertEquals(indicator.unit(), bundled.unit(), indicator.code());
            // Only GRDP per capita gained a unit in format 2 (US dollars, as national and regional texts give it).
            assertEquals(indicator.code().equals("grdp-per-capita") ? List.of(Unit.MILLION_VND, Unit.USD)
                    : indicator.units(), bundled.units(), indicator.code());
        }
    }

    private static int run(StringWriter out, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    @Test
    void migrateRewritesFormat1AsFormat2ThatReadsBackEqualAndIsStable(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        var printed = new StringWriter();
        assertEquals(0, run(printed, "migrate", V1.resolve("catalog").toString(), "--out", out.toString()));
        assertTrue(printed.toString().endsWith("migrated 6 files, 6 plans to formatVersion 2\n"), printed.toString());
        assertEquals(PlanReader.create().read(V1.resolve("catalog")), PlanReader.create().read(out));
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("{\n  \"formatVersion\": 2,"), file::toString);
                assertEquals(Files.readString(CATALOG.resolve(file.getFileName()), StandardCharsets.UTF_8), text,
                        file::toString);
            }
        }
        // Migrating format 2 in place changes nothing.
        String before = Files.readString(out.resolve("long-an-master-plan-2021-2030.json"), StandardCharsets.UTF_8);
        assertEquals(0, run(new StringWriter(), "migrate", out.toString()));
        assertEquals(before, Files.readString(out.resolve("long-an-master-plan-2021-2030.json"), StandardCharsets.UTF_8));
    }

    @Test
    void migrateKeepsEachFilesShapeAndDeclarations(@TempDir Path temp) throws IOException {
        Path list = temp.resolve("list.json");
        Files.writeString(list, "[" + Files.readString(V1.resolve("examples/example-plan.json")) + "]");
        Path catalog = temp.resolve("catalog.json");
        Files.writeString(catalog, """
                {"formatVersion": 1, "indicators": [{"code": "rice-output-share", "labelVi": "Tỷ trọng lúa",
                 "labelEn": "Rice share", "unit": "percent", "direction": "neutral"}], "plans": []}
                """);
        assertEquals(0, run(new StringWriter(), "migrate", temp.toString()));
        assertTrue(Files.readString(list).startsWith("[\n  {\n    \"formatVersion\": 2,"), Files.readString(list));
        String migrated = Files.readString(catalog);
        assertTrue(migrated.contains("\"units\": [\n        \"percent\"\n      ]"), migrated);
        assertEquals(1, PlanReader.create().read(catalog).indicators().size());
    }

    @Test
    void migrateWritesNothingWhenAFileHasProblems(@TempDir Path temp) throws IOException {
        Path good = temp.resolve("a.json");
        Files.copy(V1.resolve("examples/example-plan.json"), good);
        Path bad = temp.resolve("b.json");
        Files.writeString(bad, "{\"id\": \"b\"}");
        var printed = new StringWriter();
        assertEquals(1, run(printed, "migrate", temp.toString()));
        assertTrue(printed.toString().contains("b.json:1:1: /: missing required property 'kind'"), printed.toString());
        assertEquals(Files.readString(V1.resolve("examples/example-plan.json")), Files.readString(good));
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void migrateRefusesTwoFilesForOneOutputAndWritesNothing(@TempDir Path temp) throws IOException {
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        Files.writeString(a.resolve("f.json"), Files.readString(V1.resolve("examples/example-plan.json")));
        Files.writeString(b.resolve("f.json"), Files.readString(V1.resolve("examples/example-plan.json"))
                .replace("example-tay-ninh-socio-economic-plan-2026", "other-plan"));
        var out = new StringWriter();
        var err = new StringWriter();
        assertEquals(1, run(out, err, "migrate", a.toString(), b.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(out.toString().contains("f.json: would be written to " + temp.resolve("out/f.json")), out.toString());
        assertTrue(err.toString().contains("nothing migrated"), err.toString());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void migrateWritesNoFileThroughALinkOutOfItsOutput(@TempDir Path temp) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("f.json"), Files.readString(V1.resolve("examples/example-plan.json")));
        Path victim = Files.writeString(temp.resolve("victim.txt"), "keep me");
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("f.json"), victim);
        var stdout = new StringWriter();
        var err = new StringWriter();
        assertEquals(1, run(stdout, err, "migrate", in.toString(), "--out", out.toString()));
        assertTrue(stdout.toString().contains(out.resolve("f.json") + ": cannot be written, it is a symbolic link"),
                stdout.toString());
        assertEquals("keep me", Files.readString(victim));
    }

    @Test
    void migrateMigratesAFileReachedTwiceOnce(@TempDir Path temp) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path file = Files.writeString(in.resolve("f.json"), Files.readString(V1.resolve("examples/example-plan.json")));
        Files.createLink(in.resolve("g.json"), file);
        var stdout = new StringWriter();
        var err = new StringWriter();
        assertEquals(0, run(stdout, err, "migrate", in.toString()), err.toString());
        assertTrue(stdout.toString().contains("migrated 1 file"), stdout.toString());
    }

    @Test
    void aWriteThatFailsSaysWhyAndThatNoFileWasMigrated(@TempDir Path temp) throws IOException {
        // A directory 26 levels of 200 letters down passes every check made before writing (its nearest existing
        // parent is writable), but its path is longer than the system takes, so the first write fails.
        Path deep = temp;
        for (int i = 0; i < 26; i++) {
            deep = deep.resolve("d".repeat(200));
        }
        var out = new StringWriter();
        var err = new StringWriter();
        assertEquals(1, run(out, err, "migrate", V1.resolve("examples").toString(), "--out", deep.toString()));
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("provplan: cannot write " + deep.resolve("example-plan.json") + ": "),
                err.toString());
        assertTrue(err.toString().endsWith("; no file was migrated\n"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void migrateThatCannotWriteSaysWhyWithoutAStackTrace(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("blocker");
        Files.writeString(file, "not a directory");
        var out = new StringWriter();
        var err = new StringWriter();
        assertEquals(1, run(out, err, "migrate", V1.resolve("examples").toString(), "--out",
                file.resolve("sub").toString()));
        assertTrue(out.toString().contains("is a file, not a directory"), out.toString() + err);
        assertFalse((out.toString() + err).contains("Exception"), out.toString() + err);
    }

    @Test
    void migrateSaysAloudAnEraThatFormat1sDateDidNotTell(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("undated.json");
        Files.writeString(file, """
                {"id": "undated", "kind": "resolution", "province": "Tây Ninh", "title": "T", "issuer": {"body": "B"},
                 "sources": [{"ref": "s"}]}
                """);
        var err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "migrate", file.toString()));
        assertTrue(err.toString().contains("plan undated: its date does not tell which Tây Ninh it means; the migrated "
                + "file says from-july-2025, as format 1 read the name: check it"), err.toString());
        assertTrue(Files.readString(file).contains("\"era\": \"from-july-2025\""));
    }
}
