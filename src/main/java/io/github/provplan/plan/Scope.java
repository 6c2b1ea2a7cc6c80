package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Codes;
import io.github.provplan.internal.IllegalFieldException;
import io.github.provplan.province.Era;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a document applies: the whole country, a region, or one or more provinces as they were in one
 * {@link Era era} (before or from 1 July 2025).
 *
 * <pre>{@code
 * Scope.country();                                               // Việt Nam
 * Scope.region("Đồng bằng sông Cửu Long");
 * Scope.province("Long An", Era.BEFORE_JULY_2025);               // the pre-merger Long An
 * Scope.provinces(Era.FROM_JULY_2025, List.of("Cà Mau", "An Giang"));
 * }</pre>
 *
 * <p>Scopes are immutable values, safe to share between threads.
 *
 * @param level     which kind of area
 * @param region    for a region, its name as the text gives it ("vùng Trung du và miền núi phía Bắc")
 * @param provinces for provinces, their names as the province registry knows them, at least one, none twice
 * @param era       for provinces, the arrangement their names refer to
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scope(Level level, Optional<String> region, List<String> provinces, Optional<Era> era) {
    /** The name of the whole country, which format 1 writes as a national document's province. */
    public static final String COUNTRY_NAME = "Việt Nam";

    /** The kinds of area a document applies to. Enum constants are immutable and safe to share. */
    public enum Level {
        /** The whole country. */
        COUNTRY,
        /** A region: a vùng, or a vùng động lực. */
        REGION,
        /** One or more provinces. */
        PROVINCES;

        /**
         * The JSON code: {@code country}, {@code region}, {@code provinces}.
         *
         * @return the code
         */
        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        /**
         * The level with the given code.
         *
         * @param code a code such as {@code region}
         * @return the level
         * @throws IllegalArgumentException for an unknown code
         */
        @JsonCreator
        public static Level fromCode(String code) {
            Objects.requireNonNull(code, "code");
            return Codes.parse(Level.class, code, "scope level");
        }
    }

    private static final Scope COUNTRY = new Scope(Level.COUNTRY, Optional.empty(), List.of(), Optional.empty());

    /**
     * Creates a scope, keeping its names in Unicode NFC and an unmodifiable copy of {@code provinces}.
     *
     * @param level     which kind of area
     * @param region    the region's name, present exactly when {@code level} is {@code REGION}
     * @param provinces the provinces' names, at least one and none twice when {@code level} is {@code PROVINCES}, empty
     *                  otherwise
     * @param era       the arrangement the provinces' names refer to, present exactly when {@code level} is
     *                  {@code PROVINCES}
     * @throws IllegalArgumentException if the region, provinces or era are given or missing against the rules above, a
     *                                  name is blank or holds a disallowed character, or a province is named twice
     */
    public Scope {
        Objects.requireNonNull(level, "level");
        region = Checks.optionalText(region, "region");
        provinces = Checks.distinctList(Checks.textList(provinces, "provinces"), "provinces");
        Checks.optional(era, "era");
        if (level == Level.REGION && region.isEmpty()) {
            throw new IllegalFieldException("region", "a regional scope names its region");
        }
        if (level != Level.REGION && region.isPresent()) {
            throw new IllegalFieldException("region", "only a regional scope names a region");
        }
        if (level == Level.PROVINCES && provinces.isEmpty()) {
            throw new IllegalFieldException("provinces", "a provincial scope names at least one province");
        }
        if (level != Level.PROVINCES && !provinces.isEmpty()) {
            throw new IllegalFieldException("provinces", "only a provincial scope names provinces");
        }
        if (level == Level.PROVINCES && era.isEmpty()) {
            throw new IllegalFieldException("era", "a provincial scope says which arrangement its names refer to "
                    + "(before-july-2025 or from-july-2025)");
        }
        if (level != Level.PROVINCES && era.isPresent()) {
            throw new IllegalFieldException("era", "only a provincial scope has an era");
        }
        if (level == Level.PROVINCES) {
            // Names of units of its era, each unit once: the reader says the same, located, before it gets here.
            var registry = io.github.provplan.province.ProvinceRegistry.bundled();
            var units = new java.util.HashMap<io.github.provplan.province.Province, String>();
            for (String name : provinces) {
                var unit = registry.find(name, era.get());
                if (unit.isEmpty()) {
                    throw new IllegalFieldException("provinces", registry.unknown(name, era.get()));
                }
                String earlier = units.putIfAbsent(unit.get(), name);
                if (earlier != null) {
                    throw new IllegalFieldException("provinces", io.github.provplan.internal.Echo.of(name) + " and "
                            + io.github.provplan.internal.Echo.of(earlier) + " are the same province, "
                            + unit.get().name());
                }
            }
        }
    }

    // Binds back what the writer leaves out (no provinces, no region or era), so that an application's own Jackson
    // mapper reads a scope it wrote.
    @JsonCreator
    private static Scope bind(@JsonProperty("level") Level level, @JsonProperty("region") Optional<String> region,
                              @JsonProperty("provinces") List<String> provinces,
                              @JsonProperty("era") Optional<Era> era) {
        return new Scope(level, Defaults.optional(region), Defaults.list(provinces), Defaults.optional(era));
    }

    /**
     * The whole country.
     *
     * @return the national scope
     */
    public static Scope country() {
        return COUNTRY;
    }

    /**
     * A region.
     *
     * @param name the region's name as the text gives it
     * @return the regional scope
     * @throws IllegalArgumentException if {@code name} is blank or holds a disallowed character
     */
    public static Scope region(String name) {
        Objects.requireNonNull(name, "name");
        return new Scope(Level.REGION, Optional.of(name), List.of(), Optional.empty());
    }

    /**
     * One province, as it was in {@code era}.
     *
     * @param name the province's name
     * @param era  the arrangement the name refers to
     * @return the provincial scope
     * @throws IllegalArgumentException if {@code name} is blank or holds a disallowed character
     */
    public static Scope province(String name, Era era) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(era, "era");
        return new Scope(Level.PROVINCES, Optional.empty(), List.of(name), Optional.of(era));
    }

    /**
     * Several provinces of one era, such as a table giving each its own target.
     *
     * @param era   the arrangement the names refer to
     * @param names the provinces' names, at least one, none twice
     * @return the provincial scope
     * @throws IllegalArgumentException if {@code names} is empty or names a province twice, or a name is
     *                                  blank or holds a disallowed character
     */
    public static Scope provinces(Era era, List<String> names) {
        Objects.requireNonNull(era, "era");
        return new Scope(Level.PROVINCES, Optional.empty(), Checks.list(names, "names"), Optional.of(era));
    }

    /**
     * Whether this is the whole country.
     *
     * @return whether the level is {@link Level#COUNTRY}
     */
    @JsonIgnore
    public boolean isCountry() {
        return level == Level.COUNTRY;
    }

    /**
     * A name for the area in one string, as format 1 wrote a plan's province: the province for one province,
     * {@value #COUNTRY_NAME} for the country, the region's name for a region, and the first province for several.
     *
     * @return the area's name
     */
    @JsonIgnore
    public String name() {
        return switch (level) {
            case COUNTRY -> COUNTRY_NAME;
            case REGION -> region.orElseThrow();
            case PROVINCES -> provinces.get(0);
        };
    }

    /** {@code Long An (before-july-2025)}, {@code Việt Nam}, {@code region Đồng bằng sông Cửu Long}. */
    @Override
    public String toString() {
        return switch (level) {
            case COUNTRY -> COUNTRY_NAME;
            case REGION -> "region " + region.orElseThrow();
            case PROVINCES -> String.join(", ", provinces) + " (" + Codes.of(era.orElseThrow()) + ")";
        };
    }
}
