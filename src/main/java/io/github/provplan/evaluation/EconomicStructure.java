package io.github.provplan.evaluation;

import io.github.provplan.internal.Echo;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shares of one structure (such as the four sectors of GRDP) for one period: their sum, whether every share
 * is given, and the gap to another structure, sector by sector.
 *
 * @param structure  the structure, such as {@code grdp}
 * @param shares     share in percent by indicator code, in the registry's order
 * @param members    the codes of every share of the structure
 */
public record EconomicStructure(String structure, Map<String, BigDecimal> shares, List<String> members) {
    public EconomicStructure {
        Objects.requireNonNull(structure, "structure");
        shares = Map.copyOf(shares);
        members = List.copyOf(members);
        for (String code : shares.keySet()) {
            if (!members.contains(code)) {
                throw new IllegalArgumentException(Echo.of(code) + " is not a share of " + structure);
            }
        }
    }

    /**
     * A structure of the given shares.
     *
     * @throws IllegalArgumentException if the structure is unknown, or a code is not one of its shares
     */
    public static EconomicStructure of(IndicatorRegistry indicators, String structure, Map<String, BigDecimal> shares) {
        List<String> members = indicators.structure(structure).stream().map(Indicator::code).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no indicator is a share of " + Echo.of(structure));
        }
        return new EconomicStructure(structure, shares, members);
    }

    /** The sum of the shares given. */
    public BigDecimal sum() {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every share of the structure is given. */
    public boolean isComplete() {
        return shares.keySet().containsAll(members);
    }

    /** The shares not given. */
    public List<String> missing() {
        return members.stream().filter(code -> !shares.containsKey(code)).toList();
    }

    /**
     * This structure's share minus {@code target}'s, for every share both give, in the structure's order: a positive
     * gap means this structure has more of that sector.
     *
     * @throws IllegalArgumentException if the two are different structures
     */
    public Map<String, BigDecimal> gapTo(EconomicStructure target) {
        if (!structure.equals(target.structure)) {
            throw new IllegalArgumentException("cannot compare " + structure + " with " + target.structure);
        }
        var gaps = new LinkedHashMap<String, BigDecimal>();
        for (String code : members) {
            if (shares.containsKey(code) && target.shares.containsKey(code)) {
                gaps.put(code, shares.get(code).subtract(target.shares.get(code)));
            }
        }
        return java.util.Collections.unmodifiableMap(gaps);
    }
}
