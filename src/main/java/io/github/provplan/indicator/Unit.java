package io.github.provplan.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;

/** The unit of a figure. */
public enum Unit {
    /** A percentage: a share, a rate for one period, or a change on a base year. */
    PERCENT("%"),
    /** An average annual rate over a multi-year period ("bình quân X%/năm"). */
    PERCENT_PER_YEAR("%/năm"),
    /** Million Vietnamese đồng ("triệu đồng"). */
    MILLION_VND("triệu đồng"),
    /** Billion Vietnamese đồng ("tỷ đồng"). */
    BILLION_VND("tỷ đồng"),
    /** US dollars. */
    USD("USD"),
    /** A count per 10,000 inhabitants ("/vạn dân"), such as hospital beds or doctors. */
    PER_10000_PEOPLE("/vạn dân"),
    /** A rank or a named group in a national ranking ("nhóm đầu", "nhóm khá"). */
    RANK("hạng/nhóm"),
    /** Done or not done, for aims such as completing universal kindergarten education. */
    STATUS("đạt/chưa đạt");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** How Vietnamese documents write the unit: {@code %}, {@code triệu đồng}, {@code /vạn dân}. */
    public String symbol() {
        return symbol;
    }

    /** The JSON code: {@code percent}, {@code percent-per-year}, {@code million-vnd}… */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The unit with the given JSON code.
     *
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Unit fromCode(String code) {
        return Codes.parse(Unit.class, code, "unit");
    }
}
