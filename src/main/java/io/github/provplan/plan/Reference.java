package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.Objects;
import java.util.Optional;

/**
 * Another document that a plan implements or cites, by number, title or both.
 *
 * <p>References are immutable values, safe to share between threads.
 *
 * @param number the document number, such as {@code 686/QĐ-TTg}
 * @param title  the title or description as the text gives it
 * @param date   the date the text gives for it
 * @param plan   the {@link Plan#id()} of the document, where it is itself in the catalog
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reference(Optional<DocumentNumber> number, Optional<String> title, Optional<PartialDate> date,
                        Optional<String> plan) {
    /**
     * Creates a reference, keeping its title in Unicode NFC.
     *
     * @param number the document number, if known
     * @param title  the title or description, if the text gives one
     * @param date   the date the text gives for it
     * @param plan   the id of the document in the catalog, if it is there
     * @throws IllegalArgumentException if both {@code number} and {@code title} are empty; if a present {@code title}
     *                                  is blank or holds a disallowed character; or if a present {@code plan} is not a
     *                                  lower-kebab-case
     *                                  slug
     */
    public Reference {
        Checks.optional(number, "number");
        title = Checks.optionalText(title, "title");
        Checks.optional(date, "date");
        Checks.optional(plan, "plan").ifPresent(id -> Checks.slug(id, "plan"));
        if (number.isEmpty() && title.isEmpty()) {
            throw new IllegalFieldException("title", "a reference needs a number or a title");
        }
    }

    /**
     * A document known by its number: {@code Reference.of(DocumentNumber.parse("686/QĐ-TTg"))}.
     *
     * @param number the document number
     * @return the reference, with no title, date or plan
     */
    public static Reference of(DocumentNumber number) {
        Objects.requireNonNull(number, "number");
        return new Reference(Optional.of(number), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A document known by its title only.
     *
     * @param title the title or description as the text gives it
     * @return the reference, with no number, date or plan
     * @throws IllegalArgumentException if {@code title} is blank or holds a disallowed character
     */
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
