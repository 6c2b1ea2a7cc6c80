package io.github.provplan.indicator;

import io.github.provplan.internal.Echo;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An immutable set of indicators and units, looked up by code. {@link #bundled()} holds the well-known indicators
 * and every registry knows the {@linkplain Unit#bundled() bundled units}; a data file may declare more of both,
 * which {@link #with(Collection)} and {@link #with(Collection, Collection)} add.
 *
 * <pre>{@code
 * IndicatorRegistry registry = IndicatorRegistry.bundled()
 *         .with(List.of(Indicator.of("rice-output", "Sản lượng lúa", "Rice output", tonnes, Direction.HIGHER_IS_BETTER)),
 *               List.of(tonnes));
 * registry.get("grdp-growth").unit();    // percent (%)
 * }</pre>
 *
 * <p>Registries are immutable and safe to share between threads.
 */
public final class IndicatorRegistry {
    private static final String BUNDLED_RESOURCE = "indicators.json";
    private static final Map<String, Unit> BUNDLED_UNITS = bundledUnits();
    private static final IndicatorRegistry EMPTY = new IndicatorRegistry(Map.of(), BUNDLED_UNITS);

    private final Map<String, Indicator> byCode;
    private final List<Indicator> byCodeOrder;
    private final Map<String, Unit> unitsByCode;

    private IndicatorRegistry(Map<String, Indicator> byCode, Map<String, Unit> unitsByCode) {
        this.byCode = byCode;
        var sorted = new ArrayList<>(byCode.values());
        sorted.sort(Comparator.comparing(Indicator::code));
        this.byCodeOrder = List.copyOf(sorted);
        this.unitsByCode = unitsByCode;
    }

    private static Map<String, Unit> bundledUnits() {
        var units = new LinkedHashMap<String, Unit>();
        Unit.bundled().forEach(unit -> units.put(unit.code(), unit));
        return java.util.Collections.unmodifiableMap(units);
    }

    /**
     * The registry with no indicators, and the bundled units.
     *
     * @return the empty registry
     */
    public static IndicatorRegistry empty() {
        return EMPTY;
    }

    /**
     * The indicators that ship with provplan (see {@link Indicators} for their codes), read once, on first use.
     *
     * @return the bundled registry
     */
    public static IndicatorRegistry bundled() {
        return Bundled.REGISTRY;
    }

    /**
     * A registry of exactly these indicators, and the bundled units.
     *
     * @param indicators the indicators, in the bundled units
     * @return the registry
     * @throws IllegalArgumentException if two share a code, or one is in a unit that is not bundled
     * @throws NullPointerException if an element is null, naming its place ({@code indicators[2]})
     */
    public static IndicatorRegistry of(Collection<Indicator> indicators) {
        return EMPTY.with(Objects.requireNonNull(indicators, "indicators"), List.of());
    }

    /**
     * This registry plus {@code more}, in units this registry knows.
     *
     * @param more the indicators to add
     * @return the larger registry, or this one when {@code more} is empty
     * @throws IllegalArgumentException if a code is already registered or given twice, or an indicator is in a unit
     *                                  this registry does not know
     * @throws NullPointerException if an element is null, naming its place ({@code more[2]})
     */
    public IndicatorRegistry with(Collection<Indicator> more) {
        return with(Checks.list(more, "more"), List.of());
    }

    /**
     * This registry plus more indicators and units.
     *
     * @param indicators indicators to add
     * @param units      units to add, which the indicators may use
     * @return the larger registry, or this one when both are empty
     * @throws IllegalArgumentException if a code is already registered or given twice, or an indicator is in a
     *                                  unit this registry does not know
     * @throws NullPointerException if an element is null, naming its list and place ({@code units[0]})
     */
    public IndicatorRegistry with(Collection<Indicator> indicators, Collection<Unit> units) {
        indicators = Checks.list(indicators, "indicators");
        units = Checks.list(units, "units");
        if (indicators.isEmpty() && units.isEmpty()) {
            return this;
        }
        var mergedUnits = new LinkedHashMap<>(unitsByCode);
        for (Unit unit : units) {
            if (mergedUnits.putIfAbsent(unit.code(), unit) != null) {
                throw new IllegalArgumentException("unit '" + unit.code() + "' is defined twice");
            }
        }
        var merged = new LinkedHashMap<>(byCode);
        for (Indicator indicator : indicators) {
            if (merged.putIfAbsent(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("indicator '" + indicator.code() + "' is defined twice");
            }
            for (Unit unit : indicator.units()) {
                if (!unit.equals(mergedUnits.get(unit.code()))) {
                    throw new IllegalArgumentException("indicator '" + indicator.code() + "' is in unit '"
                            + unit.code() + "', which the registry does not know");
                }
            }
        }
        return new IndicatorRegistry(Map.copyOf(merged), java.util.Collections.unmodifiableMap(mergedUnits));
    }

    /**
     * The unit with this code, if known: a bundled unit or one added with {@link #with(Collection, Collection)}.
     *
     * @param code a unit code
     * @return the unit, or empty
     */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(unitsByCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Every unit this registry knows, bundled ones first.
     *
     * @return the units, in the order they were added
     */
    public List<Unit> units() {
        return List.copyOf(unitsByCode.values());
    }

    /**
     * The message for an unknown unit code.
     *
     * @param code the code asked for
     * @return {@code unknown unit 'milion-vnd'; did you mean 'million-vnd'?; expected one of …}
     */
    public String unknownUnit(String code) {
        Objects.requireNonNull(code, "code");
        return Unit.unknown(code, unitsByCode.keySet());
    }

    /**
     * The indicator with this code, if registered.
     *
     * @param code an indicator code, such as {@code grdp-growth}
     * @return the indicator, or empty when none has this code
     */
    public Optional<Indicator> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The indicator with this code.
     *
     * @param code an indicator code, such as {@code grdp-growth}
     * @return the indicator
     * @throws IllegalArgumentException for an unknown code, with the message {@link #unknown} gives
     */
    public Indicator get(String code) {
        Indicator indicator = byCode.get(Objects.requireNonNull(code, "code"));
        if (indicator == null) {
            throw new IllegalArgumentException(unknown(code));
        }
        return indicator;
    }

    /**
     * The message for an unknown code: {@code unknown indicator 'grdp-grwth'; did you mean 'grdp-growth'?}.
     *
     * @param code the code asked for
     * @return the message, with a suggestion when a registered code is close
     */
    public String unknown(String code) {
        Objects.requireNonNull(code, "code");
        return "unknown indicator " + Echo.of(code) + Suggestions.didYouMean(code, byCode.keySet());
    }

    /**
     * Whether an indicator with this code is registered.
     *
     * @param code an indicator code
     * @return whether {@link #find} would find one
     */
    public boolean contains(String code) {
        Objects.requireNonNull(code, "code");
        return byCode.containsKey(code);
    }

    /**
     * Every indicator, ordered by code.
     *
     * @return an unmodifiable list, empty for the {@linkplain #empty() empty} registry
     */
    public List<Indicator> all() {
        return byCodeOrder;
    }

    /**
     * The shares that make up {@code structure}, ordered by code: for {@code grdp}, the shares of agriculture,
     * industry, services and product taxes.
     *
     * @param structure a structure code, such as {@link Indicators#GRDP_STRUCTURE}
     * @return an unmodifiable list, empty for an unknown structure
     */
    public List<Indicator> structure(String structure) {
        Objects.requireNonNull(structure, "structure");
        return byCodeOrder.stream().filter(i -> i.structure().filter(structure::equals).isPresent()).toList();
    }

    /**
     * How many indicators are registered.
     *
     * @return the number of indicators
     */
    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return "IndicatorRegistry" + byCode.keySet().stream().sorted().toList();
    }

    /**
     * Loaded on first use from the bundled file, which is a format 2 catalog object of indicators. It is read here,
     * not by the plan reader: the registry is part of the model, which the reader depends on, not the other way.
     */
    private static final class Bundled {
        static final IndicatorRegistry REGISTRY = load();

        private static IndicatorRegistry load() {
            try (InputStream in = IndicatorRegistry.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("provplan is missing its resource " + BUNDLED_RESOURCE);
                }
                return of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Reads the resource with Jackson's streaming parser: databind's tree cost a third of the command line's
         * start-up, for a file of 58 flat objects.
         */
        private static List<Indicator> read(InputStream in) {
            var indicators = new ArrayList<Indicator>();
            try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String section = parser.currentName();
                    if (parser.nextToken() != JsonToken.START_ARRAY || !section.equals("indicators")) {
                        parser.skipChildren();
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        indicators.add(indicator(parser));
                    }
                }
            }
            return indicators;
        }

        private static Indicator indicator(JsonParser parser) {
            String code = null;
            String labelVi = null;
            String labelEn = null;
            var units = new ArrayList<Unit>();
            Direction direction = null;
            Optional<String> structure = Optional.empty();
            boolean proportion = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "code" -> code = parser.getString();
                    case "labelVi" -> labelVi = parser.getString();
                    case "labelEn" -> labelEn = parser.getString();
                    case "direction" -> direction = Direction.fromCode(parser.getString());
                    case "structure" -> structure = Optional.of(parser.getString());
                    case "proportion" -> proportion = parser.getBooleanValue();
                    case "units" -> {
                        while (parser.nextToken() == JsonToken.VALUE_STRING) {
                            units.add(Unit.fromCode(parser.getString()));
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            return new Indicator(code, labelVi, labelEn, units, direction, structure, proportion);
        }
    }
}
