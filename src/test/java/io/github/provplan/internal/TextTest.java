package io.github.provplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;

/** Folding, and the written-out tables of Latin letters against what Commons Lang computes for them. */
class TextTest {
    /** What a letter folds to, computed: Commons Lang's stripAccents, lower case, where that is one character. */
    private static char computed(char c) {
        String stripped = StringUtils.stripAccents(String.valueOf(c)).toLowerCase(Locale.ROOT);
        return stripped.length() == 1 ? stripped.charAt(0) : Character.toLowerCase(c);
    }

    private static String computed(char first, char last) {
        var folded = new StringBuilder();
        for (char c = first; c <= last; c++) {
            folded.append(computed(c));
        }
        return folded.toString();
    }

    @Test
    void writtenOutTablesAreWhatCommonsLangComputes() {
        assertEquals(computed('\u00C0', '\u024F'), Text.LATIN);
        assertEquals(computed('\u1E00', '\u1EFF'), Text.LATIN_EXTENDED_ADDITIONAL);
    }

    @Test
    void vietnameseLettersFoldToTheirBaseLetters() {
        assertEquals("lang son", Text.fold("  Lạng   Sơn "));
        assertEquals("dong nai", Text.fold("ĐỒNG NAI"));
        assertEquals("thu tuong chinh phu", Text.fold("Thủ tướng Chính phủ"));
        assertEquals("pham minh chinh", Text.fold("Phạm Minh Chính"));
        assertEquals("a", Text.fold("a\u0301"), "a combining mark is dropped");
        assertEquals("giao thong duong bo", Text.words("Giao thông; đường bộ."));
    }
}
