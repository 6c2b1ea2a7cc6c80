package io.github.provplan.evaluation;

import io.github.provplan.internal.Echo;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shares of one structure (such as the four sectors of GRDP) for one period: their sum, whether every share
 * is given, and the gap to another structure, sector by sector.
 *
 * <pre>{@code
 * EconomicStructure now = EconomicStructure.of(IndicatorRegistry.bundled(), Indicators.GRDP_STRUCTURE, Map.of(
 *         Indicators.GRDP_SHARE_AGRICULTURE, new BigDecimal("27.5"),
 *         Indicators.GRDP_SHARE_INDUSTRY, new BigDecimal("30.2")));
 * now.isComplete();   // false: services and product taxes are missing
 * now.missing();      // [grdp-share-services, grdp-share-taxes]
 * }</pre>
 *
 * <p>Structures are immutable values, safe to share between threads.
 *
 * @param structure  the structure, such as {@code grdp}
 * @param shares     share in percent by indicator code, in an unmodifiable map whose iteration order is unspecified
 *                   ({@link #members()} gives the structure's order); each a figure as documents give them (at most
 *                   10^18, 12 decimal places), so that sums and gaps stay small
 * @param members    the codes of every share of the structure
 */
public record EconomicStructure(String structure, Map<String, BigDecimal> shares, List<String> members) {
    /**
     * A structure, keeping an unmodifiable copy of its shares (each without trailing zeros) and of its members.
     *
     * @param structure the structure's code, such as {@code grdp}
     * @param shares    share in percent by indicator code; a subset of the members
     * @param members   the codes of every share of the structure
     * @throws NullPointerException     if an argument, a code or a share is null
     * @throws IllegalArgumentException if the structure's code is not a lower-kebab-case code, a member is given
     *                                  twice, a code is not one of the members, or a share is outside 0 to 100, beyond
     *                                  10^18 or has more than 12 decimal places
     */
    public EconomicStructure {
        Checks.slug(Objects.requireNonNull(structure, "structure"), "structure");
        shares = copy(shares);
        members = Checks.distinctList(members, "members");
        shares.forEach((code, share) -> {
            if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("the share of " + Echo.of(code) + " must lie between 0 and 100, "
                        + "not " + share.toPlainString());
            }
        });
        for (String code : shares.keySet()) {
            if (!members.contains(code)) {
                throw new IllegalArgumentException(Echo.of(code) + " is not a share of " + structure);
            }
        }
    }

    private static Map<String, BigDecimal> copy(Map<String, BigDecimal> shares) {
        Objects.requireNonNull(shares, "shares");
        var copy = new LinkedHashMap<String, BigDecimal>();
        shares.forEach((code, share) -> {
            Objects.requireNonNull(code, "shares key");
            copy.put(code, Figures.normalize(share, "shares value for '" + code + "'"));
        });
        return Map.copyOf(copy);
    }

    /**
     * A structure of the given shares, its members being the registry's shares of {@code structure}, in code order.
     *
     * @param indicators the registry that knows the structure's shares, such as {@link IndicatorRegistry#bundled()}
     * @param structure  the structure's code, such as {@link io.github.provplan.indicator.Indicators#GRDP_STRUCTURE}
     * @param shares     share in percent by indicator code; some or all of the structure's shares
     * @return the structure
     * @throws NullPointerException     if an argument, a code or a share is null
     * @throws IllegalArgumentException if the structure is unknown, a code is not one of its shares, or a share is
     *                                  beyond 10^18 or has more than 12 decimal places
     */
    public static EconomicStructure of(IndicatorRegistry indicators, String structure, Map<String, BigDecimal> shares) {
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(structure, "structure");
        shares = copy(shares);
        List<String> members = indicators.structure(structure).stream().map(Indicator::code).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no indicator is a share of " + Echo.of(structure));
        }
        return new EconomicStructure(structure, shares, members);
    }

    /**
     * The sum of the shares given: 100 for a complete structure whose shares add up.
     *
     * @return the sum, 0 when no share is given
     */
    public BigDecimal sum() {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether every share of the structure is given.
     *
     * @return whether {@link #shares()} has a figure for each of {@link #members()}
     */
    public boolean isComplete() {
        return shares.keySet().containsAll(members);
    }

    /**
     * The shares not given.
     *
     * @return an unmodifiable list of their codes, in the order of {@link #members()}; empty when complete
     */
    public List<String> missing() {
        return members.stream().filter(code -> !shares.containsKey(code)).toList();
    }

    /**
     * This structure's share minus {@code target}'s, for every share both give, in the structure's order: a positive
     * gap means this structure has more of that sector.
     *
     * @param target the structure to compare with, such as a plan's target structure for 2030
     * @return an unmodifiable map of the gaps, in percentage points, by code in the order of {@link #members()};
     *         empty when no share is given by both
     * @throws IllegalArgumentException if the two are different structures
     */
    public Map<String, BigDecimal> gapTo(EconomicStructure target) {
        Objects.requireNonNull(target, "target");
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
