package io.github.provplan.format;

import java.util.Objects;

/**
 * Bounds on what the reader accepts and keeps, so that a hostile or broken input fails with a
 * {@link PlanFormatException} in bounded time and memory instead of exhausting the heap or the stack. The defaults
 * fit real plans with a wide margin (the bundled files are under 30 KB, nest 6 levels and hold a few thousand values).
 *
 * <pre>{@code
 * PlanReader reader = PlanReader.create()
 *         .withLimits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20).withMaxProblems(50));
 * }</pre>
 *
 * <table>
 * <caption>The limits</caption>
 * <tr><th>limit</th><th>default</th><th>allowed</th><th>what it bounds</th></tr>
 * <tr><td>{@link #maxDocumentBytes()}</td><td>64 MiB</td><td>1 to 2,147,483,639</td><td>one input, in bytes</td></tr>
 * <tr><td>{@link #maxDepth()}</td><td>64</td><td>8 to 1,000</td><td>nesting of lists and objects</td></tr>
 * <tr><td>{@link #maxNumberLength()}</td><td>100</td><td>20 to 1,000</td><td>one number, in characters</td></tr>
 * <tr><td>{@link #maxStringLength()}</td><td>1,000,000</td><td>1,000 to 100,000,000</td><td>one text or property
 * name</td></tr>
 * <tr><td>{@link #maxValues()}</td><td>1,000,000</td><td>1,000 to 100,000,000</td><td>values (objects, lists,
 * texts, numbers, flags, nulls) in one input, or in one plan of a stream</td></tr>
 * <tr><td>{@link #maxProblems()}</td><td>1,000</td><td>1 to 1,000,000</td><td>problems listed in one exception; the
 * last line says how many more there were</td></tr>
 * <tr><td>{@link #maxFiles()}</td><td>100,000</td><td>1 to 10,000,000</td><td>{@code *.json} files one read of paths
 * takes</td></tr>
 * <tr><td>{@link #maxTotalBytes()}</td><td>1 GiB</td><td>1 to 1 TiB</td><td>bytes of all the files one read of paths
 * takes, or of one stream</td></tr>
 * </table>
 *
 * <p>The defaults keep every read within a 256 MB heap; a caller who raises a limit gives the heap to match.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ReadLimits {
    /** The largest array a JVM allocates, which is what one input is read into. */
    static final long LARGEST_DOCUMENT = Integer.MAX_VALUE - 8;

    private static final ReadLimits DEFAULTS = new ReadLimits(64L * 1024 * 1024, 64, 100, 1_000_000, 1_000_000,
            1_000, 100_000, 1024L * 1024 * 1024);

    private final long maxDocumentBytes;
    private final int maxDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final int maxValues;
    private final int maxProblems;
    private final int maxFiles;
    private final long maxTotalBytes;

    private ReadLimits(long maxDocumentBytes, int maxDepth, int maxNumberLength, int maxStringLength, int maxValues,
                       int maxProblems, int maxFiles, long maxTotalBytes) {
        this.maxDocumentBytes = within("maxDocumentBytes", maxDocumentBytes, 1, LARGEST_DOCUMENT);
        this.maxDepth = (int) within("maxDepth", maxDepth, 8, 1000);
        // Upper bounds too: a figure has at most 31 characters, and past these a read would need gigabytes or
        // minutes (a million-digit number takes seconds to parse), whatever the heap.
        this.maxNumberLength = (int) within("maxNumberLength", maxNumberLength, 20, 1000);
        this.maxStringLength = (int) within("maxStringLength", maxStringLength, 1000, 100_000_000);
        this.maxValues = (int) within("maxValues", maxValues, 1000, 100_000_000);
        this.maxProblems = (int) within("maxProblems", maxProblems, 1, 1_000_000);
        this.maxFiles = (int) within("maxFiles", maxFiles, 1, 10_000_000);
        this.maxTotalBytes = within("maxTotalBytes", maxTotalBytes, 1, 1L << 40);
    }

    private static long within(String limit, long value, long least, long most) {
        if (value < least || value > most) {
            throw new IllegalArgumentException(limit + " must be " + (most == Long.MAX_VALUE || most == Integer.MAX_VALUE
                    ? "at least " + least : "between " + least + " and " + most) + " to read real plans, not " + value);
        }
        return value;
    }

    /**
     * The default limits, listed in the table above.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * The largest input, in bytes; a larger one is refused after reading one byte past the limit.
     *
     * @return the limit, in bytes
     */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * The deepest nesting of lists and objects.
     *
     * @return the limit, in levels
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The longest number, in characters.
     *
     * @return the limit, in characters
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * The longest text or property name, in characters.
     *
     * @return the limit, in characters
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The most values one input (or one plan of a stream) may hold; parsing stops at the next.
     *
     * @return the limit, in values
     */
    public int maxValues() {
        return maxValues;
    }

    /**
     * The most problems one exception lists; the rest are counted.
     *
     * @return the limit, in problems
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * The most {@code *.json} files one read of files and directories takes; the walk stops at the next.
     *
     * @return the limit, in files
     */
    public int maxFiles() {
        return maxFiles;
    }

    /**
     * The most bytes, all files together, one read of files and directories takes.
     *
     * @return the limit, in bytes
     */
    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /**
     * These limits with another largest input.
     *
     * @param bytes 1 to 2,147,483,639 (the largest array a JVM makes)
     * @return the new limits
     * @throws IllegalArgumentException when {@code bytes} is outside that range
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxNumberLength, maxStringLength, maxValues, maxProblems, maxFiles,
                maxTotalBytes);
    }

    /**
     * These limits with another deepest nesting.
     *
     * @param depth 8 to 1,000
     * @return the new limits
     * @throws IllegalArgumentException when {@code depth} is outside that range
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxNumberLength, maxStringLength, maxValues, maxProblems,
                maxFiles, maxTotalBytes);
    }

    /**
     * These limits with another longest number.
     *
     * @param length 20 to 1,000 characters
     * @return the new limits
     * @throws IllegalArgumentException when it is outside that range
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, length, maxStringLength, maxValues, maxProblems, maxFiles,
                maxTotalBytes);
    }

    /**
     * These limits with another longest text.
     *
     * @param length 1,000 to 100,000,000 characters
     * @return the new limits
     * @throws IllegalArgumentException when it is outside that range
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxNumberLength, length, maxValues, maxProblems, maxFiles,
                maxTotalBytes);
    }

    /**
     * These limits with another number of values per input.
     *
     * @param values 1,000 to 100,000,000
     * @return the new limits
     * @throws IllegalArgumentException when it is outside that range
     */
    public ReadLimits withMaxValues(int values) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, values, maxProblems,
                maxFiles, maxTotalBytes);
    }

    /**
     * These limits with another number of problems listed.
     *
     * @param problems 1 to 1,000,000
     * @return the new limits
     * @throws IllegalArgumentException when it is outside that range
     */
    public ReadLimits withMaxProblems(int problems) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, maxValues, problems,
                maxFiles, maxTotalBytes);
    }

    /**
     * These limits with another number of files per read.
     *
     * @param files 1 to 10,000,000
     * @return the new limits
     * @throws IllegalArgumentException when it is outside that range
     */
    public ReadLimits withMaxFiles(int files) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, maxValues, maxProblems,
                files, maxTotalBytes);
    }

    /**
     * These limits with another number of bytes per read of files.
     *
     * @param bytes 1 to 1 TiB (2^40)
     * @return the new limits
     * @throws IllegalArgumentException when it is outside that range
     */
    public ReadLimits withMaxTotalBytes(long bytes) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, maxValues, maxProblems,
                maxFiles, bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadLimits that && maxDocumentBytes == that.maxDocumentBytes
                && maxDepth == that.maxDepth && maxNumberLength == that.maxNumberLength
                && maxStringLength == that.maxStringLength && maxValues == that.maxValues
                && maxProblems == that.maxProblems && maxFiles == that.maxFiles && maxTotalBytes == that.maxTotalBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, maxValues, maxProblems,
                maxFiles, maxTotalBytes);
    }

    /** {@code ReadLimits[maxDocumentBytes=67108864, maxDepth=64, ...]}. */
    @Override
    public String toString() {
        return "ReadLimits[maxDocumentBytes=" + maxDocumentBytes + ", maxDepth=" + maxDepth + ", maxNumberLength="
                + maxNumberLength + ", maxStringLength=" + maxStringLength + ", maxValues=" + maxValues
                + ", maxProblems=" + maxProblems + ", maxFiles=" + maxFiles + ", maxTotalBytes=" + maxTotalBytes + "]";
    }
}
