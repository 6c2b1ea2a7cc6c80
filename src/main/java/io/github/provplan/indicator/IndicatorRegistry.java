package io.github.provplan.indicator;

import io.github.provplan.format.PlanReader;
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

/**
 * An immutable set of indicators, looked up by code. {@link #bundled()} holds the well-known ones; a data file
 * may declare more, which {@link #with(Collection)} adds.
 */
public final class IndicatorRegistry {
    private static final String BUNDLED_RESOURCE = "indicators.json";
    private static final IndicatorRegistry EMPTY = new IndicatorRegistry(Map.of());

    private final Map<String, Indicator> byCode;
    private final List<Indicator> byCodeOrder;

    private IndicatorRegistry(Map<String, Indicator> byCode) {
        this.byCode = byCode;
        var sorted = new ArrayList<>(byCode.values());
        sorted.sort(Comparator.comparing(Indicator::code));
        this.byCodeOrder = List.copyOf(sorted);
    }

    /** The registry with no indicators. */
    public static IndicatorRegistry empty() {
        return EMPTY;
    }

    /** The indicators that ship with provplan (see {@link Indicators} for their codes). */
    public static IndicatorRegistry bundled() {
        return Bundled.REGISTRY;
    }

    /**
     * A registry of exactly these indicators.
     *
     * @throws IllegalArgumentException if two share a code
     */
    public static IndicatorRegistry of(Collection<Indicator> indicators) {
        return EMPTY.with(indicators);
    }

    /**
     * This registry plus {@code more}.
     *
     * @throws IllegalArgumentException if a code is already registered or given twice
     */
    public IndicatorRegistry with(Collection<Indicator> more) {
        Objects.requireNonNull(more, "more");
        if (more.isEmpty()) {
            return this;
        }
        var merged = new LinkedHashMap<>(byCode);
        for (Indicator indicator : more) {
            if (merged.putIfAbsent(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("indicator '" + indicator.code() + "' is defined twice");
            }
        }
        return new IndicatorRegistry(Map.copyOf(merged));
    }

    /** The indicator with this code, if registered. */
    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The indicator with this code.
     *
     * @throws IllegalArgumentException for an unknown code, suggesting the closest known one
     */
    public Indicator get(String code) {
        Indicator indicator = byCode.get(Objects.requireNonNull(code, "code"));
        if (indicator == null) {
            throw new IllegalArgumentException(unknown(code));
        }
        return indicator;
    }

    /** The message for an unknown code: {@code unknown indicator 'grdp-grwth'; did you mean 'grdp-growth'?}. */
    public String unknown(String code) {
        return "unknown indicator '" + code + "'" + Suggestions.didYouMean(code, byCode.keySet());
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** Every indicator, ordered by code. */
    public List<Indicator> all() {
        return byCodeOrder;
    }

    /** The shares that make up {@code structure}, ordered by code; empty for an unknown structure. */
    public List<Indicator> structure(String structure) {
        return byCodeOrder.stream().filter(i -> i.structure().filter(structure::equals).isPresent()).toList();
    }

    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return "IndicatorRegistry" + byCode.keySet().stream().sorted().toList();
    }

    /** Loaded on first use, so that reading the bundled file itself never needs the bundled registry. */
    private static final class Bundled {
        static final IndicatorRegistry REGISTRY = load();

        private static IndicatorRegistry load() {
            try (InputStream in = IndicatorRegistry.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("provplan is missing its resource " + BUNDLED_RESOURCE);
                }
                return of(PlanReader.create(EMPTY).read(in, "bundled:" + BUNDLED_RESOURCE).indicators());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
