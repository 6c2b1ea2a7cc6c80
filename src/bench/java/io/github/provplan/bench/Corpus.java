package io.github.provplan.bench;

import io.github.provplan.catalog.Hit;
import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanReader;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The corpus of one scale, made once per JVM and shared by the benchmarks that use it. */
final class Corpus {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Map<Double, Corpus> BY_SCALE = new ConcurrentHashMap<>();

    final Map<String, byte[]> files;
    final PlanCatalog catalog;
    final List<Hit<Target>> allTargets;
    final List<Hit<Directive>> allDirectives;

    private Corpus(double scale) {
        files = NationalCorpus.files(scale);
        catalog = PlanCatalog.of(PlanReader.create().readAll(files));
        allTargets = catalog.targets().list();
        allDirectives = catalog.directives().list();
    }

    static Corpus of(double scale) {
        return BY_SCALE.computeIfAbsent(scale, Corpus::new);
    }
}
