package io.github.provplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean" names a close candidate, never the word itself, and nothing for a word too short to be a typo of. */
class SuggestionsTest {
    private static final List<String> UNITS = List.of("km", "ha", "percent", "percent-per-year", "million-vnd");

    @Test
    void aTypoGetsTheClosestCandidate() {
        assertEquals(Optional.of("percent-per-year"), Suggestions.closest("percent-per-yaer", UNITS));
        assertEquals(Optional.of("km"), Suggestions.closest("kn", UNITS));
        assertEquals(Optional.of("million-vnd"), Suggestions.closest("Milion-VND", UNITS));
        // A code in capitals is its own code in small letters, whatever else is one edit away.
        assertEquals(Optional.of("master-plan"), Suggestions.closest("MASTER-PLAN", List.of("master-plan",
                "master-plans")));
        assertEquals(Optional.of("km"), Suggestions.closest("KM", UNITS));
        // "ha" and "km" are each one edit from "hm": the first in alphabetical order, whatever the list's order.
        assertEquals(Optional.of("ha"), Suggestions.closest("hm", List.of("km", "ha")));
        assertEquals(Optional.of("ha"), Suggestions.closest("hm", List.of("ha", "km")));
        assertEquals(Optional.empty(), Suggestions.closest("xy", List.of("km", "ha")));
    }

    @Test
    void theWordItselfAnEmptyWordAndAShortOneFarFromAnyGetNoHint() {
        assertEquals(Optional.empty(), Suggestions.closest("long an", List.of("long an", "lang son")));
        assertEquals("unknown province 'Long An'",
                io.github.provplan.province.ProvinceRegistry.bundled().unknown("Long An"));
        assertEquals("", Suggestions.didYouMean("", UNITS));
        assertEquals("", Suggestions.didYouMean(" ", UNITS));
        // Two of three letters changed is another word: "hcm" is no typo of Huế.
        assertEquals(Optional.empty(), Suggestions.closest("hcm", List.of("hue", "ha noi", "ho chi minh")));
    }
}
