package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.Objects;
import java.util.Optional;

/**
 * Another document that a plan implements or cites, by number, title or both.
 *
 * @param number the document number, such as {@code 686/QĐ-TTg}
 * @param title  the title or description as the text gives it
 * @param date   the date the text gives for it
 * @param plan   the {@link Plan#id()} of the document, where it is itself in the catalog
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reference(Optional<DocumentNumber> number, Optional<String> title, Optional<PartialDate> date,
                        Optional<String> plan) {
    public Reference {
        Checks.optional(number, "number");
        title = Checks.optionalText(title, "title");
        Checks.optional(date, "date");
        Checks.optional(plan, "plan").ifPresent(id -> Checks.slug(id, "plan"));
        if (number.isEmpty() && title.isEmpty()) {
            throw new IllegalFieldException("title", "a reference needs a number or a title");
        }
    }

    /** A document known by its number. */
    public static Reference of(DocumentNumber number) {
        Objects.requireNonNull(number, "number");
        return new Reference(Optional.of(number), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A document known by its title only. */
    public static Reference titled(String title) {
        Objects.requireNonNull(title, "title");
        return new Reference(Optional.empty(), Optional.of(title), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        number.ifPresent(text::append);
        title.ifPresent(t -> text.append(text.length() > 0 ? " " : "").append(t));
        date.ifPresent(d -> text.append(" (").append(d).append(')'));
        return text.toString();
    }
}
