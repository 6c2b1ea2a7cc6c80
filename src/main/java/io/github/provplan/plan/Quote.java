package io.github.provplan.plan;

import io.github.provplan.internal.Checks;

/**
 * The words a record was taken from, verbatim, and the source that holds them.
 *
 * @param text   the quoted text, exactly as the source writes it
 * @param source the {@link Source#ref() ref} of one of the plan's sources, such as a seed file name
 */
public record Quote(String text, String source) {
    public Quote {
        text = Checks.text(text, "text");
        source = Checks.text(source, "source");
    }

    public static Quote of(String text, String source) {
        return new Quote(text, source);
    }

    @Override
    public String toString() {
        return "“" + text + "” (" + source + ")";
    }
}
