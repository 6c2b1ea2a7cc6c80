package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.provplan.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Who must carry out a directive: the body that leads ("chủ trì") and those that support it ("phối hợp"), or a
 * general addressee such as {@code các sở, ngành, địa phương} as the lead with no support.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Assignees(String lead, List<String> support) {
    public Assignees {
        lead = Checks.text(lead, "lead");
        support = Checks.textList(support, "support");
    }

    /** One body or addressee, with no supporting bodies. */
    public static Assignees of(String lead) {
        return new Assignees(lead, List.of());
    }

    public static Assignees of(String lead, String... support) {
        Objects.requireNonNull(lead, "lead");
        return new Assignees(lead, Checks.list(java.util.Arrays.asList(Objects.requireNonNull(support, "support")),
                "support"));
    }

    @Override
    public String toString() {
        return support.isEmpty() ? lead : lead + " with " + String.join(", ", support);
    }
}
