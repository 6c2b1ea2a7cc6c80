package io.github.provplan.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        return frozen(groups);
    }

    /** Groups values by the one key each has, keeping catalog order within each group. */
    static <K, V> Map<K, List<V>> byKey(List<V> values, Function<V, K> key) {
        var groups = new HashMap<K, List<V>>();
        for (V value : values) {
            groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value);
        }
        return frozen(groups);
    }

    /** The groups made unmodifiable without copying them: no one else holds the lists. */
    private static <K, V> Map<K, List<V>> frozen(HashMap<K, List<V>> groups) {
        groups.replaceAll((k, v) -> {
            ((ArrayList<V>) v).trimToSize();
            return Collections.unmodifiableList(v);
        });
        return Collections.unmodifiableMap(groups);
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
