package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.provplan.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Who must carry out a directive: the body that leads ("chủ trì") and those that support it ("phối hợp"), or a
 * general addressee such as {@code các sở, ngành, địa phương} as the lead with no support.
 *
 * <p>Assignees are immutable values, safe to share between threads.
 *
 * @param lead    the body that leads, or the general addressee
 * @param support the bodies that support it, in the text's order; empty when none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Assignees(String lead, List<String> support) {
    /**
     * Creates assignees, keeping their text in Unicode NFC and an unmodifiable copy of {@code support}.
     *
     * @param lead    the body that leads, or the general addressee
     * @param support the bodies that support it; empty when none
     * @throws IllegalArgumentException if {@code lead} or an element of {@code support} is blank or holds a disallowed
     *                                  character
     * @throws NullPointerException if an element of {@code support} is null, naming its place ({@code support[1]})
     */
    public Assignees {
        lead = Checks.text(lead, "lead");
        support = Checks.textList(support, "support");
    }

    // Binds back what the writer leaves out (no supporting bodies), so that an application's own Jackson mapper reads
    // assignees it wrote.
    @JsonCreator
    private static Assignees bind(@JsonProperty("lead") String lead, @JsonProperty("support") List<String> support) {
        return new Assignees(lead, Defaults.list(support));
    }

    /**
     * One body or addressee, with no supporting bodies.
     *
     * @param lead the body or addressee
     * @return the assignees
     * @throws IllegalArgumentException if {@code lead} is blank or holds a disallowed character
     */
    public static Assignees of(String lead) {
        return new Assignees(lead, List.of());
    }

    /**
     * A body that leads and the bodies that support it:
     * {@code Assignees.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính", "UBND các huyện")}.
     *
     * @param lead    the body that leads
     * @param support the bodies that support it, in order
     * @return the assignees
     * @throws IllegalArgumentException if {@code lead} or an element of {@code support} is blank or holds a disallowed
     *                                  character
     * @throws NullPointerException if an element of {@code support} is null, naming its place ({@code support[1]})
     */
    public static Assignees of(String lead, String... support) {
        Objects.requireNonNull(lead, "lead");
        return new Assignees(lead, Checks.list(java.util.Arrays.asList(Objects.requireNonNull(support, "support")),
                "support"));
    }

    @Override
    public String toString() {
        return support.isEmpty() ? lead : lead + " with " + String.join(", ", support);
    }

    // Written out for the command line's start-up: a record's own are made through invokedynamic on first call
    // (docs/performance.md, step 32).
    @Override
    public boolean equals(Object other) {
        return other instanceof Assignees that && lead.equals(that.lead) && support.equals(that.support);
    }

    @Override
    public int hashCode() {
        return 31 * lead.hashCode() + support.hashCode();
    }
}
