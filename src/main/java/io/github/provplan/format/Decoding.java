package io.github.provplan.format;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The state shared by the decoders of one read: where problems go, and where each decoded record came from, so
 * that the checks made after decoding can point at the right line.
 */
final class Decoding {
    /** The source, pointer and JSON object a record was decoded from. */
    record Origin(String source, String pointer, Json.Obj node) {
        /** The position of {@code property} in the object, or of the object itself when it lacks the property. */
        Json at(String property) {
            Json.Member member = node.member(property);
            return member == null ? node : member.value();
        }

        String pointer(String property) {
            return pointer + "/" + Json.segment(property);
        }
    }

    final Problems problems;
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    String source;

    Decoding(Problems problems) {
        this.problems = problems;
    }

    void problem(Json at, String pointer, String message) {
        problems.at(source, at, pointer, message);
    }

    void remember(Object record, String pointer, Json.Obj node) {
        origins.put(record, new Origin(source, pointer, node));
    }

    /** Where a record decoded in this read came from. */
    Origin origin(Object record) {
        Origin origin = origins.get(record);
        if (origin == null) {
            throw new IllegalStateException("not decoded in this read: " + record);
        }
        return origin;
    }
}
