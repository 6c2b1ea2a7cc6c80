package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action that an authority directs someone to take: "gửi về Văn phòng UBND tỉnh để tổng hợp trước ngày
 * 15/01/2023" is an action with a deadline of 2023-01-15.
 *
 * <p>Directives are immutable values, safe to share between threads.
 *
 * @param by       who directs
 * @param to       who must act
 * @param action   what must be done, in the text's words or a faithful short form of them
 * @param themes   what the action is about, at least one, none twice
 * @param deadline the date the text sets, at the precision it gives ("trước ngày 15/01/2023" is 2023-01-15)
 * @param quote    the words the directive was taken from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Directive(Actor by, Assignees to, String action, List<Theme> themes, Optional<PartialDate> deadline,
                        Quote quote) {
    /**
     * Creates a directive, keeping its action in Unicode NFC and an unmodifiable copy of its themes.
     *
     * @param by       who directs
     * @param to       who must act
     * @param action   what must be done
     * @param themes   what the action is about, at least one, none twice
     * @param deadline the date the text sets, if any
     * @param quote    the words the directive was taken from
     * @throws IllegalArgumentException if {@code action} is blank or holds a disallowed character, or {@code themes} is
     *                                  empty or
     *                                  lists a theme twice
     */
    public Directive {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(to, "to");
        action = Checks.text(action, "action");
        themes = Checks.nonEmptyDistinctList(themes, "themes", Theme::code);
        Checks.optional(deadline, "deadline");
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * Whether the directive is about {@code theme}: whether its {@link #themes()} list it.
     *
     * @param theme the theme
     * @return whether the directive is about it
     */
    public boolean isAbout(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return themes.contains(theme);
    }

    @Override
    public String toString() {
        return by.body() + " → " + to + ": " + action + deadline.map(d -> " (by " + d + ")").orElse("");
    }
}
