package io.github.provplan.plan;

import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.List;
import java.util.Objects;

/**
 * What a province asks of the centre ("kiến nghị", "đề xuất").
 *
 * <p>Proposals are immutable values, safe to share between threads.
 *
 * @param from    who asks
 * @param to      whom it asks, at least one
 * @param request what it asks for
 * @param themes  what the request is about, at least one, none twice
 * @param quote   the words the proposal was taken from
 */
public record Proposal(Actor from, List<String> to, String request, List<Theme> themes, Quote quote) {
    /**
     * Creates a proposal, keeping its text in Unicode NFC and unmodifiable copies of its lists.
     *
     * @param from    who asks
     * @param to      whom it asks, at least one
     * @param request what it asks for
     * @param themes  what the request is about, at least one, none twice
     * @param quote   the words the proposal was taken from
     * @throws IllegalArgumentException if {@code to} is empty; if {@code request} or an element of {@code to} is
     *                                  blank or holds a disallowed character; or if {@code themes} is empty or lists a
     *                                  theme
     *                                  twice
     */
    public Proposal {
        Objects.requireNonNull(from, "from");
        to = Checks.textList(to, "to");
        if (to.isEmpty()) {
            throw new IllegalFieldException("to", "must name at least one addressee");
        }
        request = Checks.text(request, "request");
        themes = Checks.nonEmptyDistinctList(themes, "themes", Theme::code);
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * Whether the proposal is about {@code theme}: whether its {@link #themes()} list it.
     *
     * @param theme the theme
     * @return whether the proposal is about it
     */
    public boolean isAbout(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return themes.contains(theme);
    }

    @Override
    public String toString() {
        return from.body() + " → " + String.join(", ", to) + ": " + request;
    }
}
