package io.github.provplan.format;

import io.github.provplan.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Objects;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes plans as canonical JSON (format v1): properties in the order of the record components, empty lists and
 * absent values left out, figures in plain notation ({@code 100}, never {@code 1E+2}), two-space indentation and
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

    /** One plan as a JSON object. */
    public String write(Plan plan) {
        return mapper.writeValueAsString(Objects.requireNonNull(plan, "plan")) + "\n";
    }

    /** A plan set as a catalog object: {@code {"formatVersion": 1, "indicators": [...], "plans": [...]}}. */
    public String write(PlanSet set) {
        Objects.requireNonNull(set, "set");
        var catalog = new LinkedHashMap<String, Object>();
        catalog.put("formatVersion", 1);
        if (!set.indicators().isEmpty()) {
            catalog.put("indicators", set.indicators());
        }
        catalog.put("plans", set.plans());
        return mapper.writeValueAsString(catalog) + "\n";
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
        out.write(write(set).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a plan set as a catalog object to a UTF-8 file, replacing it. */
    public void write(PlanSet set, Path file) throws IOException {
        Files.writeString(file, write(set), StandardCharsets.UTF_8);
    }
}
