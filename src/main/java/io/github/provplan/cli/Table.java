package io.github.provplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text under a header, printed as an aligned table or as CSV. */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    /** This table's columns and then {@code more}, with no rows: for CSV, which adds machine columns. */
    Table with(List<String> more) {
        var columns = new ArrayList<>(header);
        columns.addAll(more);
        return new Table(columns.toArray(String[]::new));
    }

    /** A row of this table's cells and then {@code more}. */
    Table row(List<?> cells, List<?> more) {
        var all = new ArrayList<Object>(cells);
        all.addAll(more);
        return row(all.toArray());
    }

    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + header.size() + " columns");
        }
        var row = new ArrayList<String>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Columns padded to the widest cell, counting what a terminal shows ({@link #columns}), in at most
     * {@code width} columns: when the cells are wider, the widest columns are shortened first, each to no less than
     * its header or {@link #NARROWEST} characters (columns of up to {@link #WHOLE} are kept whole), and a shortened
     * cell ends in "…". {@link Integer#MAX_VALUE} shows every cell whole.
     */
    void printTable(PrintWriter out, int width) {
        var shown = new ArrayList<List<String>>();
        shown.add(header);
        // One line per row: a line break or a carriage return in a text would break the row, or send the cursor
        // back to write over it.
        rows.forEach(row -> shown.add(row.stream().map(Table::oneLine).toList()));
        int[] widths = new int[header.size()];
        for (List<String> row : shown) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        int[] columns = fit(widths, header.stream().mapToInt(Table::width).toArray(), width);
        for (int r = 0; r < shown.size(); r++) {
            List<String> row = shown.get(r);
            var line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = cut(row.get(i), columns[i]);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(columns[i] - width(cell) + GAP));
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                var rule = new StringBuilder();
                for (int i = 0; i < columns.length; i++) {
                    rule.append("-".repeat(columns[i])).append(i < columns.length - 1 ? " ".repeat(GAP) : "");
                }
                out.println(rule);
            }
        }
    }

    /** No column is shortened below this, or below its header. */
    static final int NARROWEST = 8;
    /** A column no wider than this is never shortened: dates, periods and codes cut short say nothing. */
    static final int WHOLE = 10;
    /** Spaces between two columns. */
    private static final int GAP = 2;

    /**
     * The width of each column in a table of at most {@code limit} columns: every column as wide as its widest cell
     * when they fit; else the widest are cut to one common cap, the largest that fits, and what the cap leaves of
     * the limit goes back to the widest, one column each, so that the table fills the line. Columns at their floor
     * (their header, or {@link #NARROWEST}) are not cut further, nor columns of up to {@link #WHOLE}, even when the
     * table is then wider than the limit.
     */
    static int[] fit(int[] natural, int[] headers, int limit) {
        int gaps = GAP * Math.max(0, natural.length - 1);
        long total = gaps;
        for (int w : natural) {
            total += w;
        }
        if (total <= limit) {
            return natural.clone();
        }
        int[] floors = new int[natural.length];
        int widest = 0;
        for (int i = 0; i < natural.length; i++) {
            floors[i] = natural[i] <= WHOLE ? natural[i] : Math.max(headers[i], NARROWEST);
            widest = Math.max(widest, natural[i]);
        }
        int low = 0;
        int high = widest;
        while (low < high) { // the largest cap whose table fits
            int cap = (low + high + 1) >>> 1;
            if (capped(natural, floors, cap) + gaps <= limit) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        int cap = low;
        int[] columns = new int[natural.length];
        long used = gaps;
        for (int i = 0; i < natural.length; i++) {
            columns[i] = Math.max(floors[i], Math.min(natural[i], cap));
            used += columns[i];
        }
        // Fewer than one column per cut column is left: the cap was the largest that fits.
        for (int i = 0; i < natural.length && used < limit; i++) {
            if (natural[i] > columns[i]) {
                columns[i]++;
                used++;
            }
        }
        return columns;
    }

    private static long capped(int[] natural, int[] floors, int cap) {
        long sum = 0;
        for (int i = 0; i < natural.length; i++) {
            sum += Math.max(floors[i], Math.min(natural[i], cap));
        }
        return sum;
    }

    /** RFC 4180: every field that holds a comma, quote or line break is quoted, quotes doubled. */
    void printCsv(PrintWriter out) {
        out.print(csvLine(header));
        rows.forEach(row -> out.print(csvLine(row)));
    }

    private static String csvLine(List<String> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * The columns a terminal gives a character: none for a combining mark, a joiner or a variation selector; two for
     * the wide letters of Chinese, Japanese and Korean and for emoji; one for the rest.
     */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F680 && cp <= 0x1F6FF || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x1FA70 && cp <= 0x1FAFF
                || cp >= 0x20000 && cp <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("\\s+", " ");
    }

    /** The cell in at most {@code columns} terminal columns, ending in "…" when it was cut. */
    private static String cut(String cell, int columns) {
        if (width(cell) <= columns) {
            return cell;
        }
        var cutText = new StringBuilder();
        int width = 0;
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            int taken = columns(cp);
            if (taken > 0 && width + taken > columns - 1) {
                break; // the marks of the last letter kept are kept with it; the ellipsis takes the last column
            }
            cutText.appendCodePoint(cp);
            width += taken;
            i += Character.charCount(cp);
        }
        return cutText.toString().stripTrailing() + "…";
    }
}
