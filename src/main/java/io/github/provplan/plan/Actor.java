package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * An authority that issues, directs or proposes, and the person acting for it where the text names one.
 *
 * <p>Actors are immutable values, safe to share between threads.
 *
 * @param body   the authority as the text names it, such as {@code Thủ tướng Chính phủ} or {@code UBND tỉnh Long An}
 * @param person the person, such as {@code Phạm Minh Chính}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Actor(String body, Optional<String> person) {
    /**
     * Creates an actor, keeping its text in Unicode NFC.
     *
     * @param body   the authority as the text names it
     * @param person the person, if the text names one
     * @throws IllegalArgumentException if {@code body} or a present {@code person} is blank or holds a disallowed
     *                                  character
     */
    public Actor {
        body = Checks.text(body, "body");
        person = Checks.optionalText(person, "person");
    }

    /**
     * An authority with no person named: {@code Actor.of("Thủ tướng Chính phủ")}.
     *
     * @param body the authority as the text names it
     * @return the actor
     * @throws IllegalArgumentException if {@code body} is blank or holds a disallowed character
     */
    public static Actor of(String body) {
        return new Actor(body, Optional.empty());
    }

    /**
     * An authority and the person acting for it: {@code Actor.of("Thủ tướng Chính phủ", "Phạm Minh Chính")}.
     *
     * @param body   the authority as the text names it
     * @param person the person
     * @return the actor
     * @throws IllegalArgumentException if {@code body} or {@code person} is blank or holds a disallowed character
     */
    public static Actor of(String body, String person) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(person, "person");
        return new Actor(body, Optional.of(person));
    }

    @Override
    public String toString() {
        return body + person.map(p -> " (" + p + ")").orElse("");
    }

    // Written out for the command line's start-up: a record's own are made through invokedynamic on first call
    // (docs/performance.md, step 32).
    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && body.equals(that.body) && person.equals(that.person);
    }

    @Override
    public int hashCode() {
        return 31 * body.hashCode() + person.hashCode();
    }
}
