package io.github.provplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables fit the width they are given by shortening their widest columns; widths are worked out by hand. */
class TableTest {
    private static List<String> print(Table table, int width) {
        var out = new StringWriter();
        table.printTable(new PrintWriter(out, true), width);
        return out.toString().lines().toList();
    }

    @Test
    void columnsThatFitKeepTheirWidth() {
        // 5 + 2 + 3 = 10 columns: nothing to cut.
        assertArrayEquals(new int[] {5, 3}, Table.fit(new int[] {5, 3}, new int[] {2, 2}, 10));
    }

    @Test
    void theWidestColumnsAreCutToOneCapAndTheRestOfTheLineGoesBack() {
        // 10 + 40 + 100 and two gaps of 2 in 80: a cap of 33 makes 10 + 33 + 33 + 4 = 80.
        assertArrayEquals(new int[] {10, 33, 33}, Table.fit(new int[] {10, 40, 100}, new int[] {4, 4, 6}, 80));
        // In 81, the cap stays 33 and the one column left over goes to the first cut column.
        assertArrayEquals(new int[] {10, 34, 33}, Table.fit(new int[] {10, 40, 100}, new int[] {4, 4, 6}, 81));
    }

    @Test
    void noColumnIsCutBelowItsHeaderOrEightEvenIfTheTableIsThenWider() {
        // In 20: floors are 8 (header 5 → 8), 12 (its header) and 3 (the column is only 3 wide); 8 + 12 + 3 + 4 = 27.
        assertArrayEquals(new int[] {8, 12, 3}, Table.fit(new int[] {30, 30, 3}, new int[] {5, 12, 3}, 20));
    }

    @Test
    void aCutCellEndsInAnEllipsisAndAVietnameseLetterKeepsItsMarks() {
        var table = new Table("id", "title").row("p", "Nghị quyết về phát triển kinh tế - xã hội");
        // "title" gets 20 - 2 - 2 = 16 columns: 15 letters (marks take none) and "…".
        assertEquals(List.of(
                "id  title",
                "--  ----------------",
                "p   Nghị quyết về p…"), print(table, 20));
        String decomposed = java.text.Normalizer.normalize("Nghị quyết về phát triển", java.text.Normalizer.Form.NFD);
        var marks = new Table("id", "title").row("p", decomposed);
        assertEquals("p   " + java.text.Normalizer.normalize("Nghị quyết về p", java.text.Normalizer.Form.NFD) + "…",
                print(marks, 20).get(2));
        assertEquals(Table.width("Nghị quyết về phát triển"), Table.width(decomposed));
    }

    @Test
    void aCutAtASpaceDoesNotLeaveTheSpaceBeforeTheEllipsis() {
        var table = new Table("id", "title").row("p", "Quy hoạch tỉnh Long An");
        // 16 columns keep "Quy hoạch tỉnh " (15) and the ellipsis follows the word.
        assertEquals("p   Quy hoạch tỉnh…", print(table, 20).get(2));
    }

    @Test
    void theWholeWidthShowsEveryCell() {
        String title = "x".repeat(500);
        assertEquals("p   " + title, print(new Table("id", "title").row("p", title), Integer.MAX_VALUE).get(2));
    }

    @Test
    void theTerminalWidthComesFromColumnsWhenItIsANumberOf20OrMore() {
        assertEquals(132, CommonOptions.terminalWidth("132"));
        assertEquals(80, CommonOptions.terminalWidth(null));
        assertEquals(80, CommonOptions.terminalWidth("wide"));
        assertEquals(80, CommonOptions.terminalWidth("12"));
        assertEquals(80, CommonOptions.terminalWidth("-100"));
    }

    @Test
    void wideLettersAndEmojiTakeTwoColumnsAndJoinersNone() {
        assertEquals(4, Table.width("河内"));
        assertEquals(2, Table.width("🚀"));
        assertEquals(6, Table.width("👨\u200D👩\u200D👧")); // a terminal that joins them shows 2; one that does not, 6
        assertEquals(1, Table.width("ℹ\uFE0F"));
        // 8 columns: three rockets (6) and the ellipsis; a fourth would pass the column.
        var table = new Table("id", "title").row("p", "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀");
        assertEquals("p   🚀🚀🚀…", print(table, 12).get(2));
    }
}
