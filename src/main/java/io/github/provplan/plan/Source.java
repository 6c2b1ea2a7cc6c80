package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.Optional;

/**
 * Where a plan's text comes from: {@code Source.of("003_0227d8db9f58ceca.txt")}.
 *
 * <p>Sources are immutable values, safe to share between threads.
 *
 * @param ref       a file name or web address that {@link Quote#source()} refers to
 * @param title     the title of the article or document
 * @param publisher who published it
 * @param author    who wrote it, as credited
 * @param date      when it was published, at the precision given
 * @param url       the web address it was published at (format 2)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(String ref, Optional<String> title, Optional<String> publisher, Optional<String> author,
                     Optional<PartialDate> date, Optional<String> url) {
    /**
     * Creates a source, keeping its text in Unicode NFC.
     *
     * @param ref       a file name or web address that quotes refer to
     * @param title     the title of the article or document
     * @param publisher who published it
     * @param author    who wrote it
     * @param date      when it was published
     * @param url       the web address it was published at
     * @throws IllegalArgumentException if {@code ref}, or a present title, publisher, author or url, is blank or holds
     *                                  a disallowed character
     */
    public Source {
        ref = Checks.text(ref, "ref");
        title = Checks.optionalText(title, "title");
        publisher = Checks.optionalText(publisher, "publisher");
        author = Checks.optionalText(author, "author");
        Checks.optional(date, "date");
        url = Checks.optionalText(url, "url");
    }

    /**
     * A source as format 1 gives it, with no address.
     *
     * @param ref       its file name or address
     * @param title     its title
     * @param publisher its publisher
     * @param author    its author
     * @param date      its date
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Source(String ref, Optional<String> title, Optional<String> publisher, Optional<String> author,
                  Optional<PartialDate> date) {
        this(ref, title, publisher, author, date, Optional.empty());
    }

    /**
     * A source known only by its file name or address.
     *
     * @param ref the file name or address, such as {@code 003_0227d8db9f58ceca.txt}
     * @return the source, with no title, publisher, author, date or url
     * @throws IllegalArgumentException if {@code ref} is blank or holds a disallowed character
     */
    public static Source of(String ref) {
        return new Source(ref, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return ref + title.map(t -> " “" + t + "”").orElse("") + author.map(a -> " by " + a).orElse("")
                + date.map(d -> " (" + d + ")").orElse("");
    }
}
