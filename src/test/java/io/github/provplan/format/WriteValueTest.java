package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.plan.Quote;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code writeValue} writes what it promises (model records, lists and maps, text, numbers) and refuses the rest. */
class WriteValueTest {
    private static final PlanWriter WRITER = PlanWriter.create();

    private static String refused(Object value) {
        return assertThrows(IllegalArgumentException.class, () -> WRITER.writeValue(value)).getMessage();
    }

    @Test
    void modelRecordsInListsAndMapsAreWritten() {
        assertEquals("""
                [
                  {
                    "plan": "p",
                    "count": 2,
                    "share": 7.5,
                    "quote": {
                      "text": "tăng 9%/năm",
                      "source": "s"
                    }
                  }
                ]
                """, WRITER.writeValue(List.of(entry())));
    }

    /** A map such as the command line writes for a hit, in the order it puts its keys. */
    private static Map<String, Object> entry() {
        var entry = new java.util.LinkedHashMap<String, Object>();
        entry.put("plan", "p");
        entry.put("count", 2);
        entry.put("share", new BigDecimal("7.5"));
        entry.put("quote", Quote.of("tăng 9%/năm", "s"));
        return entry;
    }

    /** What an evaluation computes is no figure of a file: a rate needed far above any economy's is written. */
    @Test
    void computedNumbersBeyondTheFiguresBoundsAndAToolsOwnRecordsAreWritten() {
        record Row(String indicator, BigDecimal needed) {
        }
        assertEquals("""
                {
                  "indicator": "grdp-growth",
                  "needed": 150000000000000000000.25
                }
                """, WRITER.writeValue(new Row("grdp-growth", new BigDecimal("1.5000000000000000000025E+20"))));
        assertEquals("[\n  1.5,\n  7\n]\n", WRITER.writeValue(List.of(1.5d, (short) 7)));
    }

    @Test
    void whatIsNoValueOfTheFormatIsRefusedWithItsReason() {
        assertTrue(refused(Thread.currentThread()).endsWith("not java.lang.Thread"));
        assertTrue(refused(PlanCatalog.bundled()).endsWith("not io.github.provplan.catalog.PlanCatalog"));
        assertTrue(refused(List.of(PlanCatalog.bundled().targets().list().get(0)))
                .endsWith("not io.github.provplan.catalog.Hit"));
        assertTrue(refused(Optional.empty()).endsWith("not java.util.Optional"));
        assertEquals("the number 1E+999999999 has more digits than are written out in plain decimal (at most 9999 "
                + "places either side of the point)", refused(new BigDecimal("1e999999999")));
        assertEquals("NaN is no JSON number", refused(List.of(Double.NaN)));
        assertTrue(refused(Map.of(1, "x")).startsWith("a map's keys are written as property names"));
        var itself = new ArrayList<Object>();
        itself.add(itself);
        assertTrue(refused(itself).startsWith("the value is nested deeper than 64 levels"));
        assertThrows(IllegalArgumentException.class, () -> WRITER.writeValue(itself, new java.io.StringWriter()));
    }
}
