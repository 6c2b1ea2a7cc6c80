package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A pillar of development a plan or a leader names: "Nông nghiệp sinh thái là trọng tâm" is the pillar
 * {@code Nông nghiệp sinh thái} with the role {@code trọng tâm}.
 *
 * <p>Pillars are immutable values, safe to share between threads.
 *
 * @param name  the pillar, in the text's words
 * @param role  the role the text gives it (trọng tâm, đột phá, bệ đỡ…), if any
 * @param quote the words it was taken from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Pillar(String name, Optional<String> role, Quote quote) {
    /**
     * Creates a pillar, keeping its text in Unicode NFC.
     *
     * @param name  the pillar, in the text's words
     * @param role  the role the text gives it, if any
     * @param quote the words it was taken from
     * @throws IllegalArgumentException if {@code name} or a present {@code role} is blank or holds a disallowed
     *                                  character
     */
    public Pillar {
        name = Checks.text(name, "name");
        role = Checks.optionalText(role, "role");
        Objects.requireNonNull(quote, "quote");
    }

    @Override
    public String toString() {
        return name + role.map(r -> " (" + r + ")").orElse("");
    }
}
