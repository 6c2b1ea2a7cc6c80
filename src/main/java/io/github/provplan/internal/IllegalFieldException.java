package io.github.provplan.internal;

/**
 * A value rejected by a model constructor, naming the property it was given for.
 *
 * <p>Java callers see an ordinary {@link IllegalArgumentException}; the JSON reader uses
 * {@link #field()} to point its problem at the offending property instead of the whole object.
 */
public final class IllegalFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public IllegalFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The JSON property (record component) whose value was rejected. */
    public String field() {
        return field;
    }

    /** The message without the property name in front, for a reader that shows the property separately. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
