package io.github.provplan.format;

import io.github.provplan.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input is not a valid provplan document. It carries every problem found, not only the first: a
 * file with five mistakes reports five problems.
 *
 * <p>{@link #getMessage()} lists the problems one per line, each as
 * {@code source:line:column: /json/pointer: message}.
 *
 * <p>An exception is immutable once made, and safe to share between threads. Its problem list is transient: a
 * serialized and deserialized exception keeps its message, not the list.
 */
public final class PlanFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception listing {@code problems}, in the order given; its message is their {@link Problem#toString()}
     * forms, one per line.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if a problem is null, naming its place ({@code problems[1]})
     */
    public PlanFormatException(List<Problem> problems) {
        this(Checks.list(problems, "problems"), true);
    }

    /** The problems checked and copied once, so that the message and the list agree. */
    private PlanFormatException(List<Problem> problems, boolean checked) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PlanFormatException needs at least one problem");
        }
        this.problems = problems;
    }

    /**
     * Every problem found. The reader orders them by source name, then line and column; an exception made by the
     * public constructor keeps the order it was given.
     *
     * @return an unmodifiable list of at least one problem
     */
    public List<Problem> problems() {
        return problems;
    }
}
