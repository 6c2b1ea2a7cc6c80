package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A general objective or vision statement of a plan, in the plan's own words.
 *
 * <p>Objectives are immutable values, safe to share between threads.
 *
 * @param horizon the year or period the objective is for, where the text gives one (2030; the 2050 vision)
 * @param quote   the objective, verbatim
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Objective(Optional<YearRange> horizon, Quote quote) {
    /**
     * Creates an objective.
     *
     * @param horizon the year or period the objective is for, if the text gives one
     * @param quote   the objective, verbatim
     */
    public Objective {
        Checks.optional(horizon, "horizon");
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * The objective's text: the text of its quote.
     *
     * @return the text
     */
    public String text() {
        return quote.text();
    }

    @Override
    public String toString() {
        return horizon.map(h -> h + ": ").orElse("") + quote.text();
    }
}
