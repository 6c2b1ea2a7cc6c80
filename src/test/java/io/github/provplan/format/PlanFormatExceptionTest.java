package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFormatExceptionTest {
    private static final Problem FIRST = new Problem("a.json", 2, 9, "/id", "'bad plan' is not a lower-kebab-case code");
    private static final Problem SECOND = new Problem("a.json", 4, 15, "", "expected a plan");

    @Test
    void theMessageListsTheProblemsAndThenCountsTheOthers() {
        var e = new PlanFormatException(List.of(FIRST, SECOND), 3);
        assertEquals("a.json:2:9: /id: 'bad plan' is not a lower-kebab-case code\n"
                + "a.json:4:15: /: expected a plan\n"
                + "3 more problems are not listed (limit maxProblems)", e.getMessage());
        assertEquals(List.of(FIRST, SECOND), e.problems());
        assertEquals(3, e.unlisted());
        assertEquals(5, e.problemCount());
        assertEquals("1 more problem is not listed (limit maxProblems)",
                new PlanFormatException(List.of(FIRST), 1).unlistedLine());
        var all = new PlanFormatException(List.of(FIRST));
        assertEquals("", all.unlistedLine());
        assertEquals(1, all.problemCount());
        assertEquals(FIRST.toString(), all.getMessage());
    }

    @Test
    void noProblemsOrANegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlanFormatException(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PlanFormatException(List.of(FIRST), -1));
    }

    @Test
    void aSerializedExceptionKeepsItsProblemsAndItsCount() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new PlanFormatException(List.of(FIRST, SECOND), 7));
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            var back = (PlanFormatException) in.readObject();
            assertEquals(List.of(FIRST, SECOND), back.problems());
            assertEquals(9, back.problemCount());
            assertEquals(new PlanFormatException(List.of(FIRST, SECOND), 7).getMessage(), back.getMessage());
        }
    }
}
