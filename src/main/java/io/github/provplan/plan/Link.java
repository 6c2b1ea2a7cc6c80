package io.github.provplan.plan;

import java.util.Objects;

/**
 * One document a plan names, and how it relates to it: {@code Link(ADJUSTS, 81/2023/QH15)}.
 *
 * <p>Links are immutable values, safe to share between threads.
 *
 * @param kind      how the plan relates to the other document
 * @param reference the other document
 */
public record Link(LinkKind kind, Reference reference) {
    /**
     * Creates a link.
     *
     * @param kind      how the plan relates to the other document
     * @param reference the other document
     */
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    /** {@code adjusts 81/2023/QH15}. */
    @Override
    public String toString() {
        return kind.code() + " " + reference;
    }
}
