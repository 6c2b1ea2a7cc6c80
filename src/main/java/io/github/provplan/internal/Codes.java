package io.github.provplan.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The lower-kebab-case codes by which enums appear in JSON ({@code AT_LEAST} is {@code "at-least"}). */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
