package io.github.provplan.bench;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Four questions asked three ways: through provplan's indexes, by the best plain Java a caller with the records would
 * write (loops over the plans' records, the searchable text folded once, in advance), and with Jayway JsonPath over
 * the raw document. Every answer is consumed whole: each record found is read (a field summed), as a caller would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {
    static final String PROVINCE = "Long An";
    static final String INDICATOR = "grdp-growth";
    static final int YEAR = 2025;
    static final String ISSUER = "Phạm Minh Chính";
    static final String TEXT = "giao thong";
    static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    static final LocalDate TO = LocalDate.of(2024, 3, 31);

    @Param({"1"})
    public double scale;

    private PlanCatalog catalog;
    private List<Plan> plans;
    private Directive[] directives;
    /** Each directive's action and quote, folded once, as a caller who searches text would keep them. */
    private String[] foldedText;
    private DocumentContext document;

    @Setup
    public void setUp() {
        Corpus corpus = Corpus.of(scale);
        catalog = corpus.catalog;
        plans = catalog.plans().list();
        directives = plans.stream().flatMap(p -> p.directives().stream()).toArray(Directive[]::new);
        foldedText = new String[directives.length];
        for (int i = 0; i < directives.length; i++) {
            foldedText[i] = " " + Text.words(directives[i].action() + "\n" + directives[i].quote().text()) + " ";
        }
        catalog.directives().text(TEXT).first(); // the text index, built on the first search, is built before timing
        if (scale == 1) {
            document = JsonPath.using(Configuration.defaultConfiguration()).parse(NationalCorpus.document(scale));
        }
    }

    /** Reads every target of an answer, as a caller does. */
    private static long targets(List<Hit<Target>> answer) {
        long sum = 0;
        for (Hit<Target> hit : answer) {
            sum += hit.item().year();
        }
        return sum;
    }

    private static long directives(List<Hit<Directive>> answer) {
        long sum = 0;
        for (Hit<Directive> hit : answer) {
            sum += hit.item().action().length();
        }
        return sum;
    }

    /** Reads every match JsonPath found. */
    private static long matches(List<?> answer) {
        long sum = 0;
        for (Object match : answer) {
            sum += ((Map<?, ?>) match).size();
        }
        return sum;
    }

    @Benchmark
    public long provinceIndicatorYearIndexed() {
        return targets(catalog.targets().province(PROVINCE).indicator(INDICATOR).year(YEAR).list());
    }

    /**
     * The first answer only: the four questions' whole answers grow with the corpus (a province has sixteen times the
     * documents at 16×), so these show what an index costs apart from the size of what it finds.
     */
    @Benchmark
    public Optional<Hit<Target>> provinceIndicatorYearFirst() {
        return catalog.targets().province(PROVINCE).indicator(INDICATOR).year(YEAR).first();
    }

    @Benchmark
    public Optional<Hit<Directive>> themeAndIssuerFirst() {
        return catalog.directives().theme(Theme.TRANSPORT).issuer(ISSUER).first();
    }

    @Benchmark
    public Optional<Hit<Directive>> textFirst() {
        return catalog.directives().text(TEXT).first();
    }

    @Benchmark
    public Optional<Hit<Directive>> deadlineRangeFirst() {
        return catalog.directives().deadlineBetween(FROM, TO).first();
    }

    /** How many answers each question has in a catalog, for the growth table. */
    static Map<String, Integer> answers(PlanCatalog catalog) {
        return Map.of(
                "provinceIndicatorYear", catalog.targets().province(PROVINCE).indicator(INDICATOR).year(YEAR).count(),
                "themeAndIssuer", catalog.directives().theme(Theme.TRANSPORT).issuer(ISSUER).count(),
                "text", catalog.directives().text(TEXT).count(),
                "deadlineRange", catalog.directives().deadlineBetween(FROM, TO).count());
    }

    /** The plans of the province, then their targets: the province first, as anyone would. */
    @Benchmark
    public long provinceIndicatorYearScan() {
        long sum = 0;
        for (Plan plan : plans) {
            if (plan.province().equals(PROVINCE)) {
                for (Target target : plan.targets()) {
                    if (target.indicator().equals(INDICATOR) && target.year() == YEAR) {
                        sum += target.year();
                    }
                }
            }
        }
        return sum;
    }

    @Benchmark
    public long provinceIndicatorYearJsonPath() {
        return matches(document.read("$[?(@.scope.provinces contains 'Long An')].targets[?(@.indicator == "
                + "'grdp-growth' && (@.period == '2025' || @.period =~ /.*-2025/))]"));
    }

    @Benchmark
    public long themeAndIssuerIndexed() {
        return directives(catalog.directives().theme(Theme.TRANSPORT).issuer(ISSUER).list());
    }

    @Benchmark
    public long themeAndIssuerScan() {
        long sum = 0;
        for (Directive directive : directives) {
            if (ISSUER.equals(directive.by().person().orElse(null)) && directive.isAbout(Theme.TRANSPORT)) {
                sum += directive.action().length();
            }
        }
        return sum;
    }

    @Benchmark
    public long themeAndIssuerJsonPath() {
        return matches(document.read("$[*].directives[?('transport' in @.themes && @.by.person == 'Phạm Minh Chính')]"));
    }

    @Benchmark
    public long textIndexed() {
        return directives(catalog.directives().text(TEXT).list());
    }

    /** Over text folded in advance, with spaces at both ends so that a word is found whole. */
    @Benchmark
    public long textScan() {
        String searched = " " + Text.words(TEXT) + " ";
        long sum = 0;
        for (int i = 0; i < foldedText.length; i++) {
            if (foldedText[i].contains(searched)) {
                sum += directives[i].action().length();
            }
        }
        return sum;
    }

    @Benchmark
    public long textJsonPath() {
        return matches(document.read("$[*].directives[?(@.action =~ /.*giao thông.*/i || @.quote.text =~ "
                + "/.*giao thông.*/i)]"));
    }

    @Benchmark
    public long deadlineRangeIndexed() {
        return directives(catalog.directives().deadlineBetween(FROM, TO).list());
    }

    @Benchmark
    public long deadlineRangeScan() {
        long sum = 0;
        for (Directive directive : directives) {
            if (directive.deadline().isPresent() && !directive.deadline().get().firstDay().isBefore(FROM)
                    && !directive.deadline().get().lastDay().isAfter(TO)) {
                sum += directive.action().length();
            }
        }
        return sum;
    }

    @Benchmark
    public long deadlineRangeJsonPath() {
        return matches(document.read("$[*].directives[?(@.deadline >= '2024-03-01' && @.deadline <= '2024-03-31')]"));
    }
}
