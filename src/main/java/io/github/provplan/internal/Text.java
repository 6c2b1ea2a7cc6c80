package io.github.provplan.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/** Folding of Vietnamese text for matching: "Lạng Sơn", "LANG SON" and "lang  son" all fold to "lang son". */
public final class Text {
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private Text() {
    }

    /**
     * Lower case, without diacritics (đ and Đ become d), white space runs folded to one space, trimmed.
     * Commons Lang's {@code stripAccents} is used because it also maps đ/Đ, which Unicode does not decompose.
     */
    public static String fold(String text) {
        String stripped = StringUtils.stripAccents(text).toLowerCase(Locale.ROOT);
        return WHITE_SPACE.matcher(stripped).replaceAll(" ").strip();
    }
}
