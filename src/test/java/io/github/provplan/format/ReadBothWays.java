package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads bad JSON as text and as UTF-8 bytes, which must give the same problems: bytes are parsed as bytes, and
 * their columns turned into characters only for the report.
 */
final class ReadBothWays {
    private ReadBothWays() {
    }

    static PlanFormatException failure(String json, String source) {
        var text = assertThrows(PlanFormatException.class, () -> PlanReader.create().read(json, source));
        var bytes = assertThrows(PlanFormatException.class, () -> PlanReader.create().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source));
        assertEquals(text.problems(), bytes.problems());
        return text;
    }
}
