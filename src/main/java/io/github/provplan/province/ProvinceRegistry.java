package io.github.provplan.province;

import io.github.provplan.internal.Echo;
import io.github.provplan.internal.Suggestions;
import io.github.provplan.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Vietnam's provincial units before and from 1 July 2025, with the succession of Resolution 202/2025/QH15: which
 * former units formed which new one. Names resolve with or without diacritics, with or without "tỉnh" or
 * "thành phố", whatever stands between their words (a hyphen, a dash, a dot or a space; no other punctuation), and
 * by common aliases ({@code TP. HCM}, {@code Thừa Thiên Huế}). The sources of the data are named in the resource
 * {@code provinces.json} and in {@code docs/query.md}.
 *
 * <pre>{@code
 * ProvinceRegistry provinces = ProvinceRegistry.bundled();
 * Province tayNinh = provinces.resolve("tinh Tay Ninh");           // Tây Ninh, from 1 July 2025
 * provinces.predecessors(tayNinh);                                 // [Tây Ninh, Long An] before 1 July 2025
 * provinces.find("Long An", Era.FROM_JULY_2025);                    // empty: Long An became part of Tây Ninh
 * }</pre>
 *
 * <p>A registry is immutable, and safe to share between threads; it caches the answers of {@link #names} in
 * concurrent maps.
 */
public final class ProvinceRegistry {
    private static final String RESOURCE = "provinces.json";
    private static final List<String> PREFIXES = List.of("tinh ", "thanh pho ", "tp ");

    private final List<Province> units;
    private final Map<String, List<Province>> byFoldedName;
    private final Map<String, Set<String>> namesAlone = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> namesWithPredecessors = new java.util.concurrent.ConcurrentHashMap<>();

    private ProvinceRegistry(List<Province> units) {
        this.units = List.copyOf(units);
        var index = new HashMap<String, List<Province>>();
        for (Province unit : units) {
            var names = new ArrayList<String>(unit.aliases());
            names.add(unit.name());
            for (String name : names) {
                index.computeIfAbsent(key(name), k -> new ArrayList<>()).add(unit);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFoldedName = Map.copyOf(index);
    }

    /**
     * The bundled registry: the 63 units before 1 July 2025 and the 34 from then, read once, on first use.
     *
     * @return the bundled registry
     */
    public static ProvinceRegistry bundled() {
        return Bundled.REGISTRY;
    }

    /**
     * Every unit of one arrangement, in the order of the bundled resource.
     *
     * @param era the arrangement
     * @return an unmodifiable list of its units
     */
    public List<Province> units(Era era) {
        Objects.requireNonNull(era, "era");
        return units.stream().filter(u -> u.era() == era).toList();
    }

    /**
     * The unit a name refers to, if any. A name that both arrangements use (Lạng Sơn, Tây Ninh) refers to the unit
     * from 1 July 2025, and so does an alias listed for the earlier unit of such a name ("TP. Hải Phòng", "TP.
     * HCM"); a name only the earlier arrangement has (Long An) refers to that unit.
     *
     * @param name the name, with or without diacritics, "tỉnh" or "thành phố", or an alias
     * @return the unit, or empty when no unit has the name
     */
    public Optional<Province> find(String name) {
        Objects.requireNonNull(name, "name");
        List<Province> found = Text.isPlaceName(name) ? lookup(key(name)) : List.of();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return inEra(found, Era.FROM_JULY_2025).or(() -> Optional.of(found.get(0)));
    }

    /**
     * The unit of {@code era} a name refers to, if any: {@code find("Long An", Era.FROM_JULY_2025)} is empty, since
     * Long An became part of Tây Ninh; {@code find("Tây Ninh", Era.BEFORE_JULY_2025)} is the earlier Tây Ninh.
     *
     * @param name the name, with or without diacritics, "tỉnh" or "thành phố"
     * @param era  the arrangement
     * @return the unit, or empty
     */
    public Optional<Province> find(String name, Era era) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(era, "era");
        return Text.isPlaceName(name) ? inEra(lookup(key(name)), era) : Optional.empty();
    }

    /**
     * The unit of {@code era} among those a name found; or, as an alias listed for one arrangement ("TP. HCM", "TP
     * Hải Phòng") names the unit of the same name in the other, the unit of {@code era} with the name of one found.
     */
    private Optional<Province> inEra(List<Province> found, Era era) {
        Optional<Province> inEra = found.stream().filter(u -> u.era() == era).findFirst();
        if (inEra.isPresent() || found.isEmpty()) {
            return inEra;
        }
        return found.stream().flatMap(u -> lookup(key(u.name())).stream())
                .filter(u -> u.era() == era && found.stream().anyMatch(f -> f.name().equals(u.name()))).findFirst();
    }

    /**
     * A name as the registry compares names: its words folded (no case, no diacritics), so that a hyphen, an en
     * dash or none between the parts of "Bà Rịa - Vũng Tàu" and the dot of "TP. HCM" make no difference.
     */
    private static String key(String name) {
        return Text.words(name);
    }

    private List<Province> lookup(String folded) {
        List<Province> found = byFoldedName.get(folded);
        if (found != null) {
            return found;
        }
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix)) {
                return byFoldedName.getOrDefault(folded.substring(prefix.length()), List.of());
            }
        }
        return List.of();
    }

    /**
     * The unit a name refers to, as {@link #find(String)} finds it.
     *
     * @param name the name, with or without diacritics, "tỉnh" or "thành phố", or an alias
     * @return the unit
     * @throws IllegalArgumentException for an unknown name, suggesting the closest known one
     */
    public Province resolve(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(unknown(name)));
    }

    /**
     * The message for a name that is no unit of {@code era}: unknown altogether (with a suggestion), or a unit of
     * the other arrangement ({@code 'Long An' is a province before 1 July 2025, not from then on; from 1 July 2025
     * its area is part of Tây Ninh}).
     *
     * @param name the name asked for
     * @param era  the arrangement it was asked in
     * @return the message
     */
    public String unknown(String name, Era era) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(era, "era");
        Optional<Province> other = find(name);
        if (other.isEmpty()) {
            return unknown(name);
        }
        if (era == Era.FROM_JULY_2025) {
            return Echo.of(name) + " is a province before 1 July 2025, not from then on"
                    + successor(other.get()).map(s -> "; from 1 July 2025 its area is part of " + s.name())
                    .orElse("") + " (the scope's era is " + era.code() + ")";
        }
        return Echo.of(name) + " is a province from 1 July 2025, not before (the scope's era is " + era.code() + ")";
    }

    /**
     * The message for an unknown name: {@code unknown province 'Lang Sonn'; did you mean 'Lạng Sơn'?}.
     *
     * @param name the name asked for
     * @return the message, with a suggestion when a unit's name is close
     */
    public String unknown(String name) {
        Objects.requireNonNull(name, "name");
        Map<String, String> byFolded = new HashMap<>();
        units.forEach(u -> byFolded.putIfAbsent(key(u.name()), u.name()));
        String spelled = byFolded.get(key(name));
        if (spelled != null && !Text.isPlaceName(name)) {
            // Its words are a unit's, but not its other characters.
            return "unknown province " + Echo.of(name) + ": a name holds letters, digits, spaces, hyphens, "
                    + "dashes and full stops only; did you mean '" + spelled + "'?";
        }
        return "unknown province " + Echo.of(name) + Suggestions.closest(key(name), byFolded.keySet())
                .map(folded -> "; did you mean '" + byFolded.get(folded) + "'?").orElse("");
    }

    /**
     * The units a unit from 1 July 2025 was formed from; empty for an earlier unit.
     *
     * @param unit one of this registry's units
     * @return an unmodifiable list of the earlier units, in the order of {@link Province#formedFrom()}
     * @throws IllegalArgumentException if the unit is not one of this registry's (a {@link Province} made by the
     *                                  caller, naming units the registry does not have)
     */
    public List<Province> predecessors(Province unit) {
        requireOwn(unit);
        return unit.formedFrom().stream()
                .map(name -> units.stream().filter(u -> u.era() == Era.BEFORE_JULY_2025 && u.name().equals(name))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + unit.name()
                                + "' is formed from '" + name + "', which is no earlier unit of this registry")))
                .toList();
    }

    /**
     * The unit from 1 July 2025 that an earlier unit became part of: Tây Ninh for Long An.
     *
     * @param unit one of this registry's units
     * @return the later unit, or empty for a unit from 1 July 2025
     * @throws IllegalArgumentException if the unit is not one of this registry's
     */
    public Optional<Province> successor(Province unit) {
        requireOwn(unit);
        if (unit.era() == Era.FROM_JULY_2025) {
            return Optional.empty();
        }
        return units.stream().filter(u -> u.formedFrom().contains(unit.name())).findFirst();
    }

    /** Requires one of this registry's units: another unit's names and succession mean nothing here. */
    private void requireOwn(Province unit) {
        Objects.requireNonNull(unit, "unit");
        if (!units.contains(unit)) {
            throw new IllegalArgumentException(unit + " is not a unit of this registry");
        }
    }

    /**
     * The names a query for {@code name} matches: the unit's own name, and with {@code predecessors} the names of
     * the units it was formed from ({@code Tây Ninh} with predecessors is Tây Ninh and Long An).
     *
     * @param name         the name, as {@link #resolve} reads it
     * @param predecessors whether to add the names of the units it was formed from
     * @return an unmodifiable set of names
     * @throws IllegalArgumentException for an unknown name
     */
    public Set<String> names(String name, boolean predecessors) {
        Objects.requireNonNull(name, "name");
        // Queries ask this on every run; the answer for a name never changes.
        return (predecessors ? namesWithPredecessors : namesAlone).computeIfAbsent(name, n -> namesOf(n, predecessors));
    }

    private Set<String> namesOf(String name, boolean predecessors) {
        Province unit = resolve(name);
        var names = new LinkedHashSet<String>();
        names.add(unit.name());
        if (predecessors) {
            predecessors(unit).forEach(p -> names.add(p.name()));
        }
        return Set.copyOf(names);
    }

    @Override
    public String toString() {
        return "ProvinceRegistry[" + units(Era.BEFORE_JULY_2025).size() + " units before 1 July 2025, "
                + units(Era.FROM_JULY_2025).size() + " from 1 July 2025]";
    }

    private static final class Bundled {
        static final ProvinceRegistry REGISTRY = load();

        private static ProvinceRegistry load() {
            try (InputStream in = ProvinceRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("provplan is missing its resource " + RESOURCE);
                }
                return new ProvinceRegistry(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Reads the resource with Jackson's streaming parser, which start-up has loaded already. */
        private static List<Province> read(InputStream in) {
            var units = new ArrayList<Province>();
            try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String section = parser.currentName();
                    parser.nextToken();
                    if (section.equals("sources")) {
                        parser.skipChildren();
                        continue;
                    }
                    Era era = section.equals("before2025") ? Era.BEFORE_JULY_2025 : Era.FROM_JULY_2025;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        units.add(unit(parser, era));
                    }
                }
            }
            return units;
        }

        private static Province unit(JsonParser parser, Era era) {
            String code = null;
            String name = null;
            boolean city = false;
            var aliases = new ArrayList<String>();
            var formedFrom = new ArrayList<String>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "code" -> code = parser.getString();
                    case "name" -> name = parser.getString();
                    case "city" -> city = parser.getBooleanValue();
                    case "aliases" -> strings(parser, aliases);
                    case "formedFrom" -> strings(parser, formedFrom);
                    default -> parser.skipChildren();
                }
            }
            return new Province(code, name, era, city, aliases, formedFrom);
        }

        private static void strings(JsonParser parser, List<String> into) {
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                into.add(parser.getString());
            }
        }
    }
}
