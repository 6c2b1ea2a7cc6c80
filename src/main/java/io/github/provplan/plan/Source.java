package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.Optional;

/**
 * Where a plan's text comes from.
 *
 * @param ref       a file name or web address that {@link Quote#source()} refers to
 * @param title     the title of the article or document
 * @param publisher who published it
 * @param author    who wrote it, as credited
 * @param date      when it was published, at the precision given
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(String ref, Optional<String> title, Optional<String> publisher, Optional<String> author,
                     Optional<PartialDate> date) {
    public Source {
        Checks.text(ref, "ref");
        Checks.optionalText(title, "title");
        Checks.optionalText(publisher, "publisher");
        Checks.optionalText(author, "author");
        Checks.optional(date, "date");
    }

    /** A source known only by its file name or address. */
    public static Source of(String ref) {
        return new Source(ref, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return ref + title.map(t -> " “" + t + "”").orElse("") + author.map(a -> " by " + a).orElse("")
                + date.map(d -> " (" + d + ")").orElse("");
    }
}
