package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real texts beyond the seeds: each saved passage (src/test/resources/sources: URL, publisher and date in its
 * header) is encoded in format 2 in the bundled catalog, every quote stands verbatim in its passage, each plan names
 * its source as the header does, and the fact ledger (src/test/resources/real) accounts for every fact the passage
 * states.
 */
class RealTextsTest {
    static final Path SOURCES = Path.of("src/test/resources/sources");
    /** Where the fact ledgers are. */
    static final Path REAL = Path.of("src/test/resources/real");
    /** Where the encoded texts are: in the bundled catalog. */
    static final Path CATALOG = Path.of("src/main/resources/io/github/provplan/catalog");
    private static final Set<String> VERDICTS = Set.of("faithful", "bent", "not-expressible");
    private static final Pattern BULLET = Pattern.compile("^- \\[[a-z]+\\] quote: «(.+?)»", Pattern.MULTILINE);

    /** A saved text: its header and its passage. */
    record Text(String name, Map<String, String> header, String passage) {
        static Text read(String name) {
            String all = readString(SOURCES.resolve(name + ".txt"));
            int rule = all.indexOf("\n---\n");
            assertTrue(rule > 0, name + " has no --- line");
            var header = new LinkedHashMap<String, String>();
            for (String line : all.substring(0, rule).split("\n")) {
                int colon = line.indexOf(": ");
                header.put(line.substring(0, colon), line.substring(colon + 2));
            }
            return new Text(name, header, all.substring(rule + 5));
        }

        Optional<String> known(String key) {
            String value = header.get(key);
            return value == null || value.startsWith("unknown") ? Optional.empty() : Optional.of(value);
        }
    }

    /** One ledger row: a fact of the passage, and how the format holds it. */
    record Entry(String quote, String verdict, String record, String note) {
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> ledger(String name) {
        List<String> lines = readString(REAL.resolve(name + ".ledger.tsv")).lines().toList();
        assertEquals("quote\tverdict\trecord\tnote", lines.get(0), name);
        var entries = new ArrayList<Entry>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(4, cells.length, name + ": " + line);
            entries.add(new Entry(cells[0], cells[1], cells[2], cells[3]));
        }
        return entries;
    }

    /** The file of the bundled catalog that holds a text's records: its own, or the one whose plan it adds to. */
    static Path file(String name) {
        Path own = CATALOG.resolve(name + ".json");
        if (Files.exists(own)) {
            return own;
        }
        try (Stream<Path> files = Files.list(CATALOG)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> readString(f).contains("\"ref\": \"" + name + ".txt\"")).findFirst()
                    .orElseThrow(() -> new AssertionError("no bundled file cites " + name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plans of a text's file. */
    static PlanSet plans(String name) {
        return PlanReader.create().read(file(name));
    }

    /** The plans that cite a text, with its quotes. */
    static List<Plan> citing(String name) {
        return PlanCatalog.bundled().plans().stream()
                .filter(p -> p.sources().stream().anyMatch(s -> s.ref().equals(name + ".txt"))).toList();
    }

    @Test
    void atLeastFifteenRealTextsBeyondTheSeedsAreSavedAndEncoded() {
        assertTrue(names().size() >= 15, names()::toString);
        for (String name : names()) {
            assertTrue(!citing(name).isEmpty(), name);
            assertTrue(PlanCatalog.bundled().plans().list().containsAll(plans(name).plans()), name);
            assertTrue(Files.exists(REAL.resolve(name + ".ledger.tsv")), name);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyQuoteStandsVerbatimInItsSavedPassage(String name) {
        Text text = Text.read(name);
        int quotes = 0;
        for (Plan plan : citing(name)) {
            for (Quote quote : Seeds.quotes(plan)) {
                if (!quote.source().equals(name + ".txt")) {
                    continue; // a quote of the plan's other source, checked with that text
                }
                assertTrue(text.passage().contains(quote.text()), () -> plan.id() + ": not in " + name + ": "
                        + quote.text());
                quotes++;
            }
        }
        assertTrue(quotes > 0, name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyPlanNamesItsSourceAsTheSavedHeaderDoes(String name) {
        Text text = Text.read(name);
        assertTrue(text.header().get("url").matches("https?://.+"), name);
        assertTrue(text.header().get("licence").startsWith("third-party text"), name);
        for (Plan plan : citing(name)) {
            Source source = plan.sources().stream().filter(s -> s.ref().equals(name + ".txt")).findFirst()
                    .orElseThrow();
            assertEquals(Optional.of(text.header().get("url")), source.url(), plan.id());
            assertEquals(text.known("publisher"), source.publisher(), plan.id());
            assertEquals(text.known("date").map(PartialDate::parse), source.date(), plan.id());
            assertEquals(text.known("title"), source.title(), plan.id());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void theLedgerAccountsForEveryFactOfThePassage(String name) {
        Text text = Text.read(name);
        var facts = new ArrayList<String>();
        Matcher bullet = BULLET.matcher(readString(SOURCES.resolve(name + ".facts.md")));
        while (bullet.find()) {
            facts.add(bullet.group(1));
        }
        List<Entry> entries = ledger(name);
        assertEquals(facts, entries.stream().map(Entry::quote).toList(), name);
        JsonNode json = JsonMapper.shared().readTree(file(name).toFile());
        for (Entry entry : entries) {
            assertTrue(text.passage().contains(entry.quote()), () -> name + ": fact not in passage: " + entry.quote());
            assertTrue(VERDICTS.contains(entry.verdict()), () -> name + ": " + entry.verdict());
            if (entry.verdict().equals("not-expressible")) {
                assertTrue(entry.record().isEmpty(), () -> name + ": " + entry);
                assertFalse(entry.note().isBlank(), () -> name + ": a fact that is not expressible says why: " + entry);
            } else {
                assertFalse(json.at(entry.record()).isMissingNode(), () -> name + ": no record at " + entry.record());
                assertEquals(entry.verdict().equals("bent"), !entry.note().isBlank(),
                        () -> name + ": a bent fact says how, a faithful one has no note: " + entry);
            }
        }
    }

    /** The ledger's counts, as docs/data.md gives them: text, facts, faithful, bent, not expressible. */
    static Map<String, int[]> counts() {
        var counts = new LinkedHashMap<String, int[]>();
        for (String name : names()) {
            int[] row = new int[4];
            for (Entry entry : ledger(name)) {
                row[0]++;
                row[entry.verdict().equals("faithful") ? 1 : entry.verdict().equals("bent") ? 2 : 3]++;
            }
            counts.put(name, row);
        }
        return counts;
    }

    @Test
    void theDataGuideGivesTheLedgersCounts() {
        String guide = readString(Path.of("docs/data.md"));
        int[] total = new int[4];
        for (var row : counts().entrySet()) {
            int[] c = row.getValue();
            String line = "| `" + row.getKey() + "` | " + c[0] + " | " + c[1] + " | " + c[2] + " | " + c[3] + " |";
            assertTrue(guide.contains(line), "docs/data.md lacks " + line);
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        }
        String all = "| all " + counts().size() + " texts | " + total[0] + " | " + total[1] + " | " + total[2] + " | "
                + total[3] + " |";
        assertTrue(guide.contains(all), "docs/data.md lacks " + all);
    }
}
