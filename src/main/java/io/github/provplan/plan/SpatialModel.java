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
 * @param elements the parts, in the order the text gives them
 * @param quote    the words the model was taken from
 */
public record SpatialModel(List<SpatialElement> elements, Quote quote) {
    public SpatialModel {
        elements = Checks.list(elements, "elements");
        if (elements.isEmpty()) {
            throw new IllegalFieldException("elements", "a spatial model has at least one element");
        }
        Objects.requireNonNull(quote, "quote");
    }

    /** How many elements of {@code kind} the model has, 0 if none. */
    public int count(String kind) {
        java.util.Objects.requireNonNull(kind, "kind");
        return elements.stream().filter(e -> e.kind().equals(kind)).mapToInt(SpatialElement::count).sum();
    }

    @Override
    public String toString() {
        return elements.stream().map(SpatialElement::toString).collect(Collectors.joining(" - "));
    }
}
