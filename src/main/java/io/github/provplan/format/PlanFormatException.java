package io.github.provplan.format;

import io.github.provplan.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input is not a valid provplan document. It carries every problem found, not only the first: a
 * file with five mistakes reports five problems.
 *
 * <p>{@link #getMessage()} lists the problems one per line, each as
 * {@code source:line:column: /json/pointer: message}. A read stops listing problems at its
 * {@linkplain ReadLimits#maxProblems() limit} and only counts the rest: {@link #problems()} holds those listed,
 * {@link #unlisted()} says how many more there were, and {@link #problemCount()} is both together.
 *
 * <p>For example, a maintainer's tool reports a failed read as
 * <pre>{@code
 * try {
 *     PlanReader.create().read(path);
 * } catch (PlanFormatException e) {
 *     e.problems().forEach(System.err::println);
 *     System.err.println(e.problemCount() + " problems");
 * }
 * }</pre>
 *
 * <p>An exception is immutable once made, and safe to share between threads. It is serializable with its problems
 * (a {@link Problem} is), so that one sent between processes still lists them.
 */
public final class PlanFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems listed, an unmodifiable list of at least one. */
    private final List<Problem> problems;
    /** How many problems were found past the read's limit and only counted; kept when serialized. */
    private final int unlisted;

    /**
     * An exception listing {@code problems}, in the order given; its message is their {@link Problem#toString()}
     * forms, one per line.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if a problem is null, naming its place ({@code problems[1]})
     */
    public PlanFormatException(List<Problem> problems) {
        this(problems, 0);
    }

    /**
     * An exception listing {@code problems}, in the order given, and counting {@code unlisted} more that were found
     * but not listed; its message is the problems' {@link Problem#toString()} forms, one per line, and when
     * {@code unlisted} is not 0, the {@linkplain #unlistedLine() line} that counts the others.
     *
     * @param problems the problems listed, at least one
     * @param unlisted how many more problems were found and only counted, 0 or more
     * @throws IllegalArgumentException if {@code problems} is empty or {@code unlisted} is negative
     * @throws NullPointerException if a problem is null, naming its place ({@code problems[1]})
     */
    public PlanFormatException(List<Problem> problems, int unlisted) {
        this(Checks.list(problems, "problems"), unlisted, true);
    }

    /** The problems checked and copied once, so that the message and the list agree. */
    private PlanFormatException(List<Problem> problems, int unlisted, boolean checked) {
        super(message(problems, unlisted), null, false, false);
        if (unlisted < 0) {
            throw new IllegalArgumentException("unlisted problems count from 0: " + unlisted);
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PlanFormatException needs at least one problem");
        }
        this.problems = problems;
        this.unlisted = unlisted;
    }

    private static String message(List<Problem> problems, int unlisted) {
        String listed = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        return unlisted == 0 ? listed : listed + "\n" + unlistedLine(unlisted);
    }

    /**
     * The line that says how many problems were not listed: {@code 3 more problems are not listed (limit
     * maxProblems)}; empty when every problem is listed. Tools that print {@link #problems()} one per line print
     * this after them, as {@link #getMessage()} does.
     *
     * @return the line, or an empty string when {@link #unlisted()} is 0
     */
    public String unlistedLine() {
        return unlisted == 0 ? "" : unlistedLine(unlisted);
    }

    private static String unlistedLine(int unlisted) {
        return unlisted + (unlisted == 1 ? " more problem is" : " more problems are")
                + " not listed (limit maxProblems)";
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

    /**
     * How many problems the read found past its {@linkplain ReadLimits#maxProblems() limit} and only counted.
     *
     * @return 0 when every problem found is in {@link #problems()}
     */
    public int unlisted() {
        return unlisted;
    }

    /**
     * How many problems the read found, listed or not: {@code problems().size() + unlisted()}, or
     * {@link Integer#MAX_VALUE} if that is more.
     *
     * @return at least 1
     */
    public int problemCount() {
        return (int) Math.min(Integer.MAX_VALUE, (long) problems.size() + unlisted);
    }

    /**
     * The exception made again from what was read, with the public constructor's checks and its message: serialized
     * bytes are input too, and a list that is empty, holds null or counts below 0 is refused.
     *
     * @return the checked exception
     * @throws java.io.InvalidObjectException if the fields read break the rules of the constructor
     */
    @java.io.Serial
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            for (Object problem : problems) { // the list's type is erased: bytes may hold anything in it
                if (problem != null && !(problem instanceof Problem)) {
                    throw new IllegalArgumentException("the problems hold a " + problem.getClass().getName());
                }
            }
            return new PlanFormatException(problems, unlisted);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new java.io.InvalidObjectException("not a PlanFormatException: " + e.getMessage());
        }
    }
}
