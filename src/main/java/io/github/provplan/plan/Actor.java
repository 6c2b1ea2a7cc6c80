package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * An authority that issues, directs or proposes, and the person acting for it where the text names one.
 *
 * @param body   the authority as the text names it, such as {@code Thủ tướng Chính phủ} or {@code UBND tỉnh Long An}
 * @param person the person, such as {@code Phạm Minh Chính}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Actor(String body, Optional<String> person) {
    public Actor {
        body = Checks.text(body, "body");
        person = Checks.optionalText(person, "person");
    }

    public static Actor of(String body) {
        return new Actor(body, Optional.empty());
    }

    public static Actor of(String body, String person) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(person, "person");
        return new Actor(body, Optional.of(person));
    }

    @Override
    public String toString() {
        return body + person.map(p -> " (" + p + ")").orElse("");
    }
}
