package io.github.provplan.bench;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.format.PlanReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Loading the same bytes several ways: provplan (read, validate, index), provplan ready to answer every query (its
 * lazy indexes built too), bare Jackson databind into plain records, a Jackson tree, and the floor: Jackson's token
 * loop with every value decoded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param({"1"})
    public double scale;

    private Map<String, byte[]> files;

    @Setup
    public void setUp() {
        files = NationalCorpus.files(scale);
    }

    @Benchmark
    public PlanCatalog provplan() {
        return PlanCatalog.of(PlanReader.create().readAll(files));
    }

    /**
     * Read, validated and every index built, the ones made on first use included: the text index (on the first
     * text search) and who links to each plan (on the first question about targets in force).
     */
    @Benchmark
    public PlanCatalog provplanReady(Blackhole answers) {
        PlanCatalog catalog = PlanCatalog.of(PlanReader.create().readAll(files));
        answers.consume(catalog.directives().text(QueryBenchmark.TEXT).first());
        answers.consume(catalog.targets().notReplaced().first());
        return catalog;
    }

    @Benchmark
    public List<BareRecords.Plan> jacksonRecords() {
        return BareRecords.readAll(files);
    }

    @Benchmark
    public List<JsonNode> jacksonTree() {
        var trees = new ArrayList<JsonNode>(files.size());
        for (byte[] bytes : files.values()) {
            trees.add(Corpus.MAPPER.readTree(bytes));
        }
        return trees;
    }

    /**
     * The floor of any reader built on Jackson: every token of every file, each name and text made a string and
     * each number a decimal, nothing kept.
     */
    @Benchmark
    public void tokenLoop(Blackhole values) {
        for (byte[] bytes : files.values()) {
            try (JsonParser parser = Corpus.MAPPER.createParser(bytes)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    switch (token) {
                        case PROPERTY_NAME -> values.consume(parser.currentName());
                        case VALUE_STRING -> values.consume(parser.getString());
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> values.consume(parser.getDecimalValue());
                        default -> values.consume(token);
                    }
                }
            }
        }
    }
}
