package io.github.provplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text under a header, printed as an aligned table or as CSV. */
final class Table {
    /** Text columns longer than this are cut in a table (not in CSV) unless the caller asks for full width. */
    static final int NARROW = 60;

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

    /** Columns padded to the widest cell, counting what a terminal shows: combining marks take no column. */
    void printTable(PrintWriter out, boolean wide) {
        var shown = new ArrayList<List<String>>();
        shown.add(header);
        // One line per row even when wide: a line break or a carriage return in a text would break the row, or
        // send the cursor back to write over it.
        rows.forEach(row -> shown.add(row.stream().map(cell -> wide ? oneLine(cell) : cut(cell)).toList()));
        int[] widths = new int[header.size()];
        for (List<String> row : shown) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (int r = 0; r < shown.size(); r++) {
            List<String> row = shown.get(r);
            var line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                var rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "  " : "");
                }
                out.println(rule);
            }
        }
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
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                width++;
            }
            i += Character.charCount(cp);
        }
        return width;
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("\\s+", " ");
    }

    private static String cut(String cell) {
        String oneLine = oneLine(cell);
        if (width(oneLine) <= NARROW) {
            return oneLine;
        }
        var cutText = new StringBuilder();
        int width = 0;
        for (int i = 0; i < oneLine.length() && width < NARROW - 1; ) {
            int cp = oneLine.codePointAt(i);
            cutText.appendCodePoint(cp);
            width = width(cutText.toString());
            i += Character.charCount(cp);
        }
        return cutText + "…";
    }
}
