package io.github.provplan.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes what the command line says on standard error with every control and format character but line breaks and
 * tabs written out as {@code <U+001B>}: the option parser echoes arguments as they came, and an argument can hold an
 * escape sequence that retitles or clears the terminal, or a bidi control that reorders its line.
 */
final class VisibleWriter extends FilterWriter {
    /** A high surrogate waiting for its pair, which may come in the next write; 0 when none. */
    private char pending;

    VisibleWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(ch)) {
                int point = Character.toCodePoint(high, ch);
                if (Character.getType(point) == Character.FORMAT) {
                    out.write(code(point));
                } else {
                    out.write(high);
                    out.write(ch);
                }
                return;
            }
            out.write(code(high));
        }
        if (Character.isHighSurrogate(ch)) {
            pending = ch;
        } else if (ch == '\n' || ch == '\t' || !isHidden(ch)) {
            out.write(ch);
        } else {
            out.write(code(ch));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pending != 0) {
            out.write(code(pending));
            pending = 0;
        }
        super.flush();
    }

    private static boolean isHidden(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isLowSurrogate(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static String code(int c) {
        return String.format("<U+%04X>", c);
    }
}
