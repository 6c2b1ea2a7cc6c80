package io.github.provplan.bench;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.internal.Text;
import io.github.provplan.plan.Directive;
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
 * Four questions asked three ways: through provplan's indexes, by a stream filter over every record (what a caller
 * with a plain list would write), and with Jayway JsonPath over the raw document.
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
    private List<Hit<Target>> targets;
    private List<Hit<Directive>> directives;
    private DocumentContext document;

    @Setup
    public void setUp() {
        Corpus corpus = Corpus.of(scale);
        catalog = corpus.catalog;
        targets = corpus.allTargets;
        directives = corpus.allDirectives;
        if (scale == 1) {
            document = JsonPath.using(Configuration.defaultConfiguration()).parse(NationalCorpus.document(scale));
        }
    }

    @Benchmark
    public List<Hit<Target>> provinceIndicatorYearIndexed() {
        return catalog.targets().province(PROVINCE).indicator(INDICATOR).year(YEAR).list();
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

    @Benchmark
    public List<Hit<Target>> provinceIndicatorYearScan() {
        return targets.stream().filter(h -> h.province().equals(PROVINCE) && h.item().indicator().equals(INDICATOR)
                && h.item().year() == YEAR).toList();
    }

    @Benchmark
    public Object provinceIndicatorYearJsonPath() {
        return document.read("$[?(@.scope.provinces contains 'Long An')].targets[?(@.indicator == 'grdp-growth' && "
                + "(@.period == '2025' || @.period =~ /.*-2025/))]");
    }

    @Benchmark
    public List<Hit<Directive>> themeAndIssuerIndexed() {
        return catalog.directives().theme(Theme.TRANSPORT).issuer(ISSUER).list();
    }

    @Benchmark
    public List<Hit<Directive>> themeAndIssuerScan() {
        return directives.stream().filter(h -> h.item().isAbout(Theme.TRANSPORT)
                && ISSUER.equals(h.item().by().person().orElse(null))).toList();
    }

    @Benchmark
    public Object themeAndIssuerJsonPath() {
        return document.read("$[*].directives[?('transport' in @.themes && @.by.person == 'Phạm Minh Chính')]");
    }

    @Benchmark
    public List<Hit<Directive>> textIndexed() {
        return catalog.directives().text(TEXT).list();
    }

    @Benchmark
    public List<Hit<Directive>> textScan() {
        String folded = Text.fold(TEXT);
        return directives.stream().filter(h -> Text.fold(h.item().action() + " " + h.item().quote().text())
                .contains(folded)).toList();
    }

    @Benchmark
    public Object textJsonPath() {
        return document.read("$[*].directives[?(@.action =~ /.*giao thông.*/i || @.quote.text =~ /.*giao thông.*/i)]");
    }

    @Benchmark
    public List<Hit<Directive>> deadlineRangeIndexed() {
        return catalog.directives().deadlineBetween(FROM, TO).list();
    }

    @Benchmark
    public List<Hit<Directive>> deadlineRangeScan() {
        return directives.stream().filter(h -> h.item().deadline().filter(d -> !d.firstDay().isBefore(FROM)
                && !d.lastDay().isAfter(TO)).isPresent()).toList();
    }

    @Benchmark
    public Object deadlineRangeJsonPath() {
        return document.read("$[*].directives[?(@.deadline >= '2024-03-01' && @.deadline <= '2024-03-31')]");
    }
}
