package io.github.provplan.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Helpers to build the catalog's indexes: lists in catalog order, keyed by what a query asks for. */
final class Indexes {
    private Indexes() {
    }

    /** Groups values by every key {@code keys} gives them, keeping catalog order within each group. */
    static <K, V> Map<K, List<V>> by(List<V> values, Function<V, ? extends Collection<? extends K>> keys) {
        var groups = new HashMap<K, List<V>>();
        for (V value : values) {
            for (K key : keys.apply(value)) {
                List<V> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
                if (group.isEmpty() || group.get(group.size() - 1) != value) {
                    group.add(value);
                }
            }
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(groups);
    }

    /** The values of several groups, merged back into catalog order. */
    static <V> List<V> union(Collection<List<V>> groups, Comparator<V> catalogOrder) {
        if (groups.isEmpty()) {
            return List.of();
        }
        if (groups.size() == 1) {
            return groups.iterator().next();
        }
        var all = new ArrayList<V>();
        groups.forEach(all::addAll);
        all.sort(catalogOrder);
        return all;
    }
}
