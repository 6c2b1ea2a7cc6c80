package io.github.provplan.plan;

import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.List;
import java.util.Objects;

/**
 * What a province asks of the centre ("kiến nghị", "đề xuất").
 *
 * @param from    who asks
 * @param to      whom it asks, at least one
 * @param request what it asks for
 * @param themes  what the request is about, at least one, none twice
 * @param quote   the words the proposal was taken from
 */
public record Proposal(Actor from, List<String> to, String request, List<Theme> themes, Quote quote) {
    public Proposal {
        Objects.requireNonNull(from, "from");
        to = Checks.textList(to, "to");
        if (to.isEmpty()) {
            throw new IllegalFieldException("to", "must name at least one addressee");
        }
        request = Checks.text(request, "request");
        themes = Checks.nonEmptyDistinctList(themes, "themes");
        Objects.requireNonNull(quote, "quote");
    }

    /** Whether the proposal is about {@code theme}. */
    public boolean isAbout(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return themes.contains(theme);
    }

    @Override
    public String toString() {
        return from.body() + " → " + String.join(", ", to) + ": " + request;
    }
}
