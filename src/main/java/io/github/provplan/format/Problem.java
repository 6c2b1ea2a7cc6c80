package io.github.provplan.format;

import java.util.Objects;

/**
 * One thing wrong with an input, located so that a data maintainer can go straight to it:
 * {@code long-an.json:1:20: /id: unknown property 'id'; expected formatVersion, indicators, plans, units}.
 *
 * <p>Problems are immutable values, safe to share between threads, and serializable.
 *
 * @param source  the file name or the source name given to the reader
 * @param line    the line, counting from 1
 * @param column  the column in characters (not bytes), counting from 1
 * @param pointer the JSON Pointer (RFC 6901) of the value concerned; {@code ""} is the whole document
 * @param message what is wrong, and where it helps, what would be right
 * @serial exclude
 */
public record Problem(String source, int line, int column, String pointer, String message)
        implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a problem.
     *
     * @param source  the file name or source name
     * @param line    the line, from 1
     * @param column  the column in characters, from 1
     * @param pointer the JSON Pointer of the value concerned; {@code ""} for the whole document
     * @param message what is wrong
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
    }

    /**
     * {@code source:line:column: /json/pointer: message}; the whole document's pointer prints as {@code /}.
     */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
