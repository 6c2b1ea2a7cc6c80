package io.github.provplan.format;

import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.internal.Checks;
import io.github.provplan.plan.Figure;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Target;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads provplan JSON (format 2, and format 1 as it always read; see {@code docs/format.md}) into a {@link PlanSet},
 * validating everything.
 *
 * <pre>{@code
 * PlanSet set = PlanReader.create().read(Path.of("my-plans/"));
 * }</pre>
 *
 * <p>An input holds one plan, a list of plans, or a catalog object
 * {@code {"formatVersion": 2, "units": [...], "indicators": [...], "plans": [...]}}; each plan object of format 2
 * says {@code "formatVersion": 2}, and one that says nothing is read as format 1. Reading is strict: unknown properties,
 * duplicate keys, trailing content, wrong types, nulls and missing required properties are errors, and after
 * parsing the whole input is cross-checked (unique ids, known indicators, fitting units, target years inside the
 * plan, quotes that name the plan's sources, shares that add up). Every problem found is reported, with its
 * source, line, column and JSON Pointer, in one {@link PlanFormatException}; no other exception escapes for bad
 * input.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PlanReader {
    private static final String[] CATALOG_PROPERTIES = {"formatVersion", "indicators", "plans"};
    private static final String[] CATALOG_PROPERTIES_2 = {"formatVersion", "units", "indicators", "plans"};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final IndicatorRegistry base;
    private final ReadLimits limits;
    private final TreeParser parser;
    private final QuickParser quickParser;
    /** Whether valid input is first read quickly; only the tests that compare the two reads turn it off. */
    private final boolean quickFirst;

    private PlanReader(IndicatorRegistry base, ReadLimits limits) {
        this(base, limits, true);
    }

    private PlanReader(IndicatorRegistry base, ReadLimits limits, boolean quickFirst) {
        this.base = base;
        this.limits = limits;
        this.parser = new TreeParser(limits);
        this.quickParser = new QuickParser(limits);
        this.quickFirst = quickFirst;
    }

    /**
     * This reader with no quick first read, for files, text and JSON Lines alike: every input read located, as input
     * with a problem is read. What the quick read gives must be what this one gives; only the tests that compare the
     * two ask for it.
     */
    PlanReader locatedOnly() {
        return new PlanReader(base, limits, false);
    }

    /**
     * A reader that knows the bundled indicators and applies the default limits; one instance, shared.
     *
     * @return the default reader
     */
    public static PlanReader create() {
        return Default.READER;
    }

    /**
     * A reader that knows {@code indicators} (plus those an input declares) instead of the bundled ones, with the
     * default limits.
     *
     * @param indicators the indicators inputs may use without declaring them
     * @return a new reader
     */
    public static PlanReader create(IndicatorRegistry indicators) {
        return new PlanReader(Objects.requireNonNull(indicators, "indicators"), ReadLimits.defaults());
    }

    /**
     * This reader with other limits, knowing the same indicators.
     *
     * @param limits the limits
     * @return a new reader
     */
    public PlanReader withLimits(ReadLimits limits) {
        return new PlanReader(base, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * The limits this reader applies.
     *
     * @return the limits, {@link ReadLimits#defaults()} unless {@link #withLimits} changed them
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a file, or every {@code *.json} file below a directory (in path order), as one input set, so that ids
     * must be unique across all of them.
     *
     * @param path a {@code .json} file, or a directory to read the {@code *.json} files below
     * @return the plans, and the units and indicators the files declare
     * @throws PlanFormatException listing every problem, including files that cannot be read; with none read when
     *                             the directory holds more than {@link ReadLimits#maxFiles()} files, or when the
     *                             path is empty (which the file system takes for the working directory)
     */
    public PlanSet read(Path path) {
        Objects.requireNonNull(path, "path");
        return read(List.of(path));
    }

    /**
     * Reads files and directories as one input set, as {@link #read(Path)} reads each, in the order given.
     *
     * @param paths files and directories
     * @return the plans, and the units and indicators the files declare
     * @throws PlanFormatException listing every problem, including files that cannot be read and empty paths; as
     *                             soon as the files read hold more than {@link ReadLimits#maxTotalBytes()}; with
     *                             none read when the paths hold more than {@link ReadLimits#maxFiles()} files
     * @throws NullPointerException if a path is null, naming its place ({@code paths[1]})
     */
    public PlanSet read(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        var problems = new Problems(limits.maxProblems());
        var inputs = new ArrayList<Input>();
        var walk = new Walk(problems);
        long total = 0;
        for (Path path : Checks.list(paths, "paths")) {
            List<Path> files = walk.files(path);
            if (walk.stopped) {
                throw problems.failure();
            }
            for (Path file : files) {
                byte[] bytes = load(file, problems);
                if (bytes == null) {
                    continue;
                }
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    problems.add(file.toString(), 1, 1, "", "the files read so far hold more than "
                            + limits.maxTotalBytes() + " bytes (limit maxTotalBytes); reading stopped at this file");
                    throw problems.failure();
                }
                inputs.add(new Input(file.toString(), bytes));
            }
        }
        return read(inputs, problems);
    }

    /**
     * Reads several inputs as one input set, so that ids must be unique across all of them: the UTF-8 JSON bytes of
     * each, keyed by the source name that problems will name, read in the map's iteration order.
     *
     * @param utf8BySource the bytes of each input, by source name
     * @return the plans, and the units and indicators the inputs declare
     * @throws PlanFormatException listing every problem
     * @throws NullPointerException if a key or value of the map is null, naming it
     */
    public PlanSet readAll(Map<String, byte[]> utf8BySource) {
        Objects.requireNonNull(utf8BySource, "utf8BySource");
        // Every source and its bytes named before anything is read: a null is the caller's mistake, not a problem.
        var given = new LinkedHashMap<String, byte[]>();
        utf8BySource.forEach((source, bytes) -> {
            Objects.requireNonNull(source, "utf8BySource key");
            given.put(source, Objects.requireNonNull(bytes, () -> "utf8BySource value for '" + source + "'"));
        });
        var problems = new Problems(limits.maxProblems());
        var inputs = new ArrayList<Input>();
        given.forEach((source, bytes) -> {
            if (bytes.length > limits.maxDocumentBytes()) {
                problems.add(source, 1, 1, "", tooLarge());
            } else {
                inputs.add(new Input(source, bytes));
            }
        });
        return read(inputs, problems);
    }

    /**
     * Reads a stream of UTF-8 JSON; {@code source} names it in problems. The stream is read to its end, not closed.
     *
     * @param in     the stream
     * @param source the name problems give the input, such as a file name
     * @return the plans, and the units and indicators the input declares
     * @throws PlanFormatException listing every problem, including a stream that cannot be read or holds more than
     *                             {@link ReadLimits#maxDocumentBytes()}
     */
    public PlanSet read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        var problems = new Problems(limits.maxProblems());
        byte[] bytes;
        try {
            bytes = readBounded(in);
        } catch (IOException e) {
            problems.add(source, 1, 1, "", "cannot read: " + e.getMessage());
            throw problems.failure();
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            problems.add(source, 1, 1, "", tooLarge());
            throw problems.failure();
        }
        return read(List.of(new Input(source, bytes)), problems);
    }

    /**
     * Reads JSON text; {@code source} names it in problems.
     *
     * @param json   the JSON text
     * @param source the name problems give the input
     * @return the plans, and the units and indicators the input declares
     * @throws PlanFormatException listing every problem, including a text longer than
     *                             {@link ReadLimits#maxDocumentBytes()} characters
     */
    public PlanSet read(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        var problems = new Problems(limits.maxProblems());
        if (json.length() > limits.maxDocumentBytes()) {
            problems.add(source, 1, 1, "", tooLarge());
            throw problems.failure();
        }
        return read(List.of(Input.text(source, json)), problems);
    }

    /**
     * Reads plans one at a time from a very large input, in memory bounded by the largest plan rather than the
     * input: either one JSON list of plans, or plans one after another (separated by white space, as JSON Lines
     * are; {@link #streamLines} reads JSON Lines line by line, and is the one to use for them). Each plan is validated
     * as {@link #read} validates it (ids must be unique across the stream) and handed to {@code each} as soon as it is
     * read. The whole stream is bounded by {@link ReadLimits#maxTotalBytes()} (1 GiB by default) and each plan by
     * {@link ReadLimits#maxValues()}, so that no stream, however long or endless, runs without end.
     * A plan with problems is not handed over; once the input is read, a {@link PlanFormatException} lists the
     * problems (the first {@link ReadLimits#maxProblems()}, and how many more there were). The stream is read to its
     * end, not closed.
     *
     * @param in     the stream, UTF-8
     * @param source the name problems give the input
     * @param each   what to do with each valid plan, called on the calling thread in input order
     * @return how many plans were handed over
     * @throws PlanFormatException when any plan, or the input itself, has problems
     */
    public long stream(InputStream in, String source, Consumer<? super Plan> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(each, "each");
        var plans = new Handing(source, each);
        var buffered = plans.start(in);
        Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        parser.parseSequence(new BufferedReader(reader, 1 << 14), source, plans.problems, (tree, pointer) -> {
            int before = plans.problems.count();
            decodePlan(plans.decoding, tree, pointer);
            plans.handOver(before);
        });
        return plans.finish();
    }

    /**
     * Reads a <a href="https://jsonlines.org/">JSON Lines</a> input, a plan a line, one line at a time, in memory
     * bounded by the longest line: as {@link #stream} does, but each line is read on its own, so that a broken line
     * is reported on that line (not on the next) and a line holding anything but one plan is a problem. A line ends
     * at {@code \n} or {@code \r\n}; lines of white space only are skipped. Each line is bounded by
     * {@link ReadLimits#maxDocumentBytes()}, the whole input by {@link ReadLimits#maxTotalBytes()}. A problem names
     * its line, the column on that line and a pointer under {@code /N}, the plan's place among the plans of the
     * input counting from 0, as {@link #stream} names it.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("plans.jsonl"))) {
     *     long plans = PlanReader.create().streamLines(in, "plans.jsonl", catalog::add);
     * }
     * }</pre>
     *
     * @param in     the stream, UTF-8
     * @param source the name problems give the input
     * @param each   what to do with each valid plan, called on the calling thread in input order
     * @return how many plans were handed over
     * @throws PlanFormatException when any line, or the input itself, has problems
     */
    public long streamLines(InputStream in, String source, Consumer<? super Plan> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(each, "each");
        var plans = new Handing(source, each);
        var buffered = plans.start(in);
        var lines = new Lines(buffered, limits.maxDocumentBytes());
        var strings = new ShortStrings();
        int index = 0;
        Problems problems = plans.problems;
        try {
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                if (line == Lines.BLANK) {
                    continue;
                }
                int place = index++;
                if (quickFirst && line != Lines.TOO_LONG && plans.handOverQuickly(line, strings)) {
                    continue;
                }
                var bytes = new Utf8(line == Lines.TOO_LONG ? new byte[0] : line);
                problems.onLine(source, lines.number(), bytes, Pointer.ROOT.item(place).toString());
                int before = problems.count();
                if (line == Lines.TOO_LONG) {
                    problems.add(source, 1, 1, "", "the line is longer than " + limits.maxDocumentBytes()
                            + " bytes (limit maxDocumentBytes); a JSON Lines file holds one plan a line");
                    continue;
                }
                int invalid = Utf8.firstInvalid(line);
                if (invalid >= 0) {
                    problems.add(source, 1, invalid + 1, "", "invalid UTF-8 at byte " + (invalid + 1)
                            + " of the line; save the file as UTF-8");
                    continue;
                }
                if (line.length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
                    // Jackson skips it at the start of each parse, and so at each line's: as a file's first bytes
                    // it is refused, and so it is on a later line (where two files were joined, as a rule).
                    problems.add(source, 1, 1, "", "the line starts with a byte order mark (BOM), as where files "
                            + "were joined; save the file as UTF-8 without BOM");
                    continue;
                }
                TreeParser.Parsed parsed = parser.parseLine(line, source, problems, strings);
                Json root = parsed.root();
                if (root instanceof Json.Obj) {
                    decodePlan(plans.decoding, root, Pointer.ROOT);
                } else if (root != null && !(root instanceof Json.Bad)) {
                    plans.decoding.problem(root, Pointer.ROOT, "expected a plan (an object) on the line, found "
                            + root.kind() + "; a JSON Lines file holds one plan a line");
                }
                plans.handOver(before);
            }
        } catch (IOException e) {
            problems.onLine(source, lines.number(), new Utf8(new byte[0]), "");
            problems.add(source, 1, 1, "", e instanceof BoundedInput.Exceeded ? e.getMessage()
                    : "cannot read: " + describe(e));
        }
        if (index == 0 && problems.count() == 0) {
            problems.add(source, 1, 1, "", "the input has no plan; expected JSON Lines of plans, a plan a line");
        }
        return plans.finish();
    }

    /** What a stream's plans share: their problems, their decoding, the ids seen, and who takes the valid ones. */
    private final class Handing {
        final String source;
        final Problems problems = new Problems(limits.maxProblems());
        final Decoding decoding;
        /** The decoding of lines read quickly ({@link #handOverQuickly}), whose problems fail fast. */
        private final Decoding quick = new Decoding(Problems.failFast(), base.units());
        final Consumer<? super Plan> each;
        final java.util.Set<String> ids = new HashSet<>();
        long handed;

        Handing(String source, Consumer<? super Plan> each) {
            this.source = source;
            this.each = each;
            decoding = new Decoding(problems, base.units());
            decoding.source = source;
        }

        /** The input bounded by {@link ReadLimits#maxTotalBytes()} and buffered, its start checked for UTF-8. */
        java.io.BufferedInputStream start(InputStream in) {
            var buffered = new java.io.BufferedInputStream(new BoundedInput(in, limits.maxTotalBytes()), 1 << 16);
            checkStart(buffered);
            return buffered;
        }

        /** Refuses a stream that is not UTF-8 by its first bytes, before anything is parsed. */
        private void checkStart(java.io.BufferedInputStream buffered) {
            try {
                buffered.mark(4);
                String other = notUtf8(buffered.readNBytes(4));
                buffered.reset();
                if (other != null) {
                    problems.add(source, 1, 1, "", other);
                    throw problems.failure();
                }
            } catch (IOException e) {
                problems.add(source, 1, 1, "", e instanceof BoundedInput.Exceeded ? e.getMessage()
                        : "cannot read: " + describe(e));
                throw problems.failure();
            }
        }

        /**
         * Reads a line as {@link #read} first reads its inputs: by the quick parser, values not located, the first
         * problem ending it. True when its plan was handed over; false when the line is to be read again, located,
         * to find and word its problems (most lines are valid, and locating each value of one cost more than its
         * whole quick read).
         */
        boolean handOverQuickly(byte[] line, ShortStrings strings) {
            QuickParser.Parsed parsed = quickParser.parse(line, strings);
            if (parsed == null || !(parsed.root() instanceof Json.Obj root)) {
                return false;
            }
            Plan plan = null;
            try {
                plan = decodeQuickly(parsed.plain(), () -> decodePlan(quick, root, Pointer.ROOT));
                if (plan != null) {
                    new CrossChecks(quick, base).run(List.of(plan));
                }
            } catch (Problems.Found e) {
                plan = null;
            } finally {
                quick.takeDecoded().forEach(quick::forget); // the plan too: nothing of a line outlives it
            }
            if (plan == null || !ids.add(plan.id())) {
                return false; // a duplicate id too is read again, to be worded where it stands
            }
            each.accept(plan);
            handed++;
            return true;
        }

        /**
         * Cross-checks the plans just decoded, whole or as far as they did, and hands over those without a problem
         * since {@code before}.
         */
        void handOver(int before) {
            for (Plan plan : decoding.takeDecoded()) {
                boolean partial = decoding.isPartial(plan);
                new CrossChecks(decoding, base).run(List.of(plan));
                if (!ids.add(plan.id())) {
                    Decoding.Origin at = decoding.origin(plan);
                    problems.at(source, at.at("id"), at.pointer("id"), "duplicate plan id '" + plan.id() + "'");
                }
                decoding.forget(plan);
                if (!partial && problems.count() == before) {
                    each.accept(plan);
                    handed++;
                }
            }
        }

        long finish() {
            if (problems.count() > 0) {
                throw problems.failure();
            }
            return handed;
        }
    }

    /** Made on first use: its parser factory, and the names it has learnt, serve every default read. */
    private static final class Default {
        static final PlanReader READER = new PlanReader(IndicatorRegistry.bundled(), ReadLimits.defaults());
    }

    /** One input: UTF-8 bytes, or text when a caller hands over a string. */
    private record Input(String source, byte[] bytes, String text) {
        Input(String source, byte[] bytes) {
            this(source, bytes, null);
        }

        static Input text(String source, String text) {
            return new Input(source, null, text);
        }

        boolean isText() {
            return text != null;
        }

        TreeParser.Parsed parse(TreeParser parser, Problems problems, ShortStrings strings) {
            return isText() ? parser.parse(text, source, problems, strings)
                    : parser.parse(bytes, source, problems, strings);
        }
    }

    /** What the inputs hold so far. */
    private static final class Result {
        final List<io.github.provplan.indicator.Unit> units = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        boolean broken;
    }

    private PlanSet read(List<Input> inputs, Problems problems) {
        if (quickFirst && problems.count() == 0) {
            PlanSet quick = quickly(inputs);
            if (quick != null) {
                return quick;
            }
        }
        var decoding = new Decoding(problems, base.units());
        var result = new Result();
        var strings = new ShortStrings();
        for (Input input : inputs) {
            if (input.isText() && notUtf8(input.text()) != null) {
                problems.add(input.source(), 1, 1, "", notUtf8(input.text()));
                result.broken = true;
            } else if (input.isText()) {
                decode(input.parse(parser, problems, strings), input.source(), decoding, result);
            } else if (isValidUtf8(input, problems)) {
                problems.parsedAsBytes(input.source(), new Utf8(input.bytes()));
                decode(input.parse(parser, problems, strings), input.source(), decoding, result);
            } else {
                result.broken = true;
            }
        }
        return finish(decoding, result);
    }

    /**
     * The first read of valid input, which is most input: values are not located, and the first problem ends it
     * with {@code null}, for the located read that then finds and words every problem. Locating each value cost
     * about a fifth of a load, and Jackson's tokenizer with a UTF-8 check before it about half of what was left
     * (docs/performance.md): bytes are read by {@link QuickParser}, text a caller decoded by Jackson's parser.
     */
    private PlanSet quickly(List<Input> inputs) {
        for (Input input : inputs) {
            if (input.isText() ? notUtf8(input.text()) != null : notUtf8(input.bytes()) != null) {
                return null;
            }
        }
        var found = Problems.failFast();
        var decoding = new Decoding(found, base.units());
        var result = new Result();
        var strings = new ShortStrings();
        try {
            for (Input input : inputs) {
                if (input.isText()) {
                    decode(input.parse(parser, found, strings), input.source(), decoding, result);
                    continue;
                }
                QuickParser.Parsed quick = quickParser.parse(input.bytes(), strings);
                if (quick == null) {
                    return null;
                }
                var parsed = new TreeParser.Parsed(quick.root(), false);
                decodeQuickly(quick.plain(), () -> {
                    decode(parsed, input.source(), decoding, result);
                    return null;
                });
            }
            return result.broken ? null : finish(decoding, result);
        } catch (Problems.Found e) {
            return null;
        }
    }

    /**
     * What {@code decode} gives of what the quick parser read, the text rules told when the input was plain: its bytes
     * held no escape and no character the rules refuse or NFC would change, so its texts need no more than a blank
     * check.
     */
    private static <T> T decodeQuickly(boolean plain, java.util.function.Supplier<T> decode) {
        return plain ? io.github.provplan.internal.TextRules.fromPlainInput(decode) : decode.get();
    }

    private void decode(TreeParser.Parsed parsed, String source, Decoding decoding, Result result) {
        result.broken |= parsed.broken();
        if (parsed.root() == null) {
            return;
        }
        decoding.source = source;
        Json root = parsed.root();
        if (root instanceof Json.Arr array) {
            for (int i = 0; i < array.items.size(); i++) {
                decodePlan(decoding, array.items.get(i), Pointer.ROOT.item(i));
            }
        } else if (root instanceof Json.Obj object && isCatalog(object)) {
            decodeCatalog(decoding, object, result);
        } else if (root instanceof Json.Obj) {
            decodePlan(decoding, root, Pointer.ROOT);
        } else if (!(root instanceof Json.Bad)) {
            decoding.problem(root, Pointer.ROOT, "expected a plan (an object), a list of plans or a catalog object, found "
                    + root.kind());
        }
    }

    /** A plan in the format its own {@code formatVersion} names: 2 when it says so, 1 when it says nothing. */
    private static Plan decodePlan(Decoding decoding, Json value, Pointer pointer) {
        Json version = value instanceof Json.Obj object ? object.get("formatVersion") : null;
        if (isTwo(version)) {
            return formatTwo(decoding, Schemas2.PLAN.decode(decoding, value, pointer));
        }
        if (version instanceof Json.Num number && !isOne(version)) {
            decoding.problem(version, pointer.property("formatVersion"), unsupported(number.value));
            return null;
        }
        if (version != null) {
            decoding.problem(version, pointer.property("formatVersion"), isOne(version)
                    ? "a plan of format 1 has no formatVersion: leave it out, or write 2 for format 2"
                    : "formatVersion is the number 2 for a plan of format 2 (and left out in format 1), not "
                    + version.kind());
            return null;
        }
        if (value instanceof Json.Obj object && (object.has("scope") || object.has("status"))) {
            decoding.problem(value, pointer, "this plan has format 2's \"" + (object.has("scope") ? "scope" : "status")
                    + "\" but no \"formatVersion\": 2; add it as the plan's first property");
            return null;
        }
        return Schemas.PLAN.decode(decoding, value, pointer);
    }

    private static Plan formatTwo(Decoding decoding, Plan plan) {
        if (plan != null) {
            decoding.formatTwo(plan);
        }
        return plan;
    }

    private static final java.math.BigDecimal TWO = java.math.BigDecimal.valueOf(2);

    private static boolean isTwo(Json version) {
        return version instanceof Json.Num number && number.value.compareTo(TWO) == 0;
    }

    private static boolean isOne(Json version) {
        return version instanceof Json.Num number && number.value.compareTo(java.math.BigDecimal.ONE) == 0;
    }

    private static String unsupported(Object version) {
        return "formatVersion " + version + " is not supported; this provplan reads formatVersion 1 and 2";
    }

    private void decodeCatalog(Decoding decoding, Json.Obj object, Result result) {
        boolean two = isTwo(object.get("formatVersion"));
        var catalog = new Fields(decoding, object, Pointer.ROOT, two ? CATALOG_PROPERTIES_2 : CATALOG_PROPERTIES,
                false);
        Integer version = catalog.integer("formatVersion");
        if (version != null && version != 1 && version != 2) {
            catalog.invalid("formatVersion", unsupported(version));
        }
        if (!two) {
            result.indicators.addAll(catalog.list("indicators", Schemas.INDICATOR));
            catalog.list("plans", Schemas.PLAN); // each plan is noted in the decoding as it is made
            return;
        }
        for (var unit : catalog.list("units", Schemas2.UNIT)) {
            declare(decoding, unit, result);
        }
        result.indicators.addAll(catalog.list("indicators", Schemas2.INDICATOR));
        for (Plan plan : catalog.list("plans", Schemas2.PLAN)) {
            formatTwo(decoding, plan);
        }
    }

    /** Declares a unit of the input, or says at its code why it cannot be: a file's and a set built in code alike. */
    private static void declare(Decoding decoding, io.github.provplan.indicator.Unit unit, Result result) {
        if (decoding.declare(unit)) {
            result.units.add(unit);
        } else {
            Decoding.Origin at = decoding.origin(unit);
            decoding.problems.at(at.source(), at.at("code"), at.pointer("code"), decoding.isDeclared(unit.code())
                    ? "unit '" + unit.code() + "' is declared twice"
                    : "unit '" + unit.code() + "' is already defined by provplan; use it as it is");
        }
    }

    /** A catalog object, as format 1 told one; and a format 2 plan says its version as a catalog does. */
    private static boolean isCatalog(Json.Obj object) {
        if (object.has("id") && !object.has("plans") && (object.has("kind")
                || (!object.complete && !object.has("indicators") && !object.has("units")))) {
            // A plan, whatever its formatVersion says: its version is checked as a plan's. Cut short by a syntax
            // error before its kind, it is still the plan its id says (a catalog has no id).
            return false;
        }
        return object.has("formatVersion") || object.has("plans")
                || ((object.has("indicators") || object.has("units")) && !object.has("id"));
    }

    private PlanSet finish(Decoding decoding, Result result) {
        Problems problems = decoding.problems;
        List<Plan> plans = decoding.takeDecoded();
        // Plans that decoded are cross-checked even when others did not; a broken input could only add noise.
        if (!result.broken) {
            IndicatorRegistry registry = registry(decoding, result.units, result.indicators);
            // In input order, with the plans that did not decode as far as they did, beside the ones that did.
            new CrossChecks(decoding, registry).run(plans);
        }
        if (problems.count() > 0) {
            throw problems.failure();
        }
        return PlanSet.checked(result.units, result.indicators, plans); // no problem: none of them is partial
    }

    /**
     * Every unit a plan built in code uses must be one this read knows, as it is: a file names units by code, so a
     * unit made in code with a bundled code and another scale would be written as the bundled one and come back a
     * million times larger.
     */
    private static void checkUnits(Decoding decoding, Plan plan, String pointer) {
        checkUnits(decoding, plan.targets(), pointer + "/targets/", Target::unit, Target::equivalent);
        checkUnits(decoding, plan.observations(), pointer + "/observations/", Observation::unit,
                Observation::equivalent);
    }

    private static <R> void checkUnits(Decoding decoding, List<R> records, String pointer,
                                       java.util.function.Function<R, io.github.provplan.indicator.Unit> unit,
                                       java.util.function.Function<R, java.util.Optional<Figure>> equivalent) {
        for (int j = 0; j < records.size(); j++) {
            R record = records.get(j);
            checkUnit(decoding, unit.apply(record), pointer + j + "/unit");
            String at = pointer + j + "/equivalent/unit";
            equivalent.apply(record).ifPresent(e -> checkUnit(decoding, e.unit(), at));
        }
    }

    private static void checkUnit(Decoding decoding, io.github.provplan.indicator.Unit unit, String pointer) {
        var known = decoding.knownUnit(unit.code());
        if (known == null) {
            decoding.problems.add(BUILT_IN_CODE, 1, 1, pointer, "unit '" + unit.code() + "' is not declared: give it "
                    + "in the set's units");
        } else if (!known.equals(unit)) {
            decoding.problems.add(BUILT_IN_CODE, 1, 1, pointer, "unit '" + unit.code() + "' is not the unit of that "
                    + "code this read knows (" + known + "); use that one, or another code");
        }
    }

    /** The name problems give records built in code, which come from no file. */
    static final String BUILT_IN_CODE = "(built in code)";

    /**
     * Checks plans built in code, with the units and indicators they declare, as {@link #read} checks what it
     * reads: every cross-check, reported with the pointer of each record in the set and no line.
     */
    PlanSet check(List<io.github.provplan.indicator.Unit> units, List<Indicator> indicators, List<Plan> plans) {
        var problems = new Problems(limits.maxProblems());
        var decoding = new Decoding(problems, base.units());
        decoding.source = BUILT_IN_CODE;
        var result = new Result();
        for (int i = 0; i < units.size(); i++) {
            decoding.rememberBuilt(units.get(i), BUILT_IN_CODE, "/units/" + i);
            declare(decoding, units.get(i), result);
        }
        for (int i = 0; i < indicators.size(); i++) {
            decoding.rememberBuilt(indicators.get(i), BUILT_IN_CODE, "/indicators/" + i);
            result.indicators.add(indicators.get(i));
        }
        for (int i = 0; i < plans.size(); i++) {
            checkUnits(decoding, plans.get(i), "/plans/" + i);
            decoding.rememberBuilt(plans.get(i), BUILT_IN_CODE, "/plans/" + i);
            decoding.formatTwo(plans.get(i)); // what the writer writes, and so what a plan built in code is
            decoding.decoded(plans.get(i));
        }
        return finish(decoding, result);
    }

    private IndicatorRegistry registry(Decoding decoding, List<io.github.provplan.indicator.Unit> units,
                                       List<Indicator> declared) {
        var accepted = new ArrayList<Indicator>();
        var seen = new HashMap<String, Indicator>();
        for (Indicator indicator : declared) {
            if (base.contains(indicator.code())) {
                Decoding.Origin at = decoding.origin(indicator);
                decoding.problems.at(at.source(), at.at("code"), at.pointer("code"),
                        "indicator '" + indicator.code() + "' is already defined by provplan; use it as it is");
            } else if (seen.putIfAbsent(indicator.code(), indicator) != null) {
                Decoding.Origin at = decoding.origin(indicator);
                decoding.problems.at(at.source(), at.at("code"), at.pointer("code"),
                        "indicator '" + indicator.code() + "' is declared twice");
            } else {
                accepted.add(indicator);
            }
        }
        return base.with(accepted, units);
    }

    /**
     * The {@code *.json} files below the directories of one read. Symbolic links are followed only while they stay
     * inside the directory given (a link to {@code /} would reach every device file on the machine); one that leads
     * outside, breaks or loops is a problem, and the walk goes on. The walk stops after
     * {@link ReadLimits#maxFiles()} files, counted across every path of the read, and the read then reads none.
     */
    private final class Walk {
        private final Problems problems;
        /**
         * The files taken, by the file system's key for a file (its device and inode, where it has one), else by where
         * it really is: a file named twice, or reached through a symbolic or a hard link, is read once.
         */
        private final Set<Object> taken = new HashSet<>();
        private int count;
        /** Whether the files passed {@link ReadLimits#maxFiles()}: the read then reads none. */
        boolean stopped;
        /** The path of the read being walked, which a problem with the number of files names. */
        private Path walking;

        Walk(Problems problems) {
            this.problems = problems;
        }

        List<Path> files(Path path) {
            if (stopped) {
                return List.of();
            }
            walking = path;
            if (path.toString().isEmpty()) {
                // Path.of("") is the working directory to the file system: an unset variable would read all of it.
                problems.add("(empty path)", 1, 1, "", "an empty path names no file; give a file or a directory ('.' for the "
                        + "working directory)");
                return List.of();
            }
            if (!Files.isDirectory(path)) {
                return isNew(path) && counted(path) ? List.of(path) : List.of();
            }
            Path root;
            try {
                root = path.toRealPath();
            } catch (IOException e) {
                problems.add(path.toString(), 1, 1, "", "cannot list the directory: " + describe(e));
                return List.of();
            }
            var found = new ArrayList<Path>();
            try {
                Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                                return dir.equals(path) || inside(dir, root) ? FileVisitResult.CONTINUE
                                        : FileVisitResult.SKIP_SUBTREE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                                // A *.json that is no regular file is listed, so that load says what it is.
                                if (!file.getFileName().toString().endsWith(".json") || attributes.isDirectory()
                                        || Files.isSymbolicLink(file) && !inside(file, root)) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (!isNew(file)) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (!counted(file)) {
                                    return FileVisitResult.TERMINATE;
                                }
                                found.add(file);
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                problems.add(file.toString(), 1, 1, "", "cannot read: " + describe(e));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.add(path.toString(), 1, 1, "", "cannot list the directory: " + describe(e));
            }
            found.sort(null);
            return found;
        }

        /** Whether {@code file} (a link) leads to a place inside {@code root}; says so when it does not. */
        private boolean inside(Path file, Path root) {
            try {
                if (file.toRealPath().startsWith(root)) {
                    return true;
                }
                problems.add(file.toString(), 1, 1, "", "a symbolic link leading outside " + root + " is not followed "
                        + "(to " + file.toRealPath() + "); give its target as an argument to read it");
            } catch (IOException e) {
                return true; // broken: reading it says so
            }
            return false;
        }

        /** Whether the file has not been taken yet; one that does not exist is new, for load to say so. */
        private boolean isNew(Path file) {
            try {
                Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                return taken.add(key != null ? key : file.toRealPath());
            } catch (IOException e) {
                return true;
            }
        }

        private boolean counted(Path file) {
            if (++count <= limits.maxFiles()) {
                return true;
            }
            // Named at the path given, not at the file the walk was at: which file that is, the file system's
            // order of listing says, and the answer must not depend on it.
            stopped = true;
            problems.add(walking.toString(), 1, 1, "", "more than " + limits.maxFiles() + " files to read (limit "
                    + "maxFiles); none was read");
            return false;
        }
    }

    /**
     * A file's bytes, up to the document limit. Only regular files are read: a named pipe or a device (/dev/zero)
     * never ends, and the size a file system reports is not trusted either, so the read stops one byte past the limit.
     */
    private byte[] load(Path file, Problems problems) {
        try {
            // One look at the file (a missing one fails here, as opening it would), then its real place.
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                problems.add(file.toString(), 1, 1, "", "not a regular file (a directory, a device, a named pipe or "
                        + "a socket); give a JSON file or a directory of them");
                return null;
            }
            if (isKernelFile(file.toRealPath())) {
                problems.add(file.toString(), 1, 1, "", "a file of the kernel's own file systems (/proc, /sys), whose "
                        + "reads may never end; give a JSON file or a directory of them");
                return null;
            }
            byte[] bytes;
            try (var in = Files.newInputStream(file)) {
                bytes = readBounded(in);
            }
            if (bytes.length > limits.maxDocumentBytes()) {
                problems.add(file.toString(), 1, 1, "", tooLarge());
                return null;
            }
            return bytes;
        } catch (IOException e) {
            problems.add(file.toString(), 1, 1, "", "cannot read the file: " + describe(e));
            return null;
        }
    }

    /** /proc and /sys list "regular" files that block (/proc/kmsg) or never end: no plan lives there. */
    private static boolean isKernelFile(Path real) {
        return real.startsWith("/proc") || real.startsWith("/sys");
    }

    /** Up to one byte past the document limit, so that a larger input is seen to be larger without reading it all. */
    private byte[] readBounded(InputStream in) throws IOException {
        // maxDocumentBytes is at most ReadLimits.LARGEST_DOCUMENT, so one byte more is still an array's length.
        return in.readNBytes((int) Math.min(limits.maxDocumentBytes() + 1, Integer.MAX_VALUE - 8));
    }

    private static String describe(IOException cause) {
        return io.github.provplan.internal.IoErrors.describe(cause);
    }

    private String tooLarge() {
        return "the input is larger than " + limits.maxDocumentBytes() + " bytes (limit maxDocumentBytes)";
    }

    /**
     * Why bytes are in some other encoding than the UTF-8 the format is, or {@code null}: a byte order mark, or a
     * zero byte among the first four, which is how JSON in UTF-16 or UTF-32 begins (its first character is ASCII).
     * Jackson would detect and decode those silently; the format is UTF-8, and every entry point says so alike.
     */
    static String notUtf8(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM";
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return UTF16_OR_32 + " (it starts with a UTF-16 or UTF-32 byte order mark)";
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0 && bytes.length > 1) {
                return UTF16_OR_32 + " (zero bytes stand between its first characters)";
            }
        }
        return null;
    }

    /** The same for text a caller decoded from such bytes: a U+0000 or a byte order mark among its first characters. */
    static String notUtf8(String text) {
        if (text.startsWith("\uFEFF") || text.startsWith("\uFFFE")) {
            return UTF16_OR_32 + " (it starts with a byte order mark)";
        }
        for (int i = 0; i < Math.min(4, text.length()); i++) {
            if (text.charAt(i) == 0 && text.length() > 1) {
                return UTF16_OR_32 + " (U+0000 stands between its first characters)";
            }
        }
        return null;
    }

    private static final String UTF16_OR_32 = "the input is not UTF-8 but looks like UTF-16 or UTF-32; save it as UTF-8";

    /** Strict UTF-8, checked without decoding: a malformed byte is a problem at its line and column. */
    private static boolean isValidUtf8(Input input, Problems problems) {
        byte[] bytes = input.bytes();
        String other = notUtf8(bytes);
        if (other != null) {
            problems.add(input.source(), 1, 1, "", other);
            return false;
        }
        int invalid = Utf8.firstInvalid(bytes);
        if (invalid < 0) {
            return true;
        }
        var utf8 = new Utf8(bytes);
        int line = utf8.line(invalid);
        int lineStart = invalid;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        problems.add(input.source(), line, utf8.column(line, invalid - lineStart + 1), "",
                "invalid UTF-8 at byte offset " + invalid + "; save the file as UTF-8");
        return false;
    }

}
