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
            assertThrows(UnsupportedOperationException.class, () -> back.problems().add(FIRST));
        }
    }

    @Test
    void serializedProblemsOfAnotherTypeAreRefused() throws Exception {
        var e = new PlanFormatException(List.of(FIRST));
        var field = PlanFormatException.class.getDeclaredField("problems");
        field.setAccessible(true);
        field.set(e, List.of("not a problem")); // as bytes made by hand may say
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            var refused = assertThrows(java.io.InvalidObjectException.class, in::readObject);
            assertEquals("not a PlanFormatException: the problems hold a java.lang.String", refused.getMessage());
        }
    }

    @Test
    void aCountPastIntegerMaxValueStopsThere() {
        assertEquals(Integer.MAX_VALUE, new PlanFormatException(List.of(FIRST, SECOND), Integer.MAX_VALUE)
                .problemCount());
    }

    @Test
    void serializedBytesThatBreakTheRulesAreRefused() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new PlanFormatException(List.of(FIRST), 0x12345678));
        }
        byte[] patched = bytes.toByteArray();
        int at = -1;
        for (int i = 0; i + 4 <= patched.length && at < 0; i++) {
            if (patched[i] == 0x12 && patched[i + 1] == 0x34 && patched[i + 2] == 0x56 && patched[i + 3] == 0x78) {
                at = i;
            }
        }
        // The count written as -2: read back, it would say "-2 more problems", and its message 305419896.
        patched[at] = (byte) 0xFF;
        patched[at + 1] = (byte) 0xFF;
        patched[at + 2] = (byte) 0xFF;
        patched[at + 3] = (byte) 0xFE;
        try (var in = new ObjectInputStream(new ByteArrayInputStream(patched))) {
            var e = assertThrows(java.io.InvalidObjectException.class, in::readObject);
            assertEquals("not a PlanFormatException: unlisted problems count from 0: -2", e.getMessage());
        }
    }
}
