package io.github.provplan.format;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The state shared by the decoders of one read: where problems go, and where each plan and declared indicator came
 * from, so that the checks made after decoding can point at the right line.
 */
final class Decoding {
    /** The source, pointer and JSON object a record was decoded from. */
    record Origin(String source, String pointer, Json.Obj node) {
        /** The position of {@code property} in the object, or of the object itself when it lacks the property. */
        Json at(String property) {
            Json value = node.get(property);
            return value == null ? node : value;
        }

        String pointer(String property) {
            return pointer + "/" + Json.segment(property);
        }

        /** The origin of the object that is {@code property} of this one. */
        Origin child(String property) {
            return new Origin(source, pointer(property), (Json.Obj) node.get(property));
        }

        /** The origin of item {@code index} of the list that is {@code property} of this one. */
        Origin item(String property, int index) {
            var list = (Json.Arr) node.get(property);
            return new Origin(source, pointer(property) + "/" + index, (Json.Obj) list.items.get(index));
        }
    }

    /** Room for the periods and most figures of a national corpus, and a bound for a hostile stream. */
    private static final int MOST_SHARED = 1 << 16;

    final Problems problems;
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();
    String source;

    Decoding(Problems problems) {
        this.problems = problems;
    }

    void problem(Json at, Pointer pointer, String message) {
        problems.at(source, at, pointer.toString(), message);
    }

    /**
     * Remembers where a record came from, unless the problems {@linkplain Problems#failsFast() fail fast}: such a read
     * never asks, and keeping origins kept every plan's parsed tree alive until the end of the read (gigabytes for a
     * national corpus).
     */
    void remember(Object record, Pointer pointer, Json.Obj node) {
        if (!problems.failsFast()) {
            origins.put(record, new Origin(source, pointer.toString(), node));
        }
    }

    /**
     * The instance of an immutable value equal to {@code value} met before in this read, or {@code value} itself.
     * A national corpus has 150,000 targets, two dozen periods and a few figures that come back again and again (9%,
     * 100%); kept anew for each record, periods and figures were a tenth of its heap. Short text is shared by the
     * parser ({@link ShortStrings}).
     */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        Object known = shared.get(value);
        if (known != null) {
            return (T) known;
        }
        if (shared.size() < MOST_SHARED) {
            shared.put(value, value);
        }
        return value;
    }

    /** Drops what is remembered of a record, so that a long stream of plans holds one at a time. */
    void forget(Object record) {
        origins.remove(record);
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
