package io.github.provplan.plan;

import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a plan organises the province's space, such as "Một trung tâm - Hai hành lang kinh tế - Ba vùng kinh tế
 * xã hội - Sáu trục động lực": 1 centre, 2 economic corridors, 3 socio-economic regions, 6 growth axes.
 *
 * <p>Spatial models are immutable values, safe to share between threads.
 *
 * @param elements the parts, in the order the text gives them
 * @param quote    the words the model was taken from
 */
public record SpatialModel(List<SpatialElement> elements, Quote quote) {
    /**
     * Creates a spatial model, keeping an unmodifiable copy of its elements.
     *
     * @param elements the parts, in the order the text gives them, at least one
     * @param quote    the words the model was taken from
     * @throws IllegalArgumentException if {@code elements} is empty
     * @throws NullPointerException if an element is null, naming its place ({@code elements[1]})
     */
    public SpatialModel {
        elements = Checks.list(elements, "elements");
        if (elements.isEmpty()) {
            throw new IllegalFieldException("elements", "a spatial model has at least one element");
        }
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * How many elements of {@code kind} the model has: {@code count("hành lang kinh tế")} is 2 for the model above.
     *
     * @param kind the kind, compared exactly with each element's
     * @return the sum of the counts of the elements of that kind, 0 if none
     */
    public int count(String kind) {
        java.util.Objects.requireNonNull(kind, "kind");
        return elements.stream().filter(e -> e.kind().equals(kind)).mapToInt(SpatialElement::count).sum();
    }

    @Override
    public String toString() {
        return elements.stream().map(SpatialElement::toString).collect(Collectors.joining(" - "));
    }
}
