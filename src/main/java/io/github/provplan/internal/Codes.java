package io.github.provplan.internal;

import java.util.Arrays;
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

    public static String of(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * The constant whose code is {@code code}.
     *
     * @param what how a person names the vocabulary, for the error message ("relation", "theme")
     * @throws IllegalArgumentException naming the known codes and the closest one
     */
    public static <E extends Enum<E>> E parse(E[] constants, String code, String what) {
        Objects.requireNonNull(code, what);
        for (E constant : constants) {
            if (of(constant).equals(code)) {
                return constant;
            }
        }
        var known = Arrays.stream(constants).map(Codes::of).collect(Collectors.toList());
        throw new IllegalArgumentException("unknown " + what + " '" + code + "'"
                + Suggestions.didYouMean(code, known) + "; expected one of " + String.join(", ", known));
    }
}
