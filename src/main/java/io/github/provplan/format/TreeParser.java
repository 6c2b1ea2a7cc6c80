package io.github.provplan.format;

import io.github.provplan.internal.Echo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns JSON text into a {@link Json} tree with positions, reporting duplicate keys and syntax errors as problems.
 * Parsing works on characters, not bytes, so that columns count characters on lines full of Vietnamese text.
 */
final class TreeParser {
    /** What the parser could build, and whether it had to stop early. */
    record Parsed(Json root, boolean broken) {
    }

    private final JsonFactory factory;
    private final ReadLimits limits;

    TreeParser(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                // Interned names are the very strings of the schemas' literals: objects find members by identity.
                .enable(tools.jackson.core.TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /**
     * Parses UTF-8 bytes; positions come in bytes, which {@link Problems} turns into characters when it reports.
     *
     * <p>When the problems {@linkplain Problems#failsFast() fail fast}, values are not located: every value is at line
     * 0, column 0, which is only good for a read that starts again, located, as soon as it finds a problem.
     */
    Parsed parse(byte[] bytes, String source, Problems problems, ShortStrings strings) {
        return parse(source, problems, strings, false, () -> factory.createParser(ObjectReadContext.empty(), bytes));
    }

    /**
     * Parses one line of a JSON Lines input, which must hold one whole value: see
     * {@link #parse(byte[], String, Problems, ShortStrings)}; its problems say "line" where a document's say "input".
     */
    Parsed parseLine(byte[] bytes, String source, Problems problems, ShortStrings strings) {
        return parse(source, problems, strings, true, () -> factory.createParser(ObjectReadContext.empty(), bytes));
    }

    /** Parses text; see {@link #parse(byte[], String, Problems, ShortStrings)}. */
    Parsed parse(String text, String source, Problems problems, ShortStrings strings) {
        return parse(source, problems, strings, false, () -> factory.createParser(ObjectReadContext.empty(), text));
    }

    private Parsed parse(String source, Problems problems, ShortStrings strings, boolean line,
                         java.util.function.Supplier<JsonParser> parsers) {
        var run = new Run(source, problems, strings, limits.maxValues());
        run.line = line;
        try (JsonParser parser = parsers.get()) {
            run.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(source, 1, 1, "", "the input is empty; expected a plan, a list of plans or a catalog");
                return new Parsed(null, true);
            }
            run.root = run.start(first);
            run.fill(run.root);
            return new Parsed(run.root, !run.endsCleanly());
        } catch (TooManyValues e) {
            run.tooMany();
            return new Parsed(run.root, true);
        } catch (JacksonException e) {
            TokenStreamLocation at = where(e, run.parser);
            int lineNr = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            String message = line && (e instanceof UnexpectedEndOfInputException
                    || String.valueOf(e.getOriginalMessage()).contains("end-of-input"))
                    ? "the line ends before its plan is complete (an object, list, text or number is not finished); "
                            + "a JSON Lines file holds one whole plan a line"
                    : explain(e, problems.codePointAt(source, lineNr, column));
            problems.add(source, lineNr, column, run.parser == null ? "" : pointer(run.parser, e), message);
            return new Parsed(run.root, true);
        }
    }

    /**
     * Reads a sequence of values, either the items of one JSON list or JSON values one after another (JSON Lines),
     * handing each to {@code each} with its pointer as soon as it is complete, so that only one is held at a time.
     *
     * @return whether the input was broken (a syntax error, or nothing at all)
     */
    boolean parseSequence(java.io.Reader reader, String source, Problems problems,
                          java.util.function.BiConsumer<Json, Pointer> each) {
        var run = new Run(source, problems, new ShortStrings(), limits.maxValues());
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), reader)) {
            run.parser = parser;
            JsonToken token = parser.nextToken();
            if (token == null) {
                problems.add(source, 1, 1, "", "the input is empty; expected a list of plans or JSON Lines of plans");
                return true;
            }
            boolean list = token == JsonToken.START_ARRAY;
            int index = 0;
            if (list) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                run.path.push(Integer.toString(index));
                run.values = 0; // the limit holds per plan: a stream is as long as it likes
                Json value = run.start(token);
                run.fill(value);
                run.path.pop();
                each.accept(value, Pointer.ROOT.item(index++));
                token = parser.nextToken();
            }
            if (list && token == null) {
                throw new UnexpectedEndOfInputException(parser, JsonToken.END_ARRAY, "end of input in the list");
            }
            return list && !run.endsCleanly();
        } catch (TooManyValues e) {
            run.tooMany();
            return true;
        } catch (JacksonException e) {
            TokenStreamLocation at = where(e, run.parser);
            problems.add(source, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), run.parser == null ? "" : pointer(run.parser, e),
                    explain(e, -1));
            return true;
        }
    }

    /** Ends a parse at the value past {@link ReadLimits#maxValues()}: the tree must stay within the heap. */
    private static final class TooManyValues extends RuntimeException {
        TooManyValues() {
            super(null, null, false, false);
        }
    }

    /**
     * The state of one parse: the parser, the path to the current value (kept only when located), and the tree built
     * so far.
     */
    private static final class Run {
        final String source;
        final Problems problems;
        final boolean located;
        /** Where the scalar read last ends, line and column packed as {@link #position()} packs them; when located. */
        private long scalarEnd;
        final ShortStrings strings;
        final Deque<String> path = new ArrayDeque<>();
        JsonParser parser;
        Json root;
        /** Whether the input is one line of JSON Lines, whose end is the line's. */
        boolean line;
        /** The members and items of the containers being read, innermost on top, and their positions when located. */
        private Object[] stack = new Object[256];
        private long[] positions;
        private int top;

        final int maxValues;
        int values;

        Run(String source, Problems problems, ShortStrings strings, int maxValues) {
            this.maxValues = maxValues;
            this.source = source;
            this.problems = problems;
            this.strings = strings;
            this.located = !problems.failsFast();
            this.positions = located ? new long[stack.length] : null;
        }

        /** Reports the value past the limit, where the parser stands. */
        void tooMany() {
            TokenStreamLocation at = parser.currentTokenLocation();
            problems.add(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), TreeParser.pointer(parser),
                    "more than " + maxValues + " values in one input (limit maxValues); reading stopped here");
        }

        /** Whether nothing but white space follows the document; reports what does. */
        boolean endsCleanly() {
            TokenStreamLocation at = parser.currentLocation();
            String after = null;
            try {
                if (parser.nextToken() == null) {
                    return true;
                }
                at = parser.currentTokenLocation();
            } catch (JacksonException e) {
                // Whatever follows is not even JSON; that it follows is the problem to report, and what it is.
                after = offending(e);
                at = where(e, parser);
            }
            problems.add(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), "", line
                    ? (after == null ? "a second value on the line" : "unexpected " + after + " after the "
                            + (root instanceof Json.Obj ? "plan" : "value") + " on the line")
                            + "; a JSON Lines file holds one plan a line"
                    : "unexpected content after the end of the document" + (after == null ? "" : ": " + after));
            return false;
        }

        String pointer() {
            var text = new StringBuilder();
            path.descendingIterator().forEachRemaining(s -> text.append('/').append(s));
            return text.toString();
        }

        /**
         * The line and column of the current token, the line in the high half; 0 when this parse does not locate
         * values, because Jackson makes a new location object each time it is asked: a fifth of what a load allocated.
         */
        private long position() {
            if (!located) {
                return 0;
            }
            return pack(parser.currentTokenLocation());
        }

        private static long pack(TokenStreamLocation at) {
            return (long) at.getLineNr() << 32 | (at.getColumnNr() & 0xFFFF_FFFFL);
        }

        /** Creates the node for the current token; containers are filled by {@link #fill}. */
        Json start(JsonToken token) {
            if (++values > maxValues) {
                throw new TooManyValues();
            }
            long at = position();
            int line = (int) (at >>> 32);
            int column = (int) at;
            return switch (token) {
                case START_OBJECT -> new Json.Obj(line, column);
                case START_ARRAY -> new Json.Arr(line, column);
                case VALUE_STRING -> new Json.Str(line, column, string());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(line, column);
                case VALUE_TRUE -> new Json.Bool(line, column, true);
                case VALUE_FALSE -> new Json.Bool(line, column, false);
                case VALUE_NULL -> new Json.Null(line, column);
                default -> throw new IllegalStateException("unexpected token " + token);
            };
        }

        /** The current text value; a short one through {@link ShortStrings}, without making a string to find it. */
        private String string() {
            int length = parser.getStringLength();
            if (length > ShortStrings.LONGEST) {
                return parser.getString();
            }
            return strings.of(parser.getStringCharacters(), parser.getStringOffset(), length);
        }

        /** A number, or a problem where a number's exponent is beyond what any decimal holds (1e99999999999). */
        private Json number(int line, int column) {
            try {
                return new Json.Num(line, column, parser.getDecimalValue());
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(source, line, column, TreeParser.pointer(parser),
                        "number out of range: its exponent is too large for any figure");
                return new Json.Bad(line, column);
            }
        }

        /**
         * Reads the members or items of a container. They are gathered on a stack shared by all the containers open
         * (each child above its parent's members) and handed to the container in arrays of their exact size when it
         * ends, or when the input breaks off inside it, so that the problems found in what was read can be reported.
         */
        void fill(Json node) {
            if (node instanceof Json.Obj object) {
                fillObject(object);
            } else if (node instanceof Json.Arr array) {
                fillArray(array);
            }
        }

        private void fillObject(Json.Obj object) {
            int base = top;
            // Past 32 members, names are found by hash: a scan per member made an object of a million members take
            // hours. A plan has fewer, and makes no map.
            java.util.Map<String, Integer> names = null;
            // A bit for each name's hash code: a name whose bit is not set is new, without a scan of the names before
            // it, which scans cost 4% of a load.
            long hashes = 0;
            // The stack's height just after a scalar member, while the token after it is read: if that token is
            // broken right where the scalar ends, the scalar may be half of it (0 of 0o10, 1e5 of 1e5x) and is not
            // kept to be judged.
            int afterScalar = -1;
            try {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    afterScalar = -1;
                    String name = parser.currentName();
                    long at = position();
                    int line = (int) (at >>> 32);
                    int column = (int) at;
                    if (located) {
                        path.push(Json.segment(name));
                    }
                    Json value = start(parser.nextToken());
                    if (names == null && top - base >= 64) {
                        names = new java.util.HashMap<>();
                        for (int i = base; i < top; i += 2) {
                            names.put((String) stack[i], i);
                        }
                    }
                    long bit = 1L << name.hashCode();
                    int first = names != null ? names.getOrDefault(name, -1)
                            : (hashes & bit) == 0 ? -1 : Json.Obj.nameAt(stack, base, top, name);
                    hashes |= bit;
                    if (first < 0) {
                        if (names != null) {
                            names.put(name, top);
                        }
                        push(name, at);
                        push(value, 0);
                        afterScalar = scalarRead(value);
                    } else {
                        long firstAt = located ? positions[first] : 0;
                        int firstLine = (int) (firstAt >>> 32);
                        problems.add(source, line, column, pointer(), "duplicate property " + Echo.of(name)
                                + " (first given at line " + problems.line(firstLine) + ", column "
                                + problems.column(source, firstLine, (int) firstAt) + ")");
                    }
                    fill(value);
                    if (located) {
                        path.pop();
                    }
                }
                object.complete = true;
            } catch (JacksonException e) {
                if (afterScalar == top && ranInto(e)) {
                    stack[--top] = null;
                    stack[--top] = null;
                }
                throw e;
            } finally {
                object.members(java.util.Arrays.copyOfRange(stack, base, top), located ? namePositions(base) : null);
                pop(base);
            }
        }

        private void fillArray(Json.Arr array) {
            int base = top;
            int afterScalar = -1; // as in fillObject
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (located) {
                        path.push(Integer.toString(top - base));
                    }
                    Json item = start(token);
                    push(item, 0);
                    fill(item);
                    afterScalar = scalarRead(item);
                    if (located) {
                        path.pop();
                    }
                }
                array.complete = true;
            } catch (JacksonException e) {
                if (afterScalar == top && ranInto(e)) {
                    stack[--top] = null;
                }
                throw e;
            } finally {
                array.items = java.util.Arrays.asList(java.util.Arrays.copyOfRange(stack, base, top, Json[].class));
                pop(base);
            }
        }

        /**
         * The stack's height if {@code value}, just pushed, is a scalar, else -1; when values are located, also where
         * the scalar ends, for {@link #ranInto}.
         */
        private int scalarRead(Json value) {
            if (value instanceof Json.Obj || value instanceof Json.Arr) {
                return -1;
            }
            if (located) {
                scalarEnd = pack(parser.currentLocation());
            }
            return top;
        }

        /**
         * Whether a syntax error stands right where the scalar read last ends, so that the two are one broken token
         * to the eye ({@code 0o10}): a scalar followed by a space, a comma or a whole name before the error
         * ({@code "kind": "plan", "status": adopted}) is a value of its own. A read that does not locate keeps
         * nothing of a broken input, so it need not tell.
         */
        private boolean ranInto(JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            return !located || (at != null && at != TokenStreamLocation.NA && pack(at) == scalarEnd);
        }

        private void push(Object value, long position) {
            if (top == stack.length) {
                stack = java.util.Arrays.copyOf(stack, 2 * top);
                if (located) {
                    positions = java.util.Arrays.copyOf(positions, 2 * top);
                }
            }
            if (located) {
                positions[top] = position;
            }
            stack[top++] = value;
        }

        /** Lines and columns of the names of the members from {@code base} up, alternating. */
        private int[] namePositions(int base) {
            int[] result = new int[top - base];
            for (int i = base; i < top; i += 2) {
                result[i - base] = (int) (positions[i] >>> 32);
                result[i - base + 1] = (int) positions[i];
            }
            return result;
        }

        /** Takes the members from {@code base} up off the stack, letting go of them. */
        private void pop(int base) {
            java.util.Arrays.fill(stack, base, top, null);
            top = base;
        }
    }

    /**
     * Where the parser stood when it failed. Jackson reads a property's name and the start of its value in one
     * step, so its own context, not the tree built so far, knows which property a broken value belongs to.
     */
    /**
     * The pointer of the value a syntax error is about: where the parser stands, but for a list item not followed
     * by a comma, the item itself (the parser has already counted the next one, which is not there).
     */
    private static String pointer(JsonParser parser, JacksonException e) {
        var context = parser.streamReadContext();
        if (context != null && context.inArray() && context.getCurrentIndex() > 0
                && String.valueOf(e.getOriginalMessage()).contains("to separate Array entries")) {
            String list = context.getParent() == null ? "" : pointer(context.getParent());
            return list + "/" + (context.getCurrentIndex() - 1);
        }
        return pointer(parser);
    }

    private static String pointer(tools.jackson.core.TokenStreamContext context) {
        String pointer = context.pathAsPointer().toString();
        return pointer.equals("/") ? "" : pointer;
    }

    private static String pointer(JsonParser parser) {
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        return pointer.equals("/") ? "" : pointer;
    }

    /** Jackson names a character above U+00FF with its code in hexadecimal too: "(code 8232 / 0x2028)". */
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
            "Unexpected character \\((.*?) \\(code (\\d+)[^)]*\\)\\)", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("character escape '(.+?)' \\(code (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("close marker '(.)'(: expected '(.)')?");
    private static final Pattern CONTROL_CODE = Pattern.compile("code (\\d+)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

    /** Says in a data maintainer's words what Jackson's message says in a parser's. */
    /**
     * The problem in the format's words.
     *
     * @param found the character at the problem's place when the input was parsed as bytes, or -1: where Jackson
     *              expects a comma it names the first byte of a character of several ('Â' for a no-break space)
     */
    private String explain(JacksonException e, int found) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e.getCause() instanceof BoundedInput.Exceeded exceeded) {
            return exceeded.getMessage();
        }
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException || message.contains("Invalid UTF-8")) {
            return "invalid UTF-8; save the file as UTF-8";
        }
        if (e instanceof UnexpectedEndOfInputException || message.contains("end-of-input")) {
            return "the input ends before the document is complete (an object, list, text or number is not "
                    + "finished)";
        }
        if (e instanceof StreamConstraintsException) {
            if (message.contains("Number value length")) {
                return "number longer than " + limits.maxNumberLength() + " characters (limit maxNumberLength)";
            }
            if (message.contains("String value length")) {
                return "text longer than " + limits.maxStringLength() + " characters (limit maxStringLength)";
            }
            if (message.contains("Name length")) {
                return "property name longer than " + limits.maxStringLength() + " characters (limit maxStringLength)";
            }
            if (message.contains("nesting depth")) {
                return "nested deeper than " + limits.maxDepth() + " levels (limit maxDepth)";
            }
            return "input exceeds a reader limit: " + firstSentence(message);
        }
        if (message.contains("ALLOW_COMMENTS") || message.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS") || message.contains("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers; write a figure or leave the property out";
        }
        if (message.contains("ALLOW_SINGLE_QUOTES") || message.contains("(''' (code 39))")) {
            return "use double quotes (\") around property names and text, not single quotes";
        }
        // Before the control characters: a line break that cuts a number short is the number's problem ("-\n").
        String number = number(message);
        if (number != null) {
            return "invalid number: " + number;
        }
        if (message.contains("has to be escaped")) {
            return "a control character must be escaped in " + (message.contains("in name") ? "a property name"
                    : "text") + " (write \\n for a line break, \\t for a tab)";
        }
        if (message.contains("CTRL-CHAR")) {
            // Jackson says "between tokens" of most, "Unexpected character" of DEL where a name or value belongs:
            // either way it stands outside text.
            Matcher code = CONTROL_CODE.matcher(message);
            return "control character " + (code.find() ? code.group(1) + " " : "") + "outside text; only spaces, tabs "
                    + "and line breaks may stand between values";
        }
        if (message.contains("surrogate")) {
            return "half of a character in " + (message.contains("property name") ? "a property name" : "text")
                    + ": an escape \\ud800 to \\udfff stands only in a pair, high then low (\\ud83d\\ude00)";
        }
        Matcher escape = ESCAPE.matcher(message);
        if (escape.find()) {
            return "invalid escape " + Echo.of("\\" + Character.toString(Integer.parseInt(escape.group(2))))
                    + " in text: JSON has \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hexadecimal "
                    + "digits (write a backslash itself as \\\\)";
        }
        if (message.contains("hex-digit for character escape")) {
            return "invalid escape in text: \\u is followed by four hexadecimal digits, such as \\u00e9";
        }
        Matcher close = CLOSE.matcher(message);
        if (message.startsWith("Unexpected close marker") && close.find()) {
            String closing = close.group(1);
            String kind = closing.equals("]") ? "a list" : "an object";
            return close.group(3) == null ? "'" + closing + "' closes " + kind + " that was never opened"
                    : "'" + closing + "' where '" + close.group(3) + "' or a comma belongs: it closes " + kind
                    + " while " + (close.group(3).equals("]") ? "a list" : "an object") + " is still open";
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            return "unrecognized word " + Echo.of(unrecognized.group(1))
                    + ": expected text in double quotes, a number, a list, an object, true, false or null";
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        if (unexpected.find()) {
            int code = Integer.parseInt(unexpected.group(2));
            if (code >= 0x80 && code <= 0xFF && found > 0x7F) {
                code = found;
            }
            String character = describe(code);
            if (code > 127 && (Character.isSpaceChar(code) || Character.isWhitespace(code)
                    || Character.getType(code) == Character.FORMAT)) {
                return character + " (" + Character.getName(code) + ") outside text; only spaces, tabs and line "
                        + "breaks may stand between values";
            }
            if (message.contains("double-quote to start") && message.contains("name")) {
                return "expected a property name in double quotes, found " + character
                        + " (is there a comma after the last property?)";
            }
            if (message.contains("comma to separate Object")) {
                return "expected a comma or '}' after a property value, found " + character;
            }
            if (message.contains("comma to separate Array")) {
                return "expected a comma or ']' after a list item, found " + character;
            }
            if (message.contains("colon to separate")) {
                return "expected ':' after the property name, found " + character;
            }
            return "unexpected " + character + " where a value belongs" + (code == '.'
                    ? " (a number has a digit before its decimal point: 0.5)"
                    : code == ']' ? " (is there a comma after the last item?)" : "");
        }
        if (e.getCause() instanceof java.io.IOException cause) {
            return "cannot read: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage());
        }
        return "invalid JSON: " + firstSentence(message);
    }

    /**
     * Where a problem the parser found stands: where it says, or, when it says nothing, at the token that opens one
     * level too many for the depth limit, and where reading stopped for anything else (an input that could not be
     * read further, as past maxTotalBytes).
     */
    private static TokenStreamLocation where(JacksonException e, JsonParser parser) {
        if (e.getLocation() != null && e.getLocation() != TokenStreamLocation.NA) {
            return e.getLocation();
        }
        if (parser == null) {
            return null;
        }
        return e instanceof StreamConstraintsException ? parser.currentTokenLocation() : parser.currentLocation();
    }

    /**
     * What stands where a syntax error was found, as a maintainer would name it ({@code 'x'}, {@code control
     * character 11}, {@code '<U+00A0>' (NO-BREAK SPACE)}, {@code word 'nul'}), or {@code null} when the error does
     * not say.
     */
    private static String offending(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            return "word " + Echo.of(unrecognized.group(1));
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        Matcher control = CONTROL_CODE.matcher(message);
        String number = unexpected.find() ? unexpected.group(2)
                : message.contains("CTRL-CHAR") && control.find() ? control.group(1) : null;
        if (number != null) {
            int code = Integer.parseInt(number);
            String name = code > 127 && !Character.isLetterOrDigit(code) ? Character.getName(code) : null;
            return describe(code) + (name == null ? "" : " (" + name + ")");
        }
        return null;
    }

    /** What is wrong with a number, in the format's words, or {@code null} when the message is about no number. */
    private static String number(String message) {
        if (message.contains("Leading zeroes")) {
            return "only 0 itself starts with 0 (write 1 or 0.5, not 01 or 00.5)";
        }
        if (message.contains("hexadecimal number")) {
            return "a number is written in decimal digits (16, not 0x10)";
        }
        if (!message.contains("in numeric value") && !message.contains("Invalid numeric value")
                && !message.contains("Invalid number")) {
            return null;
        }
        if (message.contains("Decimal point not followed")) {
            return "a decimal point needs a digit after it (1.0, not 1.)";
        }
        if (message.contains("Exponent indicator not followed")) {
            return "an exponent needs a digit after its e (1e3, not 1e)";
        }
        if (message.contains("follow minus sign")) {
            return "a minus sign needs a digit after it";
        }
        if (message.contains("plus sign")) {
            return "a number does not start with + (write 5, not +5)";
        }
        if (message.contains("more than one decimal point")) {
            return "a number has one decimal point at most";
        }
        return firstSentence(message);
    }

    private static String describe(int code) {
        return code < 32 || code == 127 ? "control character " + code : Echo.of(Character.toString(code));
    }

    /**
     * The first sentence of a message, without the source Jackson names (or says it leaves out) and without a
     * parenthesis that naming it left open: "(for Array starting at [Source: ...])" is cut whole.
     */
    private static String firstSentence(String message) {
        int cut = message.indexOf('\n');
        String first = cut < 0 ? message : message.substring(0, cut);
        int source = first.indexOf(" at [Source");
        if (source < 0) {
            return first;
        }
        first = first.substring(0, source);
        int open = first.lastIndexOf('(');
        return open > first.lastIndexOf(')') ? first.substring(0, open).strip() : first;
    }
}
