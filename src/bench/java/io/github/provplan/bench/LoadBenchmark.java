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
import tools.jackson.databind.JsonNode;

/** Loading the same bytes three ways: provplan (read, validate, index), bare Jackson records, a Jackson tree. */
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
}
