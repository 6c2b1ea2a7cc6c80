package io.github.provplan.format;

/**
 * Bounds on what the reader accepts, so that a hostile or broken file fails with a {@link PlanFormatException}
 * instead of exhausting memory or the stack. The defaults fit real plans with a wide margin.
 *
 * @param maxDocumentBytes largest input, in bytes (default 64 MiB)
 * @param maxDepth         deepest nesting of arrays and objects (default 64; the format itself needs 6)
 * @param maxNumberLength  longest number, in characters (default 100)
 * @param maxStringLength  longest string, in characters (default 1,000,000)
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxNumberLength, int maxStringLength) {
    private static final ReadLimits DEFAULTS = new ReadLimits(64L * 1024 * 1024, 64, 100, 1_000_000);

    public ReadLimits {
        if (maxDocumentBytes < 1 || maxDepth < 8 || maxDepth > 1000 || maxNumberLength < 20
                || maxStringLength < 1000) {
            throw new IllegalArgumentException("limits too small or too deep to read real plans: "
                    + "maxDocumentBytes >= 1, 8 <= maxDepth <= 1000, maxNumberLength >= 20, maxStringLength >= 1000");
        }
    }

    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxNumberLength, maxStringLength);
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxNumberLength, maxStringLength);
    }

    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, length, maxStringLength);
    }

    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxNumberLength, length);
    }
}
