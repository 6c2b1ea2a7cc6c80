package io.github.provplan.plan;

import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;

/**
 * One part of a spatial development model: "Hai hành lang kinh tế" is 2 of the kind {@code hành lang kinh tế}.
 *
 * <p>Spatial elements are immutable values, safe to share between threads.
 *
 * @param count how many the model has
 * @param kind  what they are, in the text's words (trung tâm, hành lang kinh tế, vùng kinh tế xã hội, trục động lực)
 */
public record SpatialElement(int count, String kind) {
    /**
     * Creates an element, keeping its kind in Unicode NFC.
     *
     * @param count how many the model has, at least 1
     * @param kind  what they are, in the text's words
     * @throws IllegalArgumentException if {@code count} is below 1, or {@code kind} is blank or holds a disallowed
     *                                  character
     */
    public SpatialElement {
        if (count < 1) {
            throw new IllegalFieldException("count", "must be at least 1, not " + count);
        }
        kind = Checks.text(kind, "kind");
    }

    @Override
    public String toString() {
        return count + " " + kind;
    }
}
