package io.github.provplan.format;

import java.util.function.Function;

/** How one record type is decoded: the properties it knows, and how to build it from them. */
final class Schema<T> {
    private final String what;
    private final String[] properties;
    private final Function<Fields, T> decoder;
    private final boolean remembered;

    private Schema(String what, String[] properties, Function<Fields, T> decoder, boolean remembered) {
        this.what = what;
        this.properties = properties;
        this.decoder = decoder;
        this.remembered = remembered;
    }

    /**
     * @param what       how a person names the record ("a target"), for "expected a target, found text"
     * @param decoder    builds the record from its fields, ending with {@link Fields#build}
     * @param properties every property the record has
     */
    static <T> Schema<T> of(String what, Function<Fields, T> decoder, String... properties) {
        return new Schema<>(what, properties.clone(), decoder, false);
    }

    /**
     * A schema whose records are remembered with their origin, for the checks made after decoding: plans and
     * declared indicators. The records inside a plan are found from the plan's origin, by position.
     */
    static <T> Schema<T> remembered(String what, Function<Fields, T> decoder, String... properties) {
        return new Schema<>(what, properties.clone(), decoder, true);
    }

    T decode(Decoding decoding, Json value, Pointer pointer) {
        if (!(value instanceof Json.Obj object)) {
            if (!(value instanceof Json.Bad)) {
                decoding.problem(value, pointer, "expected " + what + " (an object), found " + value.kind());
            }
            return null;
        }
        return decoder.apply(new Fields(decoding, object, pointer, properties, remembered));
    }
}
