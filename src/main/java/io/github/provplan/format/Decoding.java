package io.github.provplan.format;

import io.github.provplan.indicator.Unit;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The state shared by the decoders of one read: where problems go, and where each plan and declared indicator came
 * from, so that the checks made after decoding can point at the right line.
 */
final class Decoding {
    /** The source, pointer and JSON object a record was decoded from. */
    record Origin(String source, String pointer, Json.Obj node) {
        /** Where a record built in code stands: it has no line, so every problem is at line 1, column 1. */
        private static final Json NOWHERE = new Json.Null(1, 1);

        /** The position of {@code property} in the object, or of the object itself when it lacks the property. */
        Json at(String property) {
            if (node == null) {
                return NOWHERE;
            }
            Json value = node.get(property);
            return value == null ? node : value;
        }

        String pointer(String property) {
            return pointer + "/" + Json.segment(property);
        }

        /** The origin of the object that is {@code property} of this one. */
        Origin child(String property) {
            return new Origin(source, pointer(property), node == null ? null : (Json.Obj) node.get(property));
        }

        /** The origin of item {@code index} of the list that is {@code property} of this one. */
        Origin item(String property, int index) {
            Json.Obj item = node == null ? null : (Json.Obj) ((Json.Arr) node.get(property)).items.get(index);
            return new Origin(source, pointer(property) + "/" + index, item);
        }
    }

    /** Slots of the table of shared values: enough for the periods that recur in a corpus. */
    private static final int SHARED_SLOTS = 1 << 12;

    final Problems problems;
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    /** The units known so far in this read: the registry's, then those the input declares. */
    private final Map<String, Unit> units = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> declaredUnits = new java.util.LinkedHashSet<>();
    /** Reads a unit code among {@link #units}; one instance, so that {@link #parsed} knows it by identity. */
    final Function<String, Unit> unit = this::unit;
    /** The plans read from format 2, whose checks differ from format 1's. */
    private final java.util.Set<Object> formatTwo = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Object[] shared = new Object[SHARED_SLOTS];
    String source;

    Decoding(Problems problems) {
        this(problems, java.util.List.of());
    }

    Decoding(Problems problems, java.util.List<Unit> known) {
        this.problems = problems;
        known.forEach(u -> units.put(u.code(), u));
    }

    /** The unit of that code known in this read (bundled or declared), or null. */
    Unit knownUnit(String code) {
        return units.get(code);
    }

    private Unit unit(String code) {
        Unit found = units.get(code);
        if (found == null) {
            throw new IllegalArgumentException(Unit.unknown(code, units.keySet())
                    + "; declare new units in a catalog file's \"units\", before the plans that use them");
        }
        return found;
    }

    /** Makes a declared unit known to what is read after it; false when its code is taken. */
    boolean declare(Unit declared) {
        if (units.putIfAbsent(declared.code(), declared) != null) {
            return false;
        }
        declaredUnits.add(declared.code());
        return true;
    }

    /** Whether a unit code was declared by this read's input rather than known before it. */
    boolean isDeclared(String code) {
        return declaredUnits.contains(code);
    }

    /** Marks a plan as read from format 2. */
    void formatTwo(Object plan) {
        formatTwo.add(plan);
    }

    /** Whether a plan was read from format 2. */
    boolean isFormatTwo(Object plan) {
        return formatTwo.contains(plan);
    }

    void problem(Json at, Pointer pointer, String message) {
        problems.at(source, at, pointer.toString(), message);
    }

    /**
     * Remembers where a record came from, unless the problems {@linkplain Problems#failsFast() fail fast}: such a read
     * never asks, and keeping origins kept every plan's parsed tree alive until the end of the read (gigabytes for a
     * national corpus).
     */
    /** Records that no longer stand at their index in their list, because an item before them had problems. */
    private final Map<Object, Origin> shiftedItems = new IdentityHashMap<>();
    /**
     * Every plan decoded since the last {@link #takeDecoded}, in input order, and with them, at their place, those
     * that did not decode as far as they did ({@link #partial}): the cross-checks run over both, in order, so that a
     * duplicate id names the first plan as first.
     */
    private final java.util.List<io.github.provplan.plan.Plan> decoded = new java.util.ArrayList<>();
    /** The partial plans among {@link #decoded}: cross-checked, never handed over. */
    private final java.util.Set<Object> partials = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The partial plans some of whose sources had problems: a quote may name one of those. */
    private final java.util.Set<Object> sourcesIncomplete =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** The codes of declared indicators that had problems, whose records are not also told the code is unknown. */
    private final java.util.Set<String> brokenIndicators = new java.util.HashSet<>();
    /** The structures of declared indicators that had problems: a structure may lack a share because of one. */
    private final java.util.Set<String> brokenStructures = new java.util.HashSet<>();
    /** Whether a declared indicator that had problems had an unreadable structure, which may be any. */
    private boolean brokenStructure;

    /**
     * Notes a declared indicator that did not decode: {@code code} null when its code was what was wrong,
     * {@code structure} its readable structure if any, and {@code unreadableStructure} when it gave one that could
     * not be read.
     */
    void brokenIndicator(String code, java.util.Optional<String> structure, boolean unreadableStructure) {
        if (code != null) {
            brokenIndicators.add(code);
        }
        structure.ifPresent(brokenStructures::add);
        brokenStructure |= unreadableStructure;
    }

    /** Whether an unknown indicator code is that of a declared indicator which had problems. */
    boolean isBrokenIndicator(String code) {
        return brokenIndicators.contains(code);
    }

    /** Whether a share of the structure may be missing from the registry because its declaration had problems. */
    boolean mayLackShares(String structure) {
        return brokenStructure || brokenStructures.contains(structure);
    }

    /** Remembers where a list item came from that stands after a dropped item. */
    void rememberItem(Object record, Pointer pointer, Json.Obj node) {
        if (!problems.failsFast()) {
            shiftedItems.put(record, new Origin(source, pointer.toString(), node));
        }
    }

    /** Where a list item came from, when it no longer stands at its index; otherwise null. */
    Origin shiftedItem(Object record) {
        return shiftedItems.isEmpty() ? null : shiftedItems.get(record);
    }

    /** Keeps what decoded of a plan that did not, for the cross-checks. */
    void partial(io.github.provplan.plan.Plan plan, Pointer pointer, Json.Obj node, boolean sourcesComplete,
                 boolean two) {
        origins.put(plan, new Origin(source, pointer.toString(), node));
        if (two) {
            formatTwo.add(plan);
        }
        if (!sourcesComplete) {
            sourcesIncomplete.add(plan);
        }
        partials.add(plan);
        decoded.add(plan);
    }

    /** Notes a plan that decoded (or was built in code), for the cross-checks. */
    void decoded(io.github.provplan.plan.Plan plan) {
        decoded.add(plan);
    }

    /** The plans decoded since the last call, partial ones at their place, in input order; forgets them. */
    java.util.List<io.github.provplan.plan.Plan> takeDecoded() {
        var taken = java.util.List.copyOf(decoded);
        decoded.clear();
        return taken;
    }

    /** Whether a plan is kept only as far as it decoded, for the cross-checks. */
    boolean isPartial(Object plan) {
        return partials.contains(plan);
    }

    /** Whether a plan is a partial one some of whose sources had problems. */
    boolean hasIncompleteSources(Object plan) {
        return sourcesIncomplete.contains(plan);
    }

    /** Remembers a record built in code, which problems name by {@code source} and its pointer alone. */
    void rememberBuilt(Object record, String source, String pointer) {
        origins.put(record, new Origin(source, pointer, null));
    }

    void remember(Object record, Pointer pointer, Json.Obj node) {
        if (!problems.failsFast()) {
            origins.put(record, new Origin(source, pointer.toString(), node));
        }
    }

    /**
     * The instance of an immutable value equal to {@code value} met last in its slot in this read, or {@code value}
     * itself. A national corpus has 150,000 targets and two dozen periods; kept anew for each record, periods were
     * much of its heap. The table is direct-mapped, as {@link ShortStrings}, which shares short text. Figures are not
     * shared: most are met once, and comparing each with the one in its slot cost 4-9% of a load for a few megabytes
     * (docs/performance.md); a table of figures alone cost 17% of a ready-to-query load in pairs (step 24).
     */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        int hash = value.hashCode();
        int slot = (hash ^ hash >>> 16) & (SHARED_SLOTS - 1);
        Object known = shared[slot];
        if (value.equals(known)) {
            return (T) known;
        }
        shared[slot] = value;
        return value;
    }

    /** Slots of the table of parsed texts. */
    private static final int PARSED_SLOTS = 1 << 10;

    private final String[] parsedTexts = new String[PARSED_SLOTS];
    private final Object[] parsers = new Object[PARSED_SLOTS];
    private final Object[] parsedValues = new Object[PARSED_SLOTS];

    /**
     * What {@code parser} makes of {@code text}, parsed again only when its slot last held another text or parser.
     * Records repeat a few short texts (periods, units, dates, codes) that {@link ShortStrings} makes one instance
     * each, so a text is known by its identity; parsers are pure and make immutable values. Parsing them for every
     * record was a tenth of decoding. A parser's exception passes through, and nothing is kept.
     */
    @SuppressWarnings("unchecked")
    <T> T parsed(String text, Function<String, T> parser) {
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & (PARSED_SLOTS - 1);
        if (parsedTexts[slot] == text && parsers[slot] == parser) {
            return (T) parsedValues[slot];
        }
        T value = parser.apply(text);
        parsedTexts[slot] = text;
        parsers[slot] = parser;
        parsedValues[slot] = value;
        return value;
    }

    /** Drops what is remembered of a record, so that a long stream of plans holds one at a time. */
    void forget(Object record) {
        origins.remove(record);
        formatTwo.remove(record);
        sourcesIncomplete.remove(record);
        partials.remove(record);
        shiftedItems.clear(); // a stream holds one plan at a time, and these were items of the plan forgotten
    }

    /** Where a plan or declared indicator decoded in this read came from. */
    Origin origin(Object record) {
        if (problems.failsFast()) {
            throw Problems.Found.INSTANCE; // only a problem asks where a record came from
        }
        Origin origin = origins.get(record);
        if (origin == null) {
            throw new IllegalStateException("not decoded in this read: " + record);
        }
        return origin;
    }
}
