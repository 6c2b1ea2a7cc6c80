package io.github.provplan.format;

import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
                .addMixIn(Unit.class, UnitAsCode.class)
                .build();
    }

    /**
     * Format 2 names a unit by its code, bundled or declared, and declares the others in the catalog's
     * {@code units}: an application's mapper writes a declared unit whole instead ({@link Unit}'s JSON value).
     */
    private abstract static class UnitAsCode {
        @com.fasterxml.jackson.annotation.JsonValue
        abstract String code();

        @com.fasterxml.jackson.annotation.JsonValue(false)
        abstract Object json();
    }

    /**
     * The writer; one instance, shared.
     *
     * @return the writer
     */
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
        return mapper.writeValueAsString(catalog(Objects.requireNonNull(set, "set"))) + "\n";
    }

    /** The catalog object of a plan set, as a map in the order it is written. */
    private static Map<String, Object> catalog(PlanSet set) {
        var catalog = new LinkedHashMap<String, Object>();
        catalog.put("formatVersion", FORMAT_VERSION);
        if (!set.units().isEmpty()) {
            catalog.put("units", set.units().stream().map(PlanWriter::declaration).toList());
        }
        if (!set.indicators().isEmpty()) {
            catalog.put("indicators", set.indicators());
        }
        catalog.put("plans", set.plans());
        return catalog;
    }

    /** A unit as a catalog declares it: the object an application's mapper writes for it; elsewhere its code. */
    private static Object declaration(Unit unit) {
        return JsonMapper.shared().convertValue(unit, Object.class);
    }

    /**
     * Any value built of records (the model's, an evaluation's, a tool's own), the model's other values, lists and
     * maps of them, text, numbers and booleans, in the same canonical style: for tools that wrap records in their own
     * JSON, such as the command line's {@code {"plan": …, "target": {…}}}.
     *
     * @param value the value
     * @return the JSON text, ending with a line end
     * @throws IllegalArgumentException when the value holds anything else (a catalog, a hit, an {@code Optional}, a
     *                                  map with keys that are not text), a number JSON cannot write (NaN, a decimal
     *                                  of more digits than Jackson writes out), or a list or map that holds itself
     */
    public String writeValue(Object value) {
        checkWritable(Objects.requireNonNull(value, "value"), 0);
        try {
            return mapper.writeValueAsString(value) + "\n";
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("cannot write the value: " + e.getOriginalMessage(), e);
        }
    }

    /** The model's packages, whose classes that are not records (a plan, a date, a period) are written too. */
    private static final java.util.Set<String> MODEL = java.util.Set.of("io.github.provplan.plan",
            "io.github.provplan.indicator", "io.github.provplan.province");
    /** Deeper than any answer of the command line: a list that holds itself ends here, not in a stack overflow. */
    private static final int MAX_DEPTH = 64;
    /** The scale Jackson writes a decimal in plain digits to, either way (its own bound). */
    private static final int MAX_PLAIN_SCALE = 9999;

    /**
     * Checks that a value is what {@link #writeValue(Object)} promises to write: records (the model's, an
     * evaluation's, a tool's own) and the model's other values, lists and maps of them, text, numbers and booleans.
     * Any other object Jackson writes as it likes (a thread with its stack, a catalog as {@code {}}), which is no
     * JSON a reader can take back.
     */
    private static void checkWritable(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the value is nested deeper than " + MAX_DEPTH + " levels (does a list "
                    + "or map hold itself?)");
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Enum<?>
                || value.getClass().isRecord() || MODEL.contains(value.getClass().getPackageName())) {
            return;
        }
        if (value instanceof BigDecimal number && Math.abs((long) number.scale()) > MAX_PLAIN_SCALE) {
            // Decimals are written in plain digits (1E+3 as 1000), and Jackson writes no more than this many.
            throw new IllegalArgumentException("the number " + number + " has more digits than are written out in "
                    + "plain decimal (at most " + MAX_PLAIN_SCALE + " places either side of the point)");
        }
        if (value instanceof Number number) {
            if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
                throw new IllegalArgumentException(number + " is no JSON number");
            }
            return;
        }
        if (value instanceof java.util.Collection<?> items) {
            for (Object item : items) {
                checkWritable(item, depth + 1);
            }
            return;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new IllegalArgumentException("a map's keys are written as property names and must be text, "
                            + "not " + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
                }
                checkWritable(entry.getValue(), depth + 1);
            }
            return;
        }
        throw new IllegalArgumentException("writeValue writes records, the model's values, lists and maps of them, "
                + "text, numbers and booleans, not " + value.getClass().getName());
    }

    /**
     * Writes any value built of model records, lists and maps, as {@link #writeValue(Object)} gives it, straight to
     * {@code out}, with a final line end: the command line's JSON output, in the memory of a buffer. The writer is
     * flushed, not closed.
     *
     * @param value the value
     * @param out   where the text goes
     * @throws IOException              when {@code out} cannot be written
     * @throws IllegalArgumentException when the value is not what {@link #writeValue(Object)} writes
     */
    public void writeValue(Object value, java.io.Writer out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        checkWritable(value, 0);
        streamed(() -> streaming().writeValue(out, value));
        out.write('\n');
        out.flush();
    }

    /**
     * Writes a plan set as a catalog object in UTF-8, as {@link #write(PlanSet)} gives it, straight to the stream: a
     * plan of hundreds of megabytes is written in the memory of a buffer, not of its whole text. The stream is
     * flushed, not closed.
     *
     * @param set the plans, and the units and indicators they declare
     * @param out where the bytes go
     * @throws IOException when the stream cannot be written
     */
    public void write(PlanSet set, OutputStream out) throws IOException {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(out, "out");
        streamed(() -> streaming().writeValue(out, catalog(set)));
        out.write('\n');
        out.flush();
    }

    /**
     * Writes a plan set as a catalog object to a UTF-8 file, replacing it, as {@link #write(PlanSet, OutputStream)}
     * writes it.
     *
     * @param set  the plans, and the units and indicators they declare
     * @param file the file
     * @throws IOException when the file cannot be written
     */
    public void write(PlanSet set, Path file) throws IOException {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(file, "file");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(set, out);
        }
    }

    /** A writer that leaves the caller's stream open: the caller opened it. */
    private tools.jackson.databind.ObjectWriter streaming() {
        return mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    /** Runs a write to a caller's stream, giving back the stream's own {@link IOException} that Jackson wraps. */
    private static void streamed(Runnable write) throws IOException {
        try {
            write.run();
        } catch (tools.jackson.core.JacksonException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw new IllegalArgumentException("cannot write the value: " + e.getOriginalMessage(), e);
        }
    }
}
