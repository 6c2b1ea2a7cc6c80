package io.github.provplan.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Argument checks shared by the model's compact constructors. */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires text that {@link TextRules} allows (something visible, no control characters but tabs and line
     * breaks, no bidi controls, no lone surrogates) and returns it in Unicode NFC: the value a record keeps.
     */
    public static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        return TextRules.normalized(value, field);
    }

    /** Requires a present optional to hold {@linkplain #text text}, and returns it in NFC. */
    public static Optional<String> optionalText(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        return value.isPresent() ? Optional.of(text(value.get(), field)) : value;
    }

    public static <T> Optional<T> optional(Optional<T> value, String field) {
        return Objects.requireNonNull(value, field);
    }

    public static OptionalInt optionalInt(OptionalInt value, String field) {
        return Objects.requireNonNull(value, field);
    }

    /**
     * An unmodifiable list of the values, which rejects a null element with a {@link NullPointerException} naming the
     * property and the element's place ({@code milestones[2]}), as a null argument is named: a copy, or the list
     * itself when it is one of {@link List#of}'s (which never change).
     */
    public static <T> List<T> list(Collection<? extends T> values, String field) {
        Objects.requireNonNull(values, field);
        if (FIXED_LISTS.contains(values.getClass())) {
            // List.of's lists never change: kept as they are, a list shared by many records (a reader shares a
            // directive's themes) stays shared, and nothing is copied. Stream.toList's lists are of the same
            // classes and may hold null, so the elements are still checked.
            @SuppressWarnings("unchecked")
            List<T> fixed = (List<T>) values;
            for (int i = 0; i < fixed.size(); i++) {
                if (fixed.get(i) == null) {
                    throw new NullPointerException(field + "[" + i + "]");
                }
            }
            return fixed;
        }
        // Copied once, then checked: a collection that changes while it is read cannot slip a null past the check.
        Object[] copy = values.toArray();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) List.of(copy);
        return list;
    }

    /** The classes of List.of's lists: of one or two values, and of none or more (one class). */
    private static final java.util.Set<Class<?>> FIXED_LISTS = java.util.Set.of(List.of(1).getClass(),
            List.of(1, 2, 3).getClass());

    /** Like {@link #list}, each element checked and normalised as {@link #text} does. */
    public static List<String> textList(Collection<String> values, String field) {
        List<String> copy = list(values, field);
        String[] texts = new String[copy.size()];
        for (int i = 0; i < texts.length; i++) {
            String problem = TextRules.problem(copy.get(i));
            if (problem != null) {
                throw new IllegalFieldException(field, problem.equals("must not be blank")
                        ? "must not contain blank text" : problem);
            }
            texts[i] = TextRules.nfc(copy.get(i));
        }
        return List.of(texts);
    }

    /** Like {@link #list} and also rejects repeated elements. */
    public static <T> List<T> distinctList(Collection<? extends T> values, String field) {
        return distinctList(values, field, String::valueOf);
    }

    /** Like {@link #list} and also rejects repeated elements, naming one as a file writes it ({@code Theme::code}). */
    private static <T> List<T> distinctList(Collection<? extends T> values, String field,
                                            java.util.function.Function<? super T, String> written) {
        List<T> copy = list(values, field);
        var seen = new HashSet<T>();
        for (T value : copy) {
            if (!seen.add(value)) {
                throw new IllegalFieldException(field, "lists " + Echo.of(written.apply(value)) + " twice");
            }
        }
        return copy;
    }

    /**
     * Requires a non-empty list, as {@link #distinctList}, naming a repeated element as a file writes it: "lists
     * 'transport' twice", not the constant's name.
     */
    public static <T> List<T> nonEmptyDistinctList(Collection<? extends T> values, String field,
                                                   java.util.function.Function<? super T, String> written) {
        List<T> copy = distinctList(values, field, written);
        if (copy.isEmpty()) {
            throw new IllegalFieldException(field, "must name at least one value");
        }
        return copy;
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Requires a lower-kebab-case code such as {@code grdp-growth} or {@code long-an-master-plan-2021-2030}. */
    public static String slug(String value, String field) {
        Objects.requireNonNull(value, field);
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalFieldException(field, Echo.of(value) + " is not a lower-kebab-case code "
                    + "(lower-case letters and digits joined by single hyphens, such as grdp-growth)");
        }
        return value;
    }

    /** The earliest year a planning document may name. */
    public static final int FIRST_YEAR = 1900;
    /** The latest year a planning document may name. */
    public static final int LAST_YEAR = 2200;

    /** Requires a plausible calendar year for planning documents ({@value #FIRST_YEAR}–{@value #LAST_YEAR}). */
    public static int year(int year, String field) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalFieldException(field, "year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return year;
    }

}
