package io.github.provplan.plan;

import io.github.provplan.internal.Checks;

/**
 * The words a record was taken from, verbatim, and the source that holds them.
 *
 * <p>Quotes are immutable values, safe to share between threads.
 *
 * @param text   the quoted text, exactly as the source writes it
 * @param source the {@link Source#ref() ref} of one of the plan's sources, such as a seed file name
 */
public record Quote(String text, String source) {
    /**
     * Creates a quote, keeping its text in Unicode NFC.
     *
     * @param text   the quoted text, exactly as the source writes it
     * @param source the ref of one of the plan's sources
     * @throws IllegalArgumentException if {@code text} or {@code source} is blank or holds a disallowed character
     */
    public Quote {
        text = Checks.text(text, "text");
        source = Checks.text(source, "source");
    }

    /**
     * A quote: {@code Quote.of("tăng trưởng GRDP bình quân 9%/năm", "003_0227d8db9f58ceca.txt")}. The same as
     * the constructor; a plan's reader, not the quote, checks that {@code source} names one of the plan's sources.
     *
     * @param text   the quoted text
     * @param source the ref of one of the plan's sources
     * @return the quote
     * @throws IllegalArgumentException if {@code text} or {@code source} is blank or holds a disallowed character
     */
    public static Quote of(String text, String source) {
        return new Quote(text, source);
    }

    @Override
    public String toString() {
        return "“" + text + "” (" + source + ")";
    }
}
