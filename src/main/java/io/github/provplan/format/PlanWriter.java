package io.github.provplan.format;

import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes plans as canonical JSON (format v2): {@code formatVersion} first, then properties in the order of the record
 * components, empty lists, absent values and defaults (a plain relation, a reported status) left out, figures in plain notation ({@code 100}, never {@code 1E+2}), two-space indentation and
 * {@code \n} line ends on every platform, and a final line end. Reading what it writes gives back equal records,
 * and writing those again gives the same bytes.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PlanWriter {
    private static final PlanWriter INSTANCE = new PlanWriter();

    private final JsonMapper mapper;

    private PlanWriter() {
        var indenter = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPrettyPrinter(printer)
                .build();
    }

    public static PlanWriter create() {
        return INSTANCE;
    }

    /** The format this writer writes. */
    public static final int FORMAT_VERSION = 2;

    /**
     * One plan as a format 2 JSON object, {@code {"formatVersion": 2, "id": …}}.
     *
     * @param plan the plan
     * @return the JSON text, ending with a line end
     */
    public String write(Plan plan) {
        return mapper.writeValueAsString(Objects.requireNonNull(plan, "plan")) + "\n";
    }

    /**
     * Plans as a JSON list of format 2 plan objects, each with its {@code formatVersion}.
     *
     * @param plans the plans
     * @return the JSON text, ending with a line end
     */
    public String write(List<Plan> plans) {
        return mapper.writeValueAsString(io.github.provplan.internal.Checks.list(plans, "plans")) + "\n";
    }

    /**
     * A plan set as a format 2 catalog object: {@code {"formatVersion": 2, "units": [...], "indicators": [...],
     * "plans": [...]}}.
     *
     * @param set the plans, and the units and indicators they declare
     * @return the JSON text, ending with a line end
     */
    public String write(PlanSet set) {
        Objects.requireNonNull(set, "set");
        var catalog = new LinkedHashMap<String, Object>();
        catalog.put("formatVersion", FORMAT_VERSION);
        if (!set.units().isEmpty()) {
            catalog.put("units", set.units().stream().map(PlanWriter::declaration).toList());
        }
        if (!set.indicators().isEmpty()) {
            catalog.put("indicators", set.indicators());
        }
        catalog.put("plans", set.plans());
        return mapper.writeValueAsString(catalog) + "\n";
    }

    /** A unit as a catalog declares it; elsewhere a unit is written as its code. */
    private static Map<String, Object> declaration(Unit unit) {
        var declared = new LinkedHashMap<String, Object>();
        declared.put("code", unit.code());
        declared.put("quantity", unit.quantity().code());
        unit.of().ifPresent(of -> declared.put("of", of));
        declared.put("scale", unit.scale());
        declared.put("symbol", unit.symbol());
        return declared;
    }

    /**
     * Any value built of model records, lists and maps, in the same canonical style: for tools that wrap records
     * in their own JSON, such as the command line's {@code {"plan": …, "target": {…}}}.
     */
    public String writeValue(Object value) {
        return mapper.writeValueAsString(Objects.requireNonNull(value, "value")) + "\n";
    }

    /** Writes a plan set as a catalog object in UTF-8. */
    public void write(PlanSet set, OutputStream out) throws IOException {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(out, "out");
        out.write(write(set).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a plan set as a catalog object to a UTF-8 file, replacing it. */
    public void write(PlanSet set, Path file) throws IOException {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(file, "file");
        Files.writeString(file, write(set), StandardCharsets.UTF_8);
    }
}
