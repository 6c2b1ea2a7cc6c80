package io.github.provplan.cli;

import io.github.provplan.internal.Echo;
import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.Problem;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.Theme;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * The provplan command line. Exit codes: 0 success, 1 validation problems or no match, 2 usage errors.
 */
@Command(name = "provplan", mixinStandardHelpOptions = true, version = "provplan 0.1.0-SNAPSHOT",
        description = "Look at Vietnamese provincial development plans, query them, check progress, validate files.",
        footer = {"", "Without --data, commands read the catalog bundled with provplan.",
            "Exit codes: 0 success, 1 validation problems or no match, 2 usage errors."})
public final class Main implements Runnable {
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    /**
     * The commands, in the order help lists them. They are added to the command line when it runs, and when the
     * first argument names one, only that one: picocli reads a command's annotations by reflection when it is added,
     * and reading all of them (nine then) was a third of the start-up of {@code provplan summary}.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        var commands = new LinkedHashMap<String, Supplier<Object>>();
        commands.put("summary", SummaryCommand::new);
        commands.put("plans", PlansCommand::new);
        commands.put("targets", TargetsCommand::new);
        commands.put("directives", DirectivesCommand::new);
        commands.put("observations", ObservationsCommand::new);
        commands.put("proposals", ProposalsCommand::new);
        commands.put("progress", ProgressCommand::new);
        commands.put("provinces", ProvincesCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("migrate", MigrateCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as summary");
    }

    public static void main(String[] args) {
        var stdout = new WatchedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        var out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(finish(run(args, out, err), stdout, err));
    }

    /** The exit code once the output is written: a failed write (a full disk) is a failure of the command. */
    static int finish(int code, WatchedOutput stdout, PrintWriter err) {
        var problem = stdout.problem();
        if (problem.isEmpty()) {
            return code;
        }
        err.println(problem.get());
        err.flush();
        return code == 0 ? PROBLEMS : code;
    }

    /** Runs the command line with these arguments and streams, and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter given) {
        var err = new PrintWriter(new VisibleWriter(given), true);
        undecoded(args, System.getProperty("sun.jnu.encoding", "")).ifPresent(err::println);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine commandLine = new CommandLine(new Main());
        Supplier<Object> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (named != null) {
            commandLine.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Theme.class, converter(Theme::fromCode))
                .registerConverter(PlanKind.class, converter(PlanKind::fromCode))
                .registerConverter(Relation.class, converter(Relation::fromCode))
                .registerConverter(io.github.provplan.plan.PlanStatus.class,
                        converter(io.github.provplan.plan.PlanStatus::fromCode))
                .registerConverter(io.github.provplan.indicator.Quantity.class,
                        converter(io.github.provplan.indicator.Quantity::fromCode))
                .registerConverter(io.github.provplan.province.Era.class,
                        converter(io.github.provplan.province.Era::fromCode))
                .registerConverter(LocalDate.class, Main::date)
                .registerConverter(java.math.BigDecimal.class, Main::figure)
                .registerConverter(Integer.class, Main::year)
                .registerConverter(Format.class, Main::format)
                .registerConverter(java.nio.file.Path.class, Main::path)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, err, verbose));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes the exception handler; without this the JVM would print its stack trace.
            err.println("provplan: out of memory: the data needs more than this Java's heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; run java with a larger -Xmx");
            return PROBLEMS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * A warning when an argument reached Java with characters the system's encoding could not decode: under LANG=C,
     * "Lạng Sơn" arrives as "L\uFFFD\uFFFD\uFFFDng S\uFFFD\uFFFDn", and the unknown province it makes says nothing
     * of why.
     */
    static java.util.Optional<String> undecoded(String[] args, String encoding) {
        if (encoding.equalsIgnoreCase("UTF-8") || Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("provplan: an argument holds characters this system's encoding (" + encoding
                + ") could not read; run with a UTF-8 locale, such as LANG=C.UTF-8");
    }

    /**
     * Where a list option's value is split: at each comma, the spaces around it not part of the items; a comma at
     * the end splits nothing, so that it reaches the converter and is refused as a comma too many, as a comma at
     * the start or two in a row are (picocli would drop it without a word).
     */
    static final String LIST_SPLIT = "\\s*,\\s*(?!\\s*$)";

    /** Why an item of a list is refused when it is empty or ends in the list's trailing comma; null if it is not. */
    static String extraComma(String item, String what) {
        if (item.isEmpty()) {
            return "no " + what + " given (an empty value, or an extra comma in a list)";
        }
        return item.endsWith(",") ? Echo.of(item) + ": a comma too many at the end of the list" : null;
    }

    /**
     * A converter of codes: the spaces around a code are not part of it ({@code "transport, planning"}), and an
     * empty one is named as such rather than as an unknown code ''.
     */
    private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return text -> {
            String code = text.strip();
            String extra = extraComma(code, "code");
            if (extra != null) {
                throw new TypeConversionException(extra);
            }
            try {
                return parse.apply(code);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    /** A path, or why this system cannot name it: a non-ASCII name under LANG=C has no file name here. */
    private static java.nio.file.Path path(String text) {
        if (text.isEmpty()) {
            throw new TypeConversionException("an empty path names no file; give a file or a directory ('.' for the "
                    + "working directory)");
        }
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new TypeConversionException(Echo.of(text) + " cannot be a file name in this system's encoding ("
                    + System.getProperty("sun.jnu.encoding", "unknown") + "); run with a UTF-8 locale, such as "
                    + "LANG=C.UTF-8");
        }
    }

    /** An output format in the words the help gives: table, json or csv, in any case. */
    private static Format format(String text) {
        for (Format format : Format.values()) {
            if (format.name().equalsIgnoreCase(text)) {
                return format;
            }
        }
        throw new TypeConversionException(Echo.of(text) + " is not an output format: table, json or csv");
    }

    /**
     * A figure on the command line: a plain decimal (no exponent), within the bounds files have (at most 10^18, at
     * most 12 decimal places once trailing zeros are dropped), so that any figure a file holds can be asked about.
     */
    static java.math.BigDecimal figure(String text) {
        // The length bound keeps a BigDecimal of a million digits from being made only to be refused.
        if (text.length() > 64 && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            // Too long to be made a decimal only to be refused: a figure of so many digits is past 10^18 or has
            // more than 12 places, once the zeros that say nothing are left out.
            // Plain loops: a regex of trailing zeros took quadratic time on 200,000 of them before a digit.
            int first = text.startsWith("-") ? 1 : 0;
            while (first < text.length() && text.charAt(first) == '0') {
                first++;
            }
            String digits = text.substring(first);
            int point = digits.indexOf('.');
            String whole = point < 0 ? digits : digits.substring(0, point);
            int last = digits.length();
            while (point >= 0 && last > point + 1 && digits.charAt(last - 1) == '0') {
                last--;
            }
            String places = point < 0 ? "" : digits.substring(point + 1, last);
            if (whole.length() > 19 || (whole.length() == 19 && !(whole + places).matches("10*"))) {
                throw new TypeConversionException(Echo.of(text) + " is too large (at most 10^18)");
            }
            if (places.length() > 12) {
                throw new TypeConversionException(Echo.of(text) + " has more than 12 decimal places");
            }
            text = (text.startsWith("-") ? "-" : "") + (whole.isEmpty() ? "0" : whole)
                    + (places.isEmpty() ? "" : "." + places);
        }
        if (text.length() > 64 || !text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new TypeConversionException(Echo.of(text) + " is not a figure such as 5 or 7.25 (a decimal point, "
                    + "no exponent, at most 12 decimal places)");
        }
        try {
            return io.github.provplan.internal.Figures.normalize(new java.math.BigDecimal(text), "figure");
        } catch (io.github.provplan.internal.IllegalFieldException e) {
            // The reason names the figure as the format prints it ("figure 2E+18 is too large"); the text given is
            // named instead.
            String reason = e.reason().substring(e.reason().indexOf(' ', "figure ".length()) + 1);
            throw new TypeConversionException(Echo.of(text) + " " + reason);
        }
    }

    /**
     * A year on the command line (every whole-number option is one: --year, --in-force, the years of --rate), in
     * the CLI's words rather than picocli's "is not an int".
     */
    static Integer year(String text) {
        if (!text.matches("[0-9]{4}")) {
            throw new TypeConversionException(Echo.of(text) + " is not a year such as 2021 (four digits)");
        }
        return Integer.valueOf(text);
    }

    private static LocalDate date(String text) {
        LocalDate date;
        try {
            if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(Echo.of(text) + " is not a date of the form yyyy-MM-dd");
        }
        if (date.getYear() < io.github.provplan.internal.Checks.FIRST_YEAR
                || date.getYear() > io.github.provplan.internal.Checks.LAST_YEAR) {
            // The years plans may name: a day outside them asks about no plan at all.
            throw new TypeConversionException(Echo.of(text) + " is outside the years " + io.github.provplan.internal
                    .Checks.FIRST_YEAR + "-" + io.github.provplan.internal.Checks.LAST_YEAR + " that plans name");
        }
        return date;
    }

    /**
     * Prints the problems listed one per line, then the line that counts those not listed, if any.
     *
     * @return how many problems the read found, listed or not
     */
    static int list(PlanFormatException problems, PrintWriter where) {
        for (Problem problem : problems.problems()) {
            where.println(problem);
        }
        if (problems.unlisted() > 0) {
            where.println(problems.unlistedLine());
        }
        return problems.problemCount();
    }

    /** No stack trace for bad input or bad arguments; --verbose shows one for anything unexpected. */
    private static int failed(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof PlanFormatException problems) {
            int count = list(problems, err);
            err.println("provplan: the data has " + count + " problem" + (count == 1 ? "" : "s"));
            return PROBLEMS;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("provplan: " + e.getMessage());
            return USAGE;
        }
        err.println("provplan: unexpected error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return PROBLEMS;
    }
}
