package io.github.provplan.format;

import io.github.provplan.internal.Echo;
import io.github.provplan.indicator.Unit;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import io.github.provplan.internal.IllegalFieldException;
import io.github.provplan.internal.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The properties of one JSON object being decoded into a record. Each getter reports what is wrong with its
 * property (missing, null, wrong type, invalid value) and returns {@code null} then; {@link #build} makes the record
 * only if nothing in the object, or below it, was wrong. Unknown properties are reported on construction.
 */
final class Fields {
    private final Decoding decoding;
    private final Json.Obj node;
    private final Pointer pointer;
    private final int problemsBefore;
    private final boolean remembered;

    /**
     * @param known the names of the properties the record has, interned (as literals are), as the parser interns
     *              the names it reads
     */
    Fields(Decoding decoding, Json.Obj node, Pointer pointer, String[] known, boolean remembered) {
        this.decoding = decoding;
        this.node = node;
        this.pointer = pointer;
        this.remembered = remembered;
        this.problemsBefore = decoding.problems.count();
        for (int i = 0; i < node.size(); i++) {
            String name = node.name(i);
            if (!isKnown(name, known)) {
                decoding.problems.add(decoding.source, node.nameLine(i), node.nameColumn(i), pointerOf(name).toString(),
                        decoding.problems.full() ? "" : "unknown property " + Echo.of(name)
                                + Suggestions.didYouMean(name, List.of(known))
                                + "; expected " + String.join(", ", Stream.of(known).sorted().toList()));
            }
        }
    }

    /**
     * Compared by identity, as {@link Json.Obj#get} finds members: a record has a few names, and a hash set's lookup
     * for every member of every object cost more.
     */
    private static boolean isKnown(String name, String[] known) {
        for (String property : known) {
            if (property == name) {
                return true;
            }
        }
        return false;
    }

    Pointer pointerOf(String name) {
        return pointer.property(name);
    }

    /**
     * The pointer of a value: {@code where} is a property name of this object, or the pointer of a list item. The
     * pointer is made only when a problem is reported, not for every value read.
     */
    private Pointer at(Object where) {
        return where instanceof String name ? pointerOf(name) : (Pointer) where;
    }

    /** The value of a required property; reports it missing (unless the object was cut short) or null. */
    private Json required(String name) {
        Json value = node.get(name);
        if (value == null) {
            if (node.complete) {
                decoding.problem(node, pointer, "missing required property " + Echo.of(name));
            }
            return null;
        }
        if (value instanceof Json.Null) {
            decoding.problem(value, pointerOf(name), Echo.of(name) + " must not be null; give a value");
            return null;
        }
        return value;
    }

    /** The value of an optional property, or null when absent; an explicit JSON null is reported. */
    private Json optional(String name) {
        Json value = node.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Null) {
            decoding.problem(value, pointerOf(name), Echo.of(name) + " must not be null; leave the property out instead");
            return null;
        }
        return value;
    }

    private void wrongType(Json value, Object where, String expected) {
        if (!(value instanceof Json.Bad)) {
            decoding.problem(value, at(where), "expected " + expected + ", found " + value.kind());
        }
    }

    private String string(Json value, Object where) {
        if (value instanceof Json.Str text) {
            if (io.github.provplan.internal.TextRules.isBlank(text.value)) {
                decoding.problem(value, at(where), "must not be blank");
                return null;
            }
            return text.value;
        }
        wrongType(value, where, "text");
        return null;
    }

    String text(String name) {
        Json value = required(name);
        return value == null ? null : string(value, name);
    }

    Optional<String> optionalText(String name) {
        Json value = optional(name);
        return value == null ? Optional.empty() : Optional.ofNullable(string(value, name));
    }

    /**
     * The one instance of {@code value} kept by this read (see {@link Decoding#shared}), or null for null: for parsed
     * values that many records repeat, such as periods.
     */
    <T> T shared(T value) {
        return value == null ? null : decoding.shared(value);
    }

    private BigDecimal decimal(Json value, Object where) {
        if (value instanceof Json.Num number) {
            try {
                return Figures.normalize(number.value, "value");
            } catch (IllegalFieldException e) {
                decoding.problem(value, at(where), e.reason());
                return null;
            }
        }
        wrongType(value, where, "a number");
        return null;
    }

    BigDecimal number(String name) {
        Json value = required(name);
        return value == null ? null : decimal(value, name);
    }

    Optional<BigDecimal> optionalNumber(String name) {
        Json value = optional(name);
        return value == null ? Optional.empty() : Optional.ofNullable(decimal(value, name));
    }

    private Integer whole(Json value, Object where) {
        // A year or a count as written (2030) is already whole and normal: no need to normalize it as a figure.
        if (value instanceof Json.Num number && number.value.scale() == 0 && number.value.precision() <= 9) {
            return number.value.intValue();
        }
        if (value instanceof Json.Num number && isWholeBeyondInt(number.value)) {
            // Not "too large a figure" (the figures' bound), nor "not whole": it is whole, and beyond any year,
            // count, scale or version. Its digits are counted: toPlainString of 1e999999999 would make them all.
            long digits = (long) number.value.precision() - number.value.scale();
            String shown = digits > 20 ? "of " + digits + " digits" : number.value.toPlainString();
            decoding.problem(value, at(where), "whole number " + shown + " is out of range (a year, a count, a "
                    + "scale or a version is between -2147483648 and 2147483647)");
            return null;
        }
        BigDecimal number = decimal(value, where);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            return notWhole(value, where, number);
        }
    }

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** Whether a number is whole and outside {@code int}: its exponent (1e999999999) is compared, not expanded. */
    private static boolean isWholeBeyondInt(BigDecimal number) {
        return (number.compareTo(INT_MAX) > 0 || number.compareTo(INT_MIN) < 0)
                && (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0);
    }

    private Integer notWhole(Json value, Object where, BigDecimal number) {
        String shown = number.precision() > 20 ? "this number" : number.toString();
        decoding.problem(value, at(where), "expected a whole number, found " + shown);
        return null;
    }

    Integer integer(String name) {
        Json value = required(name);
        return value == null ? null : whole(value, name);
    }

    OptionalInt optionalInteger(String name) {
        Json value = optional(name);
        Integer number = value == null ? null : whole(value, name);
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /** An optional calendar year. */
    OptionalInt optionalYear(String name) {
        OptionalInt year = optionalInteger(name);
        if (year.isPresent()) {
            try {
                Checks.year(year.getAsInt(), name);
            } catch (IllegalFieldException e) {
                invalid(name, e.reason());
                return OptionalInt.empty();
            }
        }
        return year;
    }

    /** Whether the object has the property at all. */
    boolean has(String name) {
        return node.get(name) != null;
    }

    /** A required unit, among those the read knows. */
    Unit unit(String name) {
        return parsed(name, decoding.unit);
    }

    /** A list of units, among those the read knows; empty when absent. */
    List<Unit> unitList(String name) {
        return parsedList(name, decoding.unit);
    }

    /** A true/false property that is {@code absent} when absent. */
    boolean flag(String name, boolean absent) {
        Json value = optional(name);
        if (value == null) {
            return absent;
        }
        if (value instanceof Json.Bool bool) {
            return bool.value;
        }
        wrongType(value, name, "true or false");
        return absent;
    }

    /** A true/false property that is false when absent. */
    boolean flag(String name) {
        return flag(name, false);
    }

    private <T> T convert(Json value, Object where, Function<String, T> parser) {
        String text = string(value, where);
        if (text == null) {
            return null;
        }
        try {
            return decoding.parsed(text, parser);
        } catch (IllegalFieldException e) {
            decoding.problem(value, at(where), e.reason());
            return null;
        } catch (RuntimeException e) {
            decoding.problem(value, at(where), e.getMessage());
            return null;
        }
    }

    /** A required text property parsed by {@code parser}, whose exception message becomes the problem. */
    <T> T parsed(String name, Function<String, T> parser) {
        Json value = required(name);
        return value == null ? null : convert(value, name, parser);
    }

    <T> Optional<T> optionalParsed(String name, Function<String, T> parser) {
        Json value = optional(name);
        return value == null ? Optional.empty() : Optional.ofNullable(convert(value, name, parser));
    }

    /** A required object property. */
    <T> T object(String name, Schema<T> schema) {
        Json value = required(name);
        return value == null ? null : schema.decode(decoding, value, pointerOf(name));
    }

    <T> Optional<T> optionalObject(String name, Schema<T> schema) {
        Json value = optional(name);
        return value == null ? Optional.empty() : Optional.ofNullable(schema.decode(decoding, value, pointerOf(name)));
    }

    private <T> List<T> items(Json value, Object where, ItemDecoder<T> item) {
        if (!(value instanceof Json.Arr array)) {
            wrongType(value, where, "a list");
            return List.of();
        }
        var result = new ArrayList<T>(array.items.size());
        Pointer list = at(where);
        // Once an item is dropped, the records after it no longer stand at their index in the file: their origin
        // is remembered, for a record's cross-checks that still run beside the dropped one.
        boolean shifted = false;
        for (int i = 0; i < array.items.size(); i++) {
            Json element = array.items.get(i);
            Pointer at = list.item(i);
            if (element instanceof Json.Null) {
                decoding.problem(element, at, "list items must not be null");
                shifted = true;
                continue;
            }
            T decoded = item.decode(element, at);
            if (decoded == null) {
                shifted = true;
            } else {
                result.add(decoded);
                if (shifted && element instanceof Json.Obj object) {
                    decoding.rememberItem(decoded, at, object);
                }
            }
        }
        // A fixed list, which the records keep as it is (Checks.list), and which can be shared (a directive's themes).
        return List.copyOf(result);
    }

    /** A list property of objects; empty when absent. */
    <T> List<T> list(String name, Schema<T> schema) {
        Json value = optional(name);
        return value == null ? List.of() : items(value, pointerOf(name), (item, at) -> schema.decode(decoding, item, at));
    }

    /** A list property of text items; empty when absent. */
    List<String> textList(String name) {
        Json value = optional(name);
        return value == null ? List.of() : items(value, pointerOf(name), this::string);
    }

    /** A list property of text items, each parsed by {@code parser}; empty when absent. */
    <T> List<T> parsedList(String name, Function<String, T> parser) {
        Json value = optional(name);
        return value == null ? List.of() : items(value, pointerOf(name), (item, at) -> convert(item, at, parser));
    }

    /** How many problems this read has found so far, for a decoder that asks whether a part of its record had one. */
    int problemCount() {
        return decoding.problems.count();
    }

    /** Whether nothing in this object, or below it, has had a problem so far, unknown properties included. */
    boolean soundSoFar() {
        return decoding.problems.count() == problemsBefore;
    }

    /**
     * The plan, as {@link #build} makes it, noted for the cross-checks; or, when it did not decode though its own
     * properties were {@linkplain #soundSoFar() sound} ({@code ownSound}), the plan it would be without the list items
     * that had problems, kept for the cross-checks only: a broken target must not hide that the next one names an
     * unknown indicator. A rule of the plan's own that what is left breaks is reported as {@link #build} reports it;
     * nothing is kept in a read that fails fast.
     *
     * @param sourcesComplete whether every source decoded, so that a quote naming none of them is a problem
     * @param two             whether the plan is of format 2
     */
    io.github.provplan.plan.Plan plan(Supplier<io.github.provplan.plan.Plan> constructor, boolean ownSound, boolean sourcesComplete, boolean two) {
        // With nothing wrong below, the partial plan would be this one: a rule it breaks is reported once, by build.
        boolean whole = decoding.problems.count() == problemsBefore;
        io.github.provplan.plan.Plan built = build(constructor);
        if (built != null) {
            decoding.decoded(built);
            return built;
        }
        if (whole || !ownSound || decoding.problems.failsFast() || !node.complete) {
            return null;
        }
        try {
            decoding.partial(constructor.get(), pointer, node, sourcesComplete, two);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            refused(e);
        }
        return null;
    }

    /** Notes a declared indicator that did not decode, with what could be read of its code and structure. */
    void brokenIndicator(String code, Optional<String> structure) {
        decoding.brokenIndicator(code, structure, has("structure") && structure.isEmpty());
    }

    /** Reports a problem with a property's value that only the caller can see. */
    void invalid(String name, String message) {
        Json value = node.get(name);
        decoding.problem(value == null ? node : value, value == null ? pointer : pointerOf(name), message);
    }

    /**
     * The record, if no problem was found in this object or below it; a constructor's rejection becomes a problem
     * at the property it names. The record is remembered with its origin for the checks after decoding.
     */
    <T> T build(Supplier<T> constructor) {
        if (decoding.problems.count() > problemsBefore || !node.complete) {
            return null;
        }
        try {
            T record = constructor.get();
            if (remembered) {
                decoding.remember(record, pointer, node);
            }
            return record;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            refused(e);
        }
        return null;
    }

    /** Reports a constructor's rejection at the property it names, or at the object. */
    private void refused(RuntimeException e) {
        if (e instanceof IllegalFieldException field) {
            Json value = node.get(field.field().intern());
            if (value != null) {
                decoding.problem(value, pointerOf(field.field()), field.reason());
                return;
            }
        }
        decoding.problem(node, pointer, e.getMessage());
    }

    @FunctionalInterface
    private interface ItemDecoder<T> {
        T decode(Json item, Pointer pointer);
    }
}
