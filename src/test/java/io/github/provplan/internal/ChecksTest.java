package io.github.provplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list rule every record applies: unmodifiable, no null, kept as it is only when it can never change. */
class ChecksTest {
    @Test
    void aListOfListOfIsKeptAndAnyOtherIsCopied() {
        List<String> fixed = List.of("transport", "energy");
        assertSame(fixed, Checks.list(fixed, "themes"));
        var changing = new ArrayList<>(List.of("transport"));
        List<String> kept = Checks.list(changing, "themes");
        assertNotSame(changing, kept);
        changing.add("energy");
        assertEquals(List.of("transport"), kept);
        List<String> sub = List.of("a", "b", "c").subList(0, 2);
        assertNotSame(sub, Checks.list(sub, "themes"));
    }

    @Test
    void aNullIsNamedByItsPlaceEvenInAListOfTheClassesOfListOf() {
        // Stream.toList's lists are of List.of's classes, and may hold null.
        var inStreamList = assertThrows(NullPointerException.class,
                () -> Checks.list(Stream.of("transport", null).toList(), "themes"));
        assertEquals("themes[1]", inStreamList.getMessage());
        var single = assertThrows(NullPointerException.class,
                () -> Checks.list(Stream.of((String) null).toList(), "milestones"));
        assertEquals("milestones[0]", single.getMessage());
        var many = new ArrayList<String>(List.of("a", "b", "c"));
        many.add(null);
        var inArrayList = assertThrows(NullPointerException.class, () -> Checks.list(many, "support"));
        assertEquals("support[3]", inArrayList.getMessage());
    }
}
