package io.github.provplan.plan;

import io.github.provplan.internal.Echo;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The number of a Vietnamese official document ("số hiệu văn bản") in one of the three forms in use:
 * <ul>
 *   <li>{@link Form#STATE}: number/type-issuer, {@code 686/QĐ-TTg} (Decision 686 of the Prime Minister);</li>
 *   <li>{@link Form#NORMATIVE}: number/year/type-issuer or number/year/issuer, {@code 01/2021/NĐ-CP},
 *       {@code 202/2025/QH15} (a resolution of the 15th National Assembly, whose type is not written);</li>
 *   <li>{@link Form#PARTY}: number-type/issuer, {@code 58-CT/TU} (Directive 58 of a Provincial Party Committee).</li>
 * </ul>
 * and, in format 2, {@link Form#PARTIAL}: the bare number a text gives ("Nghị quyết số 306" is {@code 306}), read by
 * {@link #parsePartial}. {@link #toString()} prints exactly the text that was parsed, in Unicode NFC.
 *
 * <pre>{@code
 * DocumentNumber.parse("686/QĐ-TTg").issuer();       // TTg
 * DocumentNumber.parsePartial("306").isPartial();    // true
 * }</pre>
 *
 * <p>Document numbers are immutable values, safe to share between threads.
 */
public final class DocumentNumber {
    /** How the number is written. Enum constants are immutable and safe to share. */
    public enum Form {
        /** number/type-issuer: {@code 686/QĐ-TTg}. */
        STATE,
        /** number/year/[type-]issuer: {@code 202/2025/QH15}. */
        NORMATIVE,
        /** number-type/issuer: {@code 58-CT/TU}. */
        PARTY,
        /** The number alone, when the text gives only that ("Nghị quyết số 306"): format 2 only. */
        PARTIAL
    }

    private static final Pattern BARE = Pattern.compile("\\d{1,6}");

    // The letters Vietnamese document codes are written in, A-Z and Đ: a Cyrillic Т in "12/NQ-ТU", or an Icelandic
    // Ð (U+00D0) for Đ (U+0110), looks the same and would make another document number.
    private static final String CODE = "[A-Za-zĐđ][A-Za-zĐđ\\d]*";
    private static final Pattern STATE = Pattern.compile("(\\d{1,6})/(" + CODE + ")-(" + CODE + ")");
    private static final Pattern NORMATIVE =
            Pattern.compile("(\\d{1,6})/(\\d{4})/(?:(" + CODE + ")-)?(" + CODE + ")");
    private static final Pattern PARTY = Pattern.compile("(\\d{1,6})-(" + CODE + ")/(" + CODE + ")");

    private final Form form;
    private final String number;
    private final int year;
    private final String type;
    private final String issuer;

    private DocumentNumber(Form form, String number, int year, String type, String issuer) {
        this.form = form;
        this.number = number;
        this.year = year;
        this.type = type;
        this.issuer = issuer;
    }

    /**
     * Parses a document number in one of the three forms, after putting it in Unicode NFC. Type and issuer codes are
     * Latin letters and digits, starting with a letter; the number has 1 to 6 digits.
     *
     * @param text the number as the text gives it, such as {@code 686/QĐ-TTg}
     * @return the number
     * @throws IllegalArgumentException naming the forms when the text has none of them, or when a normative number's
     *                                  year is outside 1945-2200
     */
    public static DocumentNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String nfc = io.github.provplan.internal.TextRules.nfc(text.toString());
        var state = STATE.matcher(nfc);
        if (state.matches()) {
            return new DocumentNumber(Form.STATE, state.group(1), 0, state.group(2), state.group(3));
        }
        var normative = NORMATIVE.matcher(nfc);
        if (normative.matches()) {
            int year = Integer.parseInt(normative.group(2));
            if (year < 1945 || year > 2200) {
                throw new IllegalArgumentException(
                        Echo.of(text) + " has the year " + year + ", which no Vietnamese document has");
            }
            return new DocumentNumber(Form.NORMATIVE, normative.group(1), year, normative.group(3),
                    normative.group(4));
        }
        var party = PARTY.matcher(nfc);
        if (party.matches()) {
            return new DocumentNumber(Form.PARTY, party.group(1), 0, party.group(2), party.group(3));
        }
        throw new IllegalArgumentException(Echo.of(text) + " is not a document number of the form 686/QĐ-TTg, "
                + "202/2025/QH15 or 58-CT/TU");
    }

    /**
     * Parses a document number in one of the three full forms, as {@link #parse} does, or a bare number
     * ({@code 306}) as a {@linkplain Form#PARTIAL partial} one.
     *
     * @param text the number as the text gives it
     * @return the number
     * @throws IllegalArgumentException naming the forms when the text has none of them
     */
    @JsonCreator // a Jackson mapper reads back every number it writes, partial ones too
    public static DocumentNumber parsePartial(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (BARE.matcher(text).matches()) {
            return new DocumentNumber(Form.PARTIAL, text.toString(), 0, null, "");
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().endsWith("or 58-CT/TU")) {
                throw new IllegalArgumentException(e.getMessage() + ", or a bare number such as 306", e);
            }
            throw e;
        }
    }

    /**
     * Whether the text gave only the number ({@link Form#PARTIAL}).
     *
     * @return whether the form is {@link Form#PARTIAL}
     */
    public boolean isPartial() {
        return form == Form.PARTIAL;
    }

    /**
     * How the number is written.
     *
     * @return the form
     */
    public Form form() {
        return form;
    }

    /**
     * The number as written, leading zeros kept: {@code "01"} in {@code 01/2021/NĐ-CP}.
     *
     * @return the digits of the number
     */
    public String number() {
        return number;
    }

    /**
     * The number's value: 1 for {@code 01/2021/NĐ-CP}.
     *
     * @return the number as an integer, 0 to 999999
     */
    public int numberValue() {
        return Integer.parseInt(number);
    }

    /**
     * The year, written only in the normative form: 2021 for {@code 01/2021/NĐ-CP}.
     *
     * @return the year, 1945-2200, or empty for any other form
     */
    public OptionalInt year() {
        return form == Form.NORMATIVE ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /**
     * The document type code ({@code QĐ}, {@code TB}, {@code CT}, {@code NQ}…), absent in {@code 202/2025/QH15}.
     *
     * @return the type code, or empty when the number does not write one, and for a partial number
     */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /**
     * The issuer code: {@code TTg}, {@code VPCP}, {@code QH15}, {@code TU}, {@code TW}…; the empty string for a
     * {@linkplain #isPartial() partial} number, which names none.
     *
     * @return the issuer code, or the empty string
     */
    public String issuer() {
        return issuer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentNumber that && form == that.form && number.equals(that.number)
                && year == that.year && Objects.equals(type, that.type) && issuer.equals(that.issuer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, number, year, type, issuer);
    }

    /**
     * The number exactly as it was parsed, in Unicode NFC: {@code 686/QĐ-TTg}.
     *
     * @return the number's text, which {@link #parse} (or, for a partial number, {@link #parsePartial}) reads back
     */
    @JsonValue
    @Override
    public String toString() {
        return switch (form) {
            case STATE -> number + "/" + type + "-" + issuer;
            case NORMATIVE -> number + "/" + year + "/" + (type == null ? "" : type + "-") + issuer;
            case PARTY -> number + "-" + type + "/" + issuer;
            case PARTIAL -> number;
        };
    }
}
