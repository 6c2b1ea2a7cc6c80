package io.github.provplan.format;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Reads UTF-8 bytes that are most likely a valid document into a {@link Json} tree without positions, checking the
 * UTF-8 as it reads text, in one pass. It gives up, with {@code null}, at the first thing a valid plan file does not
 * hold or that it leaves to Jackson's parser: a syntax error, a reader limit reached, a duplicate property, a
 * property name that is not plain ASCII, a number no decimal holds, a half of a character. The located read, with
 * Jackson's parser, then reads the input again and words every problem, so this parser never words one.
 *
 * <p>What it reads, Jackson's parser reads to the same tree: what it accepts is a part of what Jackson accepts
 * (docs/performance.md says why the quick read has a tokenizer of its own, and {@code QuickParserTest} compares the
 * two on valid, broken and generated input). Jackson's tokenizer with the separate UTF-8 check before it took about
 * half of a quick read.
 */
final class QuickParser {
    /**
     * A tree read, and whether its text needs only the text rules' blank check: it holds no escape, no DEL and no
     * character {@link Utf8#sequence} says the rules must look at.
     */
    record Parsed(Json root, boolean plain) {
    }

    private static final java.lang.invoke.VarHandle LONGS = Utf8.LONGS;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = Utf8.HIGH_BITS;
    /** Objects of the format have at most 21 members; past this many, duplicates are left to the located read. */
    private static final int MOST_MEMBERS = 64;
    /** Past this many characters Jackson decodes a number with a parser of its own, whose scale is its business. */
    private static final int LONGEST_NUMBER = 400;

    private final ReadLimits limits;

    QuickParser(ReadLimits limits) {
        this.limits = limits;
    }

    /** The tree of {@code bytes}, or {@code null} when the located read must read them. */
    Parsed parse(byte[] bytes, ShortStrings strings) {
        var run = new Run(bytes, strings, limits);
        try {
            run.skipSpace();
            Json root = run.value(0);
            run.skipSpace();
            return run.at == bytes.length ? new Parsed(root, run.plain) : null;
        } catch (GiveUp | ArrayIndexOutOfBoundsException e) {
            // The end of the input met where more must follow is an error like any other: the located read words it.
            return null;
        }
    }

    /** Ends a quick read; it carries nothing, as the located read finds out what was wrong. */
    private static final class GiveUp extends RuntimeException {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not for the quick read", null, false, false);
        }
    }

    private static final class Run {
        final byte[] bytes;
        final ShortStrings strings;
        final int maxDepth;
        final int maxNumberLength;
        final int maxStringLength;
        final int maxValues;
        int at;
        int values;
        boolean plain = true;
        /** The members and items of the containers being read, innermost on top. */
        Object[] stack = new Object[32];
        int top;
        /** Where text with escapes is decoded. */
        char[] chars = new char[64];

        Run(byte[] bytes, ShortStrings strings, ReadLimits limits) {
            this.bytes = bytes;
            this.strings = strings;
            // One below each limit, so that nothing at a limit needs the same count as Jackson's.
            this.maxDepth = limits.maxDepth() - 1;
            this.maxNumberLength = limits.maxNumberLength();
            this.maxStringLength = limits.maxStringLength();
            this.maxValues = limits.maxValues() - 1;
        }

        void skipSpace() {
            while (at < bytes.length) {
                byte b = bytes[at];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return;
                }
                at++;
            }
        }

        Json value(int depth) {
            if (++values > maxValues) {
                throw GiveUp.INSTANCE;
            }
            byte b = bytes[at];
            switch (b) {
                case '{':
                    return object(depth + 1);
                case '[':
                    return array(depth + 1);
                case '"':
                    at++;
                    return new Json.Str(0, 0, text());
                case 't':
                    return literal("true", new Json.Bool(0, 0, true));
                case 'f':
                    return literal("false", new Json.Bool(0, 0, false));
                case 'n':
                    return literal("null", new Json.Null(0, 0));
                default:
                    if (b == '-' || b >= '0' && b <= '9') {
                        return number();
                    }
                    throw GiveUp.INSTANCE;
            }
        }

        private Json literal(String word, Json value) {
            for (int i = 0; i < word.length(); i++) {
                if (bytes[at + i] != word.charAt(i)) {
                    throw GiveUp.INSTANCE;
                }
            }
            at += word.length();
            return value;
        }

        private Json object(int depth) {
            if (depth > maxDepth) {
                throw GiveUp.INSTANCE;
            }
            var object = new Json.Obj(0, 0);
            at++;
            skipSpace();
            int base = top;
            long hashes = 0; // a bit for each name's hash: most names are new, and need no search to say so
            if (bytes[at] != '}') {
                while (true) {
                    if (bytes[at] != '"') {
                        throw GiveUp.INSTANCE;
                    }
                    at++;
                    String name = name();
                    long bit = 1L << name.hashCode();
                    if ((hashes & bit) != 0 && Json.Obj.nameAt(stack, base, top, name) >= 0
                            || top - base >= 2 * MOST_MEMBERS) {
                        throw GiveUp.INSTANCE;
                    }
                    hashes |= bit;
                    skipSpace();
                    if (bytes[at] != ':') {
                        throw GiveUp.INSTANCE;
                    }
                    at++;
                    skipSpace();
                    Json value = value(depth);
                    push(name);
                    push(value);
                    if (!another('}')) {
                        break;
                    }
                }
            } else {
                at++;
            }
            object.members(Arrays.copyOfRange(stack, base, top), null);
            object.complete = true;
            pop(base);
            return object;
        }

        private Json array(int depth) {
            if (depth > maxDepth) {
                throw GiveUp.INSTANCE;
            }
            var array = new Json.Arr(0, 0);
            at++;
            skipSpace();
            int base = top;
            if (bytes[at] != ']') {
                while (true) {
                    push(value(depth));
                    if (!another(']')) {
                        break;
                    }
                }
            } else {
                at++;
            }
            array.items = Arrays.asList(Arrays.copyOfRange(stack, base, top, Json[].class));
            array.complete = true;
            pop(base);
            return array;
        }

        /**
         * After a member or an item: whether a comma and another follow (the white space after the comma skipped),
         * or {@code close} ends the container; anything else gives up.
         */
        private boolean another(char close) {
            skipSpace();
            byte b = bytes[at++];
            if (b == close) {
                return false;
            }
            if (b != ',') {
                throw GiveUp.INSTANCE;
            }
            skipSpace();
            return true;
        }

        private void push(Object value) {
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, 2 * top);
            }
            stack[top++] = value;
        }

        /** Takes the members from {@code base} up off the stack; what they leave there goes with the parse. */
        private void pop(int base) {
            top = base;
        }

        /** A property name, its opening quote read: printable ASCII only, as every name of the format is. */
        private String name() {
            int start = at;
            while (true) {
                byte b = bytes[at];
                if (b == '"') {
                    break;
                }
                if (b < 0x20 || b == '\\' || b == 0x7F || at - start == ShortStrings.LONGEST) {
                    throw GiveUp.INSTANCE;
                }
                at++;
            }
            at++;
            return strings.name(bytes, start, at - 1 - start);
        }

        /**
         * A text value, its opening quote read. Eight bytes at a time up to the closing quote, a backslash, a
         * control character, DEL or a byte of a multi-byte character: most text is runs of ASCII letters.
         */
        private String text() {
            int start = at;
            boolean ascii = true;
            while (true) {
                if (at + 8 <= bytes.length) {
                    long word = (long) LONGS.get(bytes, at);
                    long quotes = word ^ 0x2222222222222222L;
                    long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
                    long deletes = word ^ 0x7F7F7F7F7F7F7F7FL;
                    // The lowest byte flagged is exact: a false flag only stands above a true one.
                    long stops = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes
                            | (deletes - ONES) & ~deletes | (word - 0x2020202020202020L) & ~word | word) & HIGH_BITS;
                    if (stops == 0) {
                        at += 8;
                        continue;
                    }
                    at += Long.numberOfTrailingZeros(stops) >>> 3;
                }
                byte b = bytes[at];
                if (b == '"') {
                    break;
                }
                if (b >= 0x20 && b != '\\' && b != 0x7F) {
                    at++;
                } else if (b < 0) {
                    int sequence = Utf8.sequence(bytes, at, bytes.length);
                    if (sequence == 0) {
                        throw GiveUp.INSTANCE;
                    }
                    plain &= sequence < Utf8.NOT_PLAIN;
                    ascii = false;
                    at += sequence & 7;
                } else if (b == 0x7F) {
                    plain = false; // JSON lets DEL stand in text, which the text rules then refuse
                    at++;
                } else if (b == '\\') {
                    return escaped(start);
                } else {
                    throw GiveUp.INSTANCE; // a control character, which must be escaped
                }
            }
            int length = at - start;
            at++;
            if (length > maxStringLength) {
                throw GiveUp.INSTANCE;
            }
            return length <= ShortStrings.LONGEST_BYTES ? strings.of(bytes, start, length, ascii)
                    : new String(bytes, start, length,
                    ascii ? java.nio.charset.StandardCharsets.ISO_8859_1 : java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The rest of a text value from its first backslash, decoded character by character. */
        private String escaped(int start) {
            plain = false;
            String before = new String(bytes, start, at - start, java.nio.charset.StandardCharsets.UTF_8);
            int length = before.length();
            ensure(length);
            before.getChars(0, length, chars, 0);
            while (true) {
                if (at - start > maxStringLength) {
                    throw GiveUp.INSTANCE;
                }
                ensure(length + 2);
                byte b = bytes[at];
                if (b == '"') {
                    break;
                }
                if (b == '\\') {
                    length = escape(length);
                } else if (b >= 0x20) {
                    chars[length++] = (char) b;
                    at++;
                } else if (b < 0) {
                    int sequence = Utf8.sequence(bytes, at, bytes.length);
                    if (sequence == 0) {
                        throw GiveUp.INSTANCE;
                    }
                    int point = codePoint(at, sequence & 7);
                    length += Character.toChars(point, chars, length);
                    at += sequence & 7;
                } else {
                    throw GiveUp.INSTANCE;
                }
            }
            at++;
            return length <= ShortStrings.LONGEST ? strings.of(chars, 0, length) : new String(chars, 0, length);
        }

        /** Decodes the escape at the backslash at {@code at} into {@code chars} at {@code length}; the new length. */
        private int escape(int length) {
            byte kind = bytes[at + 1];
            at += 2;
            char c;
            switch (kind) {
                case '"', '\\', '/' -> c = (char) kind;
                case 'b' -> c = '\b';
                case 'f' -> c = '\f';
                case 'n' -> c = '\n';
                case 'r' -> c = '\r';
                case 't' -> c = '\t';
                case 'u' -> {
                    c = hex();
                    if (Character.isHighSurrogate(c)) {
                        // Only a pair, high then low, is a character: a half of one is left to Jackson's words.
                        if (bytes[at] != '\\' || bytes[at + 1] != 'u') {
                            throw GiveUp.INSTANCE;
                        }
                        at += 2;
                        char low = hex();
                        if (!Character.isLowSurrogate(low)) {
                            throw GiveUp.INSTANCE;
                        }
                        chars[length++] = c;
                        c = low;
                    } else if (Character.isLowSurrogate(c)) {
                        throw GiveUp.INSTANCE;
                    }
                }
                default -> throw GiveUp.INSTANCE;
            }
            chars[length++] = c;
            return length;
        }

        private char hex() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(bytes[at + i], 16);
                if (digit < 0) {
                    throw GiveUp.INSTANCE;
                }
                value = value << 4 | digit;
            }
            at += 4;
            return (char) value;
        }

        private int codePoint(int from, int length) {
            int lead = bytes[from] & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
            int point = lead;
            for (int i = 1; i < length; i++) {
                point = point << 6 | bytes[from + i] & 0x3F;
            }
            return point;
        }

        private void ensure(int length) {
            if (length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length, 2 * chars.length));
            }
        }

        /**
         * A number as JSON writes it: a minus sign or not, 0 or digits not starting with 0, a fraction and an
         * exponent optional; up to 18 digits without an exponent made without a string.
         */
        private Json number() {
            int start = at;
            boolean negative = bytes[at] == '-';
            if (negative) {
                at++;
            }
            long unscaled = 0;
            int digits = 0;
            if (bytes[at] == '0') {
                at++;
                digits = 1;
            } else if (isDigit(bytes[at])) {
                while (at < bytes.length && isDigit(bytes[at])) {
                    unscaled = unscaled * 10 + (bytes[at++] - '0');
                    digits++;
                    if (digits > 18) {
                        unscaled = 0;
                    }
                }
            } else {
                throw GiveUp.INSTANCE;
            }
            int scale = 0;
            if (at < bytes.length && bytes[at] == '.') {
                at++;
                if (!isDigit(bytes[at])) {
                    throw GiveUp.INSTANCE;
                }
                while (at < bytes.length && isDigit(bytes[at])) {
                    unscaled = unscaled * 10 + (bytes[at++] - '0');
                    digits++;
                    scale++;
                    if (digits > 18) {
                        unscaled = 0;
                    }
                }
            }
            boolean exponent = at < bytes.length && (bytes[at] == 'e' || bytes[at] == 'E');
            if (exponent) {
                at++;
                if (bytes[at] == '+' || bytes[at] == '-') {
                    at++;
                }
                if (!isDigit(bytes[at])) {
                    throw GiveUp.INSTANCE;
                }
                while (at < bytes.length && isDigit(bytes[at])) {
                    at++;
                }
            }
            if (at - start > Math.min(maxNumberLength, LONGEST_NUMBER)) {
                throw GiveUp.INSTANCE;
            }
            if (!exponent && digits <= 18) {
                return new Json.Num(0, 0, BigDecimal.valueOf(negative ? -unscaled : unscaled, scale));
            }
            try {
                return new Json.Num(0, 0, new BigDecimal(new String(bytes, start, at - start,
                        java.nio.charset.StandardCharsets.ISO_8859_1)));
            } catch (NumberFormatException | ArithmeticException e) {
                throw GiveUp.INSTANCE; // an exponent beyond any decimal's
            }
        }

        private static boolean isDigit(byte b) {
            return b >= '0' && b <= '9';
        }
    }
}
