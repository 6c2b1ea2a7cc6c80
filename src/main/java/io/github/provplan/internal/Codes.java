package io.github.provplan.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The lower-kebab-case codes by which enums appear in JSON ({@code AT_LEAST} is {@code "at-least"}). */
public final class Codes {
    private Codes() {
    }

    /** The codes of each enum's constants, by ordinal, computed once: enums are read and written by the million. */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return codes;
        }
    };

    /** Each enum's constants by code, for reading. */
    private static final ClassValue<java.util.Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Enum<?>> computeValue(Class<?> type) {
            var byCode = new java.util.HashMap<String, Enum<?>>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(of((Enum<?>) constant), (Enum<?>) constant);
            }
            return byCode;
        }
    };

    public static String of(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * The constant whose code is {@code code}.
     *
     * @param what how a person names the vocabulary, for the error message ("relation", "theme")
     * @throws IllegalArgumentException naming the known codes and the closest one
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        Objects.requireNonNull(code, what);
        Enum<?> constant = BY_CODE.get(type).get(code);
        if (constant != null) {
            return type.cast(constant);
        }
        var known = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.toList());
        throw new IllegalArgumentException("unknown " + what + " " + Echo.of(code)
                + Suggestions.didYouMean(code, known) + "; expected one of " + String.join(", ", known));
    }

    /**
     * The constant whose code is {@code code}, among {@code allowed} only: for a format that knows fewer constants
     * than the enum has. The message names only the allowed codes.
     *
     * @param what how a person names the vocabulary, for the error message
     * @throws IllegalArgumentException naming the allowed codes and the closest one
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String what, List<E> allowed) {
        Objects.requireNonNull(code, what);
        Enum<?> constant = BY_CODE.get(type).get(code);
        if (constant != null && allowed.contains(constant)) {
            return type.cast(constant);
        }
        var known = allowed.stream().map(Codes::of).collect(Collectors.toList());
        throw new IllegalArgumentException("unknown " + what + " " + Echo.of(code)
                + Suggestions.didYouMean(code, known) + "; expected one of " + String.join(", ", known));
    }
}
