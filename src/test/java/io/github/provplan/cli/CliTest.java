package io.github.provplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command run in-process, on the bundled catalog and on small files, with its output and exit code. */
class CliTest {
    private static final String CLI = "src/test/resources/cli/";
    /** The seeds' plans alone (as format 1 wrote them), whose outputs these tests worked out by hand. */
    private static final String SEEDS = "src/test/resources/v1/catalog";

    /** What one run printed, and how it ended. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertFalse((out.toString() + err).contains("\tat "), "no stack trace: " + err);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void summaryOfTheBundledCatalog() {
        Run bundled = run("summary");
        assertEquals(0, bundled.exit(), bundled.err());
        assertEquals("provplan catalog: 48 plans about 32 provinces, 4 national, 1 regional; 214 targets, 102 "
                + "directives, 44 reported figures, 3 proposals", bundled.lines().get(0));
        Run run = run("summary", "--data", SEEDS, "--wide");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "provplan catalog: 6 plans about 2 provinces; 26 targets, 101 directives, 4 reported figures, "
                        + "3 proposals",
                "",
                "province  kind                 plans  targets  directives  observations  proposals",
                "--------  -------------------  -----  -------  ----------  ------------  ---------",
                "Long An   master-plan          1      16       0           0             0",
                "Long An   resolution           1      7        31          0             0",
                "Long An   action-programme     1      0        7           0             0",
                "Long An   meeting-conclusions  2      2        36          4             3",
                "Lạng Sơn  conclusion-notice    1      1        27          0             0"), run.lines().subList(0, 9));
        assertTrue(run.out().contains("Long An   grdp-per-capita       above 180 triệu đồng"), run.out());
    }

    /** Standard output that fails on every write, as a full disk does, with this reason. */
    private static WatchedOutput failing(String reason) {
        return new WatchedOutput(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException(reason);
            }
        });
    }

    @Test
    void anOutputThatCannotBeWrittenFailsTheCommandButAClosedPipeDoesNot() throws Exception {
        var full = failing("No space left on device");
        var out = new PrintWriter(new java.io.OutputStreamWriter(full, java.nio.charset.StandardCharsets.UTF_8), true);
        var err = new StringWriter();
        int exit = Main.run(new String[] {"summary"}, out, new PrintWriter(err));
        assertEquals(0, exit, err.toString());
        assertEquals(Main.PROBLEMS, Main.finish(exit, full, new PrintWriter(err)));
        assertEquals("provplan: cannot write the output: No space left on device", err.toString().strip());

        var closed = failing("Broken pipe");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> closed.write('x'));
        var quiet = new StringWriter();
        assertEquals(0, Main.finish(0, closed, new PrintWriter(quiet)));
        assertEquals("", quiet.toString());
    }

    @Test
    void spacesAroundTheItemsOfAListAreNotPartOfThemAndAnEmptyItemIsNamed() {
        Run spaced = run("directives", "--theme", " transport , planning", "--format", "csv");
        Run tight = run("directives", "--theme", "transport,planning", "--format", "csv");
        assertEquals(0, tight.exit(), tight.err());
        assertEquals(tight, spaced);
        Run rates = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5, 2022 = 6");
        assertEquals(run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5,2022=6"), rates);
        Run leading = run("directives", "--theme", ",transport");
        assertEquals(Main.USAGE, leading.exit());
        assertTrue(leading.err().startsWith("Invalid value for option '--theme' (THEME): no code given (an empty "
                + "value, or an extra comma in a list)"), leading.err());
        // A comma at the end is one too many, as one at the start or two in a row are (picocli dropped it).
        for (String[] given : new String[][] {{"directives", "--theme", "transport,"}, {"directives", "--theme",
                "transport , planning , "}, {"progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5,"}}) {
            Run trailing = run(given);
            assertEquals(Main.USAGE, trailing.exit(), trailing.err());
            assertTrue(trailing.err().contains(": a comma too many at the end of the list"), trailing.err());
        }
        Run doubled = run("directives", "--theme", "transport,,planning");
        assertTrue(doubled.err().contains("no code given (an empty value, or an extra comma in a list)"), doubled.err());
        assertTrue(run("directives", "--help").out().contains("--theme=THEME[,THEME...]"), "the synopsis shows commas");
    }

    @Test
    void aListOptionOfCommasAloneAndSuccessionWithoutAProvinceAreUsageErrors() {
        // Commas alone are empty items and a comma too many, never a list of nothing that filters nothing.
        Run themes = run("directives", "--theme", ",,");
        assertEquals(Main.USAGE, themes.exit());
        assertTrue(themes.err().startsWith("Invalid value for option '--theme' (THEME): no code given (an empty "
                + "value, or an extra comma in a list)"), themes.err());
        Run rates = run("progress", "--indicator", "grdp-growth", "--rate", ",");
        assertEquals(Main.USAGE, rates.exit());
        assertTrue(rates.err().contains("',': a comma too many at the end of the list"), rates.err());
        Run empty = run("directives", "--theme", "");
        assertEquals(Main.USAGE, empty.exit());
        assertTrue(empty.err().contains("no code given"), empty.err());
        Run predecessors = run("targets", "--with-predecessors");
        assertEquals(Main.USAGE, predecessors.exit());
        assertEquals("provplan: --with-predecessors follows the succession of a --province; give --province too",
                predecessors.err().strip());
    }

    @Test
    void anArgumentTheSystemsEncodingCouldNotReadIsNamedAsTheReason() {
        String[] underC = {"targets", "-p", "L\uFFFD\uFFFD\uFFFDng S\uFFFD\uFFFDn"};
        assertEquals("provplan: an argument holds characters this system's encoding (ANSI_X3.4-1968) could not "
                + "read; run with a UTF-8 locale, such as LANG=C.UTF-8", Main.undecoded(underC, "ANSI_X3.4-1968")
                .orElseThrow());
        assertTrue(Main.undecoded(underC, "UTF-8").isEmpty(), "typed as it is, under UTF-8");
        assertTrue(Main.undecoded(new String[] {"targets", "-p", "Lạng Sơn"}, "ANSI_X3.4-1968").isEmpty());
    }

    @Test
    void provincesTakesOneChoiceOfWhatToListAndNoDayBeforeTheSixtyThree() {
        Run both = run("provinces", "--before-2025", "--at", "2026-01-01");
        assertEquals(Main.USAGE, both.exit());
        assertEquals("provplan: --before-2025, --at, --name and --successors each choose what to list; give one of "
                + "them", both.err().strip());
        assertEquals(Main.USAGE, run("provinces", "--name", "Long An", "--successors", "Long An").exit());
        Run early = run("provinces", "--at", "1900-01-01");
        assertEquals(Main.USAGE, early.exit());
        assertEquals("provplan: the registry holds the 63 units in place from 2008-08-01 and the 34 from "
                + "2025-07-01; 1900-01-01 is before both", early.err().strip());
        assertEquals(2 + 63, run("provinces", "--at", "2008-08-01").lines().size());
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheWorkingDirectory() {
        Run empty = run("validate", "");
        assertEquals(Main.USAGE, empty.exit());
        assertTrue(empty.err().contains("an empty path names no file; give a file or a directory ('.' for the "
                + "working directory)"), empty.err());
        assertEquals(Main.USAGE, run("targets", "--data", "").exit());
    }

    @Test
    void noMatchForANameBothArrangementsUseSaysWhereTheEarlierUnitIs() {
        Run current = run("targets", "-p", "Hải Phòng");
        assertEquals(QueryCommand.NO_MATCH, current.exit());
        assertEquals("provplan: no targets match for Hải Phòng from 1 July 2025; the earlier Hải Phòng has plans of "
                + "its own: add --era before-july-2025 for them, --with-predecessors for every unit Hải Phòng was "
                + "formed from", current.err().strip());
        Run earlier = run("targets", "-p", "TP Hải Phòng", "--era", "before-july-2025");
        assertEquals(0, earlier.exit(), earlier.err());
        assertTrue(earlier.out().contains("Hải Phòng (befo…  grdp-growth       plain 12.5 %     2025"), earlier.out());
        // Hải Phòng was formed from the earlier Hải Phòng and Hải Dương.
        List<String> both = run("targets", "-p", "Hải Phòng", "--with-predecessors").lines();
        assertTrue(both.containsAll(earlier.lines()), () -> String.join("\n", both));
        assertTrue(both.stream().anyMatch(line -> line.contains("Hải Dương")), () -> String.join("\n", both));
    }

    @Test
    void targetsOfLongAnFor2030AsJson() {
        Run run = run("targets", "--province", "Long An", "--year", "2030", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertEquals(16, json.size());
        assertEquals("long-an-master-plan-2021-2030", json.get(1).get("plan").asString());
        assertEquals("Long An", json.get(1).get("province").asString());
        assertEquals("grdp-per-capita", json.get(1).get("target").get("indicator").asString());
        assertEquals("above", json.get(1).get("target").get("relation").asString());
        assertEquals(180, json.get(1).get("target").get("value").asInt());
    }

    @Test
    void directivesOfLangSonOnBorderEconomyOrTransport() {
        Run run = run("directives", "-p", "lang son", "-t", "transport,border-economy", "--wide");
        assertEquals(0, run.exit(), run.err());
        assertEquals(2 + 5, run.lines().size(), run.out());
        assertTrue(run.lines().get(5).contains("hỗ trợ tỉnh hoàn thành đoạn cao tốc Hữu Nghị - Chi Lăng"));
    }

    @Test
    void directivesDueBeforeADateAsCsv() {
        Run run = run("directives", "--deadline-after", "2022-12-31", "--deadline-before", "2023-01-16",
                "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("plan,province,by,to,themes,deadline,action", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("long-an-socio-economic-conference-2023,Long An,"
                + "Chủ tịch UBND tỉnh Long An (Nguyễn Văn Út),\"các sở, ngành, địa phương\",planning,2023-01-15,"));
        assertTrue(run.out().contains("\r\n"), "CSV lines end in CRLF");
    }

    @Test
    void tablesAlignVietnameseTextByWhatTheTerminalShows() {
        Run run = run("plans", "--data", SEEDS);
        List<String> lines = run.lines();
        int column = lines.get(0).indexOf("province");
        String langSon = lines.stream().filter(line -> line.startsWith("lang-son")).findFirst().orElseThrow();
        assertEquals("Lạng Sơn", langSon.substring(column, column + 8));
        assertEquals(lines.get(0).indexOf("date"), langSon.indexOf("2019-11-13"));
    }

    @Test
    void observationsProposalsAndPlans() {
        Run observations = run("observations", "--estimates", "--data", SEEDS);
        assertEquals(0, observations.exit());
        assertEquals(3, observations.lines().size());
        assertTrue(observations.lines().get(2).contains("grdp-growth  3.43   %     2023-H1  yes"), observations.out());
        Run proposals = run("proposals", "--theme", "transport");
        assertEquals(3, proposals.lines().size());
        Run plans = run("plans", "--in-force", "2024", "--format", "json", "--data", SEEDS);
        JsonNode json = JsonMapper.shared().readTree(plans.out());
        assertEquals(2, json.size());
        assertEquals("long-an-master-plan-2021-2030", json.get(0).get("id").asString());
    }

    @Test
    void successionIsFollowedOnlyWhenAsked() {
        Run without = run("plans", "--province", "Tây Ninh", "--data", SEEDS);
        assertEquals(1, without.exit());
        // The seeds have no plan of the earlier Tây Ninh: no hint of one.
        assertEquals("provplan: no plans match\n", without.err());
        Run with = run("plans", "--province", "Tây Ninh", "--with-predecessors", "--data", SEEDS);
        assertEquals(0, with.exit());
        assertEquals(2 + 5, with.lines().size());
    }

    @Test
    void progressOfTheBundledTargets() {
        Run run = run("progress", "--province", "Long An", "--indicator", "grdp-growth", "--wide");
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, run.lines().size(), run.out());
        assertTrue(run.lines().get(2).matches("long-an-master-plan-2021-2030 +Long An +grdp-growth +plain 9 %/năm +"
                + "2021-2030 +3.43 % \\(est.\\) +2023-H1 +not-due *"), run.lines().get(2));
    }

    @Test
    void progressShowsTheAverageStillNeededGivenAnnualRates() {
        Run run = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5,2022=5,2023=5,2024=5",
                "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertEquals(1, json.size());
        assertEquals("11.7509688897", json.get(0).get("requiredAverage").asString());
        assertEquals("not-due, off track", json.get(0).get("outcome").asString());
    }

    @Test
    void progressOnOwnData() {
        Run run = run("progress", "--data", CLI + "tay-ninh-2026.json", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode entry = JsonMapper.shared().readTree(run.out()).get(0);
        assertEquals("met", entry.get("outcome").asString());
        assertEquals(10.2, entry.get("observation").get("value").asDouble());
    }

    @Test
    void provincesWithThe2025Succession() {
        Run after = run("provinces");
        assertEquals(2 + 34, after.lines().size());
        assertTrue(after.out().contains("80    Tây Ninh"), after.out());
        assertTrue(after.out().contains("Tây Ninh, Long An"));
        Run before = run("provinces", "--before-2025");
        assertEquals(2 + 63, before.lines().size());
        assertTrue(before.out().contains("→ Tây Ninh"));
        Run one = run("provinces", "--name", "long an", "--format", "json");
        JsonNode json = JsonMapper.shared().readTree(one.out());
        assertEquals("Long An", json.get(0).get("name").asString());
        assertEquals("80", json.get(0).get("code").asString());
        assertEquals("Tây Ninh", json.get(0).get("becamePartOf").asString());
        assertEquals("Tây Ninh", json.get(1).get("name").asString());
    }

    @Test
    void validateReportsEveryProblemAsALocatedLine() {
        Run run = run("validate", CLI + "several-problems.json");
        assertEquals(1, run.exit());
        String file = CLI + "several-problems.json";
        assertEquals(List.of(
                file + ":2:9: /id: 'bad plan' is not a lower-kebab-case code (lower-case letters and digits joined by "
                        + "single hyphens, such as grdp-growth)",
                file + ":4:15: /province: unknown province 'Long Ann'; did you mean 'Long An'?; write the "
                        + "province's name, or \"Việt Nam\" for a national document",
                file + ":14:16: /targets/0/value: expected a number, found text",
                file + ":28:3: /sorces: unknown property 'sorces'; did you mean 'sources'?; expected cites, directives, "
                        + "id, implementing, issued, issuer, kind, meetingDate, number, objectives, observations, "
                        + "period, pillars, proposals, province, sources, spatialModel, targets, title, titleEn, vision"),
                run.lines());
        assertEquals("provplan: 4 problems\n", run.err());
    }

    @Test
    void validateCountsTheProblemsPastTheListingLimit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // 300 targets, each with an unknown property and five required ones missing: 1,800 problems, of which
        // the reader lists its limit of 1,000 and counts the other 800.
        String target = "{\"x\": 1}";
        var file = dir.resolve("many.json");
        java.nio.file.Files.writeString(file, "{\"id\": \"p\", \"kind\": \"resolution\", \"province\": \"Long An\", "
                + "\"title\": \"T\", \"issuer\": {\"body\": \"B\"}, \"targets\": ["
                + String.join(",", java.util.Collections.nCopies(300, target)) + "]}");
        Run run = run("validate", file.toString());
        assertEquals(1, run.exit());
        assertEquals(1001, run.lines().size());
        assertEquals("800 more problems are not listed (limit maxProblems)", run.lines().get(1000));
        assertEquals("provplan: 1800 problems\n", run.err());
        Run query = run("targets", "--data", file.toString());
        assertEquals(1, query.exit());
        assertTrue(query.err().endsWith("\n800 more problems are not listed (limit maxProblems)\n"
                + "provplan: the data has 1800 problems\n"), query.err());
    }

    @Test
    void validateAcceptsValidFiles() {
        Run run = run("validate", "docs/examples/example-plan.json", CLI + "tay-ninh-2026.json");
        assertEquals(0, run.exit(), run.out());
        assertEquals("valid: 2 plans\n", run.out());
    }

    @Test
    void validateOfNothingFailsAndTheSameFileTwiceIsOneFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
        Run none = run("validate", empty.toString());
        assertEquals(1, none.exit());
        assertEquals("provplan: no plans to validate in " + empty + " (a directory is searched for *.json files; "
                + "*.jsonl files are read as JSON Lines)\n",
                none.err());
        Run twice = run("validate", "docs/examples/example-plan.json", "docs/./examples/example-plan.json");
        assertEquals(0, twice.exit(), twice.out());
        assertEquals("valid: 1 plan\n", twice.out());
    }

    @Test
    void noArgumentCanReachTheTerminalAsAnEscapeSequence() {
        Run option = run("targets", "--\u001b]0;pwned\u0007");
        assertEquals(2, option.exit());
        assertTrue(option.err().startsWith("Unknown option: '--<U+001B>]0;pwned<U+0007>'"), option.err());
        Run value = run("targets", "--year", "\u202e2030");
        assertEquals(2, value.exit());
        assertFalse(value.err().contains("\u202e"), value.err());
        assertTrue(value.err().contains("<U+202E>2030"), value.err());
    }

    @Test
    void aTextWithALineBreakOrACarriageReturnStaysOnItsRowEvenWhenWide(@org.junit.jupiter.api.io.TempDir
                                                                       java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("cr.json"), "{\"id\": \"p\", \"kind\": \"resolution\", "
                + "\"province\": \"Long An\", \"title\": \"Kế hoạch\\rFAKE\\nTITLE\", \"issuer\": {\"body\": \"B\"}}");
        Run run = run("plans", "--data", dir.toString(), "--wide");
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, run.lines().size(), run.out());
        assertFalse(run.out().contains("\r"), run.out());
        assertTrue(run.lines().get(2).contains("Kế hoạch FAKE TITLE"), run.out());
    }

    @Test
    void tablesFitEightyColumnsOrTheWidthAskedAndWideShowsAll() {
        for (String command : List.of("summary", "plans", "targets", "directives", "observations", "proposals",
                "provinces")) {
            Run fitted = run(command);
            assertEquals(0, fitted.exit(), fitted.err());
            assertTrue(fitted.lines().stream().skip(1).allMatch(line -> Table.width(line) <= 80),
                    command + ":\n" + fitted.out());
        }
        Run narrow = run("targets", "--province", "Long An", "--width", "60");
        // 60 less four gaps is 52; province (8) and period (9) are kept whole, and 35 left for three columns make
        // a cap of 11 and two columns over, for the first two: 12 + 8 + 12 + 11 + 9.
        assertEquals(List.of(
                "plan          province  indicator     target       period",
                "------------  --------  ------------  -----------  ---------",
                "long-an-mas…  Long An   grdp-growth   plain 9 %/…  2021-2030"), narrow.lines().subList(0, 3));
        Run wide = run("directives", "--wide");
        assertTrue(wide.lines().stream().anyMatch(line -> Table.width(line) > 300), wide.out());
        assertFalse(wide.out().contains("…"), wide.out());
        Run bad = run("targets", "--width", "5");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("Invalid value for option '--width': '5' is not a width: give a number of "
                + "columns from 20 to 10000"), bad.err());
    }

    @Test
    void jsonLinesFilesAreReadAsStreams(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        var lines = new StringBuilder();
        for (var plan : io.github.provplan.catalog.PlanCatalog.bundled().plans().province("Long An").list()) {
            lines.append(mapper.writeValueAsString(mapper.readTree(io.github.provplan.format.PlanWriter.create()
                    .write(plan)))).append('\n');
        }
        var file = dir.resolve("long-an.jsonl");
        java.nio.file.Files.writeString(file, lines);
        int plans = (int) lines.chars().filter(c -> c == '\n').count();
        Run valid = run("validate", file.toString());
        assertEquals(0, valid.exit(), valid.err());
        assertEquals("valid: " + plans + " plans\n", valid.out());
        Run targets = run("targets", "--data", file.toString(), "--indicator", "grdp-per-capita", "--year", "2030");
        assertEquals(0, targets.exit(), targets.err());
        assertTrue(targets.out().contains("above 180 triệu đồng"), targets.out());
        Run twice = run("validate", file.toString(), dir.resolve(".").resolve("long-an.jsonl").toString());
        assertEquals("valid: " + plans + " plans\n", twice.out(), "one file named twice is read once");
        // A plan of a JSON file and of a stream read together: one id twice across the inputs.
        var json = dir.resolve("json");
        java.nio.file.Files.createDirectories(json);
        java.nio.file.Files.writeString(json.resolve("p.json"), io.github.provplan.format.PlanWriter.create().write(
                io.github.provplan.catalog.PlanCatalog.bundled().plans().province("Long An").list().get(0)));
        Run both = run("targets", "--data", json.toString(), file.toString());
        assertEquals(1, both.exit());
        assertTrue(both.err().startsWith(file + ":1:1: /: plan id 'long-an-"), both.err());
        assertTrue(both.err().contains("is also the id of a plan of " + json + "; ids must be unique across the "
                + "inputs"), both.err());
        // validate says what the queries say: the same duplicate, not "valid".
        Run checked = run("validate", json.toString(), file.toString());
        assertEquals(1, checked.exit(), checked.out());
        assertTrue(checked.out().startsWith(file + ":1:1: /: plan id 'long-an-"), checked.out());
        assertTrue(checked.out().contains("ids must be unique across the inputs"), checked.out());
        // A broken second line is reported at its place in the stream.
        String broken = lines.toString().replaceFirst("(?s)(\n.*?)\"title\":\"", "$1\"title\":7,\"x\":\"");
        java.nio.file.Files.writeString(file, broken);
        Run bad = run("validate", file.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().startsWith(file + ":2:"), bad.out());
        assertTrue(bad.out().contains(": /1/title: expected text, found a number"), bad.out());
    }

    @Test
    void optionValuesThatContradictThemselvesAreUsageErrors() {
        Run twice = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5,2021=6");
        assertEquals(2, twice.exit());
        assertEquals("provplan: --rate gives 2021 twice; give each year once\n", twice.err());
        Run backwards = run("directives", "--from", "2024-01-01", "--to", "2020-01-01");
        assertEquals(2, backwards.exit());
        assertEquals("provplan: --to 2020-01-01 is before --from 2024-01-01; no plan is dated in between\n",
                backwards.err());
        Run yearZero = run("progress", "--in-force-on", "0000-01-01");
        assertEquals(2, yearZero.exit());
        assertTrue(yearZero.err().startsWith("Invalid value for option '--in-force-on': '0000-01-01' is outside the "
                + "years 1900-2200 that plans name"), yearZero.err());
    }

    @Test
    void csvHasMachineColumnsBesideTheProse() {
        Run run = run("progress", "-p", "Long An", "-i", "grdp-growth", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.lines();
        assertTrue(lines.get(0).endsWith(",target_relation,target_value,target_low,target_high,target_unit,"
                + "target_period_start,target_period_end,target_base_year,target_measure,reported_relation,"
                + "reported_value,reported_unit,reported_period_start,reported_period_end,reported_status,"
                + "reported_compared_with"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",plain,9,,,percent-per-year,2021,2030,,level,plain,3.43,percent,"
                + "2023-01-01,2023-06-30,estimated,"), lines.get(1));
    }

    @Test
    void anUnknownOutputFormatIsAUsageErrorInTheHelpsWords() {
        Run run = run("targets", "--format", "xml");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Invalid value for option '--format': 'xml' is not an output format: table, "
                + "json or csv\n"), run.err());
    }

    @Test
    void badDataIsReportedWithoutAStackTrace() {
        Run run = run("targets", "--data", CLI + "several-problems.json");
        assertEquals(1, run.exit());
        assertTrue(run.err().endsWith("provplan: the data has 4 problems\n"), run.err());
        Run missing = run("summary", "--data", CLI + "no-such-file.json");
        assertEquals(1, missing.exit());
        // The reason, without the file's name again: the problem names it already.
        assertEquals(CLI + "no-such-file.json:1:1: /: cannot read the file: no such file",
                missing.err().lines().findFirst().orElseThrow());
    }

    @Test
    void usageErrorsExitWith2() {
        Run province = run("targets", "--province", "Lang Sonn");
        assertEquals(2, province.exit());
        assertEquals("provplan: unknown province 'Lang Sonn'; did you mean 'Lạng Sơn'?\n", province.err());
        Run theme = run("directives", "--theme", "transprt");
        assertEquals(2, theme.exit());
        assertTrue(theme.err().startsWith("Invalid value for option '--theme' (THEME): unknown theme 'transprt'; did you "
                + "mean 'transport'?"), theme.err());
        Run date = run("directives", "--deadline-before", "15/01/2023");
        assertEquals(2, date.exit());
        assertTrue(date.err().contains("'15/01/2023' is not a date of the form yyyy-MM-dd"), date.err());
        assertEquals(2, run("targets", "--colour").exit());
        assertEquals(2, run().exit());
        assertEquals(2, run("validate").exit());
    }

    @Test
    void noMatchExitsWith1() {
        Run run = run("targets", "--year", "1999");
        assertEquals(1, run.exit());
        assertEquals("provplan: no targets match\n", run.err());
    }

    @Test
    void progressOverTheWholeCatalogJudgesNoTargetBeforeItIsDue() {
        Run run = run("progress", "--all", "--on", "2026-12-01", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode lines = JsonMapper.shared().readTree(run.out());
        assertTrue(lines.size() > 150, () -> "progress lists " + lines.size());
        // Targets whose year ended before 2026 have expired: left out unless asked for.
        for (JsonNode line : lines) {
            String period = line.get("target").get("period").asString();
            assertTrue(Integer.parseInt(period.substring(period.length() - 4)) >= 2026, line::toString);
        }
        JsonNode withExpired = JsonMapper.shared().readTree(run("progress", "--all", "--on", "2026-12-01",
                "--with-expired", "--format", "json").out());
        assertTrue(withExpired.size() > lines.size());
        int judged = 0;
        for (JsonNode line : lines) {
            String outcome = line.get("outcome").asString();
            if (outcome.equals("met") || outcome.equals("not-met")) {
                judged++;
                String period = line.get("observation").get("period").asString();
                int figureYear = Integer.parseInt(period.substring(period.length() - 4));
                String targetPeriod = line.get("target").get("period").asString();
                int targetYear = Integer.parseInt(targetPeriod.substring(targetPeriod.length() - 4));
                assertTrue(figureYear >= targetYear, line::toString);
            }
        }
        // The first-half 2023 figures of Long An come before the master plan's 2030 targets: not due, four of them.
        assertEquals(4, run.out().split("\"not-due\"", -1).length - 1, run.out());
        assertEquals(0, judged, "no figure of the catalog is for its target's own year");
    }

    @Test
    void aFigureForTheTargetsWholePeriodIsPreferredToAnEarlierYearsAndBadRatesAreUsageErrors() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("progress", ".json");
        java.nio.file.Files.writeString(file, """
                {"formatVersion": 2, "id": "p", "kind": "results-report", "status": "adopted",
                 "scope": {"level": "provinces", "provinces": ["Tây Ninh"], "era": "from-july-2025"}, "title": "T",
                 "issuer": {"body": "B"}, "period": "2021-2025", "sources": [{"ref": "s"}],
                 "targets": [{"indicator": "grdp-growth", "relation": "range", "low": 7, "high": 8,
                              "unit": "percent-per-year", "period": "2021-2025", "quote": {"text": "t", "source": "s"}}],
                 "observations": [
                   {"indicator": "grdp-growth", "value": 7.2, "unit": "percent-per-year", "period": "2021-2025",
                    "quote": {"text": "t", "source": "s"}},
                   {"indicator": "grdp-growth", "value": 6, "unit": "percent", "period": "2022",
                    "quote": {"text": "t", "source": "s"}}]}
                """);
        try {
            Run run = run("progress", "--data", file.toString(), "--on", "2025-12-31", "--format", "json");
            assertEquals(0, run.exit(), run.err());
            JsonNode line = JsonMapper.shared().readTree(run.out()).get(0);
            assertEquals("met", line.get("outcome").asString(), run.out());
            assertEquals("2021-2025", line.get("observation").get("period").asString());
        } finally {
            java.nio.file.Files.delete(file);
        }
        for (String rate : List.of("2021=1e400", "2021=abc", "2021=5%", "2021=")) {
            Run bad = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", rate);
            assertEquals(2, bad.exit(), rate);
            assertFalse(bad.err().contains("Exception"), bad.err());
        }
        Run wrongStart = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2022=5");
        assertEquals(2, wrongStart.exit());
        assertTrue(wrongStart.err().contains("--rate starts in 2022, but no average annual rate target"),
                wrongStart.err());
    }

    @Test
    void aMalformedRateOrYearIsAUsageErrorInTheCommandLinesOwnWords() {
        Run word = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=five");
        assertEquals(2, word.exit(), word.err());
        assertTrue(word.err().startsWith("Invalid value for option '--rate' (YEAR=PERCENT): 'five' is not a figure "
                + "such as 5 or 7.25"), word.err());
        Run year = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "twenty=5");
        assertEquals(2, year.exit(), year.err());
        assertTrue(year.err().startsWith("Invalid value for option '--rate' (YEAR=PERCENT): 'twenty' is not a year "
                + "such as 2021"), year.err());
        Run huge = run("targets", "--year", "99999999999");
        assertEquals(2, huge.exit(), huge.err());
        assertTrue(huge.err().contains("'99999999999' is not a year such as 2021"), huge.err());
        // The bounds of a figure in a file, exactly: 10^18 is a figure, one more is not, nor are 13 decimal places.
        Run largest = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=1000000000000000000");
        assertEquals(0, largest.exit(), largest.err());
        Run larger = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=1000000000000000001");
        assertEquals(2, larger.exit());
        assertTrue(larger.err().startsWith("Invalid value for option '--rate' (YEAR=PERCENT): '1000000000000000001' "
                + "is too large (at most 10^18)"), larger.err());
        Run fine = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=0.1234567890120");
        assertEquals(0, fine.exit(), fine.err());
        Run finer = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=0.1234567890123");
        assertTrue(finer.err().startsWith("Invalid value for option '--rate' (YEAR=PERCENT): '0.1234567890123' has "
                + "more than 12 decimal places"), finer.err());
        // However many digits are written: the zeros that say nothing are left out before the bounds are asked.
        Run nines = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=" + "9".repeat(70));
        assertTrue(nines.err().contains("'" + "9".repeat(70) + "' is too large (at most 10^18)"), nines.err());
        Run padded = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate",
                "2021=000" + "1" + "0".repeat(18) + "." + "0".repeat(60));
        assertEquals(0, padded.exit(), padded.err());
        Run longest = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate",
                "2021=" + "0".repeat(100_001) + "5");
        assertEquals(0, longest.exit(), longest.err());
        Run manyPlaces = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate",
                "2021=0." + "0".repeat(200_000) + "1");
        assertTrue(manyPlaces.err().contains("has more than 12 decimal places"), manyPlaces.err());
        Run tiny = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=0." + "0".repeat(60) + "5");
        assertTrue(tiny.err().contains("has more than 12 decimal places"), tiny.err());
        Run empty = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5,,2022=6");
        assertTrue(empty.err().contains("no rate given (an empty value, or an extra comma in a list)"), empty.err());
        Run gone = run("progress", "-p", "Long An", "-i", "grdp-growth", "--rate", "2021=5,2022=-100");
        assertEquals(2, gone.exit(), gone.err());
        assertEquals("provplan: --rate 2022=-100: a rate of -100% or lower leaves nothing to grow",
                gone.err().strip());
        for (Run bad : List.of(word, year, huge, gone)) {
            assertFalse(bad.err().contains("Exception"), bad.err());
        }
    }

    @Test
    void anEarlierUnitByItsEraOnTheCommandLine() {
        Run before = run("plans", "-p", "Tuyên Quang", "--era", "before-july-2025", "--format", "json");
        assertEquals(0, before.exit(), before.err());
        JsonNode json = JsonMapper.shared().readTree(before.out());
        assertEquals(1, json.size());
        assertEquals("tuyen-quang-master-plan-2021-2030", json.get(0).get("id").asString());
        assertEquals(2, run("plans", "--era", "before-july-2025").exit());
        assertEquals(2, run("plans", "-p", "Long An", "--era", "from-july-2025").exit());
        Run progress = run("progress", "--in-force-on", "2026-01-01", "--all", "--format", "json");
        assertEquals(0, progress.exit(), progress.err());
        for (JsonNode line : JsonMapper.shared().readTree(progress.out())) {
            String period = line.get("target").get("period").asString();
            assertTrue(Integer.parseInt(period.substring(period.length() - 4)) >= 2026, line::toString);
        }
    }

    @Test
    void targetsInForceOnADay() {
        Run run = run("targets", "-p", "Việt Nam", "--in-force-on", "2026-01-01", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = JsonMapper.shared().readTree(run.out());
        for (JsonNode hit : json) {
            assertTrue(!hit.get("plan").asString().equals("nq25-2025-growth-targets"), hit::toString);
        }
        assertEquals(2, run("targets", "-p", "Việt Nam", "--in-force-on", "2026-13-01").exit());
        assertEquals(2, run("targets", "--in-force-on", "+999999999-12-31").exit());
        // The merged units' congress documents are not in force before the merger, nor a conference before it met.
        JsonNode before = JsonMapper.shared().readTree(run("targets", "--in-force-on", "2020-01-01", "--format",
                "json").out());
        for (JsonNode hit : before) {
            assertTrue(!hit.get("plan").asString().startsWith("tay-ninh-congress")
                    && !hit.get("plan").asString().equals("long-an-socio-economic-conference-2023"), hit::toString);
        }
    }

    @Test
    void provincesOnADayAndTheSuccessorsOfAName() {
        Run before = run("provinces", "--at", "2025-06-30", "--format", "json");
        assertEquals(63, JsonMapper.shared().readTree(before.out()).size());
        Run from = run("provinces", "--at", "2025-07-01", "--format", "json");
        assertEquals(34, JsonMapper.shared().readTree(from.out()).size());
        JsonNode tayNinh = JsonMapper.shared().readTree(run("provinces", "--successors", "Tay Ninh", "--format", "json")
                .out());
        assertEquals(List.of("72 Tây Ninh before-2025-07-01", "80 Tây Ninh from-2025-07-01"),
                List.of(tayNinh.get(0), tayNinh.get(1)).stream().map(unit -> unit.get("code").asString() + " "
                        + unit.get("name").asString() + " " + unit.get("era").asString()).toList());
        JsonNode hue = JsonMapper.shared().readTree(run("provinces", "--successors", "Huế", "--format", "json").out());
        assertEquals("Huế", hue.get(hue.size() - 1).get("name").asString());
        assertEquals(2, run("provinces", "--successors", "Long Ann").exit());
    }

    @Test
    void helpListsEveryCommandAndAMisspeltOneIsAUsageError() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        List<String> commands = help.lines().stream().dropWhile(line -> !line.equals("Commands:")).skip(1)
                .takeWhile(line -> !line.isEmpty()).filter(line -> line.matches("  \\S.*"))
                .map(line -> line.strip().split(" ")[0]).toList();
        assertEquals(List.of("summary", "plans", "targets", "directives", "observations", "proposals", "progress",
                "provinces", "validate", "migrate"), commands);
        Run misspelt = run("sumary");
        assertEquals(2, misspelt.exit());
        assertTrue(misspelt.err().contains("Did you mean: provplan summary"), misspelt.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "plans", "targets", "directives", "observations", "proposals", "progress",
        "provinces", "validate"})
    void everyCommandHasHelp(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Usage: provplan " + command), run.out());
    }
}
