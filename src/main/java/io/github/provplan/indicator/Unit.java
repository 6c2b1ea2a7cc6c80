package io.github.provplan.indicator;

import io.github.provplan.internal.Echo;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.Figures;
import io.github.provplan.internal.IllegalFieldException;
import io.github.provplan.internal.Suggestions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit of a figure: a {@link Quantity kind of quantity}, what it counts or the currency it is in ({@link #of}),
 * and a decimal scale. {@code million-vnd} is money in VND at scale 6 ("triệu đồng"); {@code billion-vnd} the same
 * money at scale 9 ("tỷ đồng"), so that {@code Unit.BILLION_VND.convert(new BigDecimal("1.5"), Unit.MILLION_VND)}
 * is exactly 1500. Currencies never convert, and neither do counts of different things.
 *
 * <pre>{@code
 * Unit unit = Unit.fromCode("million-visitors");   // count of visitors, scale 6, "triệu lượt khách"
 * Unit tonnes = Unit.of("thousand-tonnes", Quantity.MASS, Optional.empty(), 6, "nghìn tấn");
 * }</pre>
 *
 * <p>The bundled units ({@link #bundled()}) include format 1's eight under their old codes and constants. A data
 * file declares more in a catalog object's {@code units}, as it declares indicators. An application's Jackson mapper
 * writes a bundled unit as its code and any other whole, and reads both back. Units are immutable values,
 * equal when all their parts are, and safe to share between threads.
 *
 * @param code     a lower-kebab-case code, such as {@code million-vnd}
 * @param quantity the kind of quantity
 * @param of       for money the currency ({@code VND}, {@code USD}), for a count what is counted ({@code persons});
 *                 empty for other quantities
 * @param scale    the power of ten from the quantity's base: 6 for millions, -4 for "per 10,000 people"
 * @param symbol   how Vietnamese texts write the unit: {@code triệu đồng}, {@code %}, {@code /vạn dân}
 */
public record Unit(String code, Quantity quantity, Optional<String> of, int scale, String symbol) {
    /**
     * The bundled units by code, in the order below: declared before them, so that each is added as it is made (the
     * class's own initialization fills it, and nothing changes it after), and so that the constructor can refuse
     * another unit of a bundled code from then on.
     */
    private static final Map<String, Unit> BUNDLED = new LinkedHashMap<>();

    /** A percentage: a share, a rate for one period, or a change on a base year. */
    public static final Unit PERCENT = bundled("percent", Quantity.PERCENT, null, 0, "%");
    /** An average annual rate over a multi-year period ("bình quân X%/năm"). */
    public static final Unit PERCENT_PER_YEAR = bundled("percent-per-year", Quantity.PERCENT_PER_YEAR, null, 0,
            "%/năm");
    /** Million Vietnamese đồng ("triệu đồng"). */
    public static final Unit MILLION_VND = bundled("million-vnd", Quantity.MONEY, "VND", 6, "triệu đồng");
    /** Billion Vietnamese đồng ("tỷ đồng"). */
    public static final Unit BILLION_VND = bundled("billion-vnd", Quantity.MONEY, "VND", 9, "tỷ đồng");
    /** US dollars. */
    public static final Unit USD = bundled("usd", Quantity.MONEY, "USD", 0, "USD");
    /** A count per 10,000 inhabitants ("/vạn dân"), such as hospital beds or doctors. */
    public static final Unit PER_10000_PEOPLE = bundled("per-10000-people", Quantity.RATE, null, -4, "/vạn dân");
    /** A place in a ranking, or a named group in one ("nhóm đầu", "nhóm khá"). */
    public static final Unit RANK = bundled("rank", Quantity.RANK, null, 0, "hạng/nhóm");
    /** Done or not done, for aims such as completing universal kindergarten education. */
    public static final Unit STATUS = bundled("status", Quantity.STATUS, null, 0, "đạt/chưa đạt");
    /** Thousand billion đồng ("nghìn tỷ đồng"). */
    public static final Unit THOUSAND_BILLION_VND = bundled("thousand-billion-vnd", Quantity.MONEY, "VND", 12,
            "nghìn tỷ đồng");
    /** Million US dollars ("triệu USD"). */
    public static final Unit MILLION_USD = bundled("million-usd", Quantity.MONEY, "USD", 6, "triệu USD");
    /** Billion US dollars ("tỷ USD"). */
    public static final Unit BILLION_USD = bundled("billion-usd", Quantity.MONEY, "USD", 9, "tỷ USD");
    /** A count per 1,000 inhabitants ("/nghìn dân"). */
    public static final Unit PER_1000_PEOPLE = bundled("per-1000-people", Quantity.RATE, null, -3, "/nghìn dân");
    /** People ("người"). */
    public static final Unit PERSONS = bundled("persons", Quantity.COUNT, "persons", 0, "người");
    /** Thousand people ("nghìn người"). */
    public static final Unit THOUSAND_PERSONS = bundled("thousand-persons", Quantity.COUNT, "persons", 3,
            "nghìn người");
    /** Million people ("triệu người"). */
    public static final Unit MILLION_PERSONS = bundled("million-persons", Quantity.COUNT, "persons", 6,
            "triệu người");
    /** Visits of tourists ("lượt khách"). */
    public static final Unit VISITORS = bundled("visitors", Quantity.COUNT, "visitors", 0, "lượt khách");
    /** Million visits of tourists ("triệu lượt khách"). */
    public static final Unit MILLION_VISITORS = bundled("million-visitors", Quantity.COUNT, "visitors", 6,
            "triệu lượt khách");
    /** Households ("hộ"). */
    public static final Unit HOUSEHOLDS = bundled("households", Quantity.COUNT, "households", 0, "hộ");
    /** Enterprises ("doanh nghiệp"). */
    public static final Unit ENTERPRISES = bundled("enterprises", Quantity.COUNT, "enterprises", 0, "doanh nghiệp");
    /** Hospital beds ("giường bệnh"). */
    public static final Unit BEDS = bundled("beds", Quantity.COUNT, "beds", 0, "giường");
    /** A dimensionless index, such as HDI (0.8). */
    public static final Unit INDEX = bundled("index", Quantity.INDEX, null, 0, "");
    /** Years of age ("tuổi"), such as life expectancy. */
    public static final Unit YEARS_OF_AGE = bundled("years-of-age", Quantity.AGE, null, 0, "tuổi");
    /** Hectares ("ha"). */
    public static final Unit HECTARES = bundled("hectares", Quantity.AREA, null, 4, "ha");
    /** Square kilometres ("km²"). */
    public static final Unit SQUARE_KM = bundled("square-km", Quantity.AREA, null, 6, "km²");
    /** Kilometres ("km"). */
    public static final Unit KM = bundled("km", Quantity.LENGTH, null, 3, "km");
    /** Tonnes ("tấn"). */
    public static final Unit TONNES = bundled("tonnes", Quantity.MASS, null, 3, "tấn");
    /** Million tonnes ("triệu tấn"). */
    public static final Unit MILLION_TONNES = bundled("million-tonnes", Quantity.MASS, null, 9, "triệu tấn");
    /** Administrative units: districts, communes ("đơn vị hành chính"). */
    public static final Unit ADMINISTRATIVE_UNITS = bundled("administrative-units", Quantity.COUNT,
            "administrative-units", 0, "đơn vị hành chính");
    /** Urban areas, as Vietnam classifies them ("đô thị", loại I-V). */
    public static final Unit URBAN_AREAS = bundled("urban-areas", Quantity.COUNT, "urban-areas", 0, "đô thị");
    /** Megawatts ("MW"). */
    public static final Unit MEGAWATTS = bundled("megawatts", Quantity.POWER, null, 6, "MW");

    /** The eight units of format 1, in format 1's order. */
    public static final List<Unit> FORMAT_1 = List.of(PERCENT, PERCENT_PER_YEAR, MILLION_VND, BILLION_VND, USD,
            PER_10000_PEOPLE, RANK, STATUS);

    /** Scales beyond this are no unit a text uses, and would make conversions of huge figures. */
    private static final int MAX_SCALE = 18;

    /**
     * Creates a unit, keeping its text in Unicode NFC.
     *
     * @param code     a lower-kebab-case code
     * @param quantity the kind of quantity
     * @param of       the currency (three capital letters) for money, what is counted for a count; empty for other
     *                 quantities
     * @param scale    the power of ten from the quantity's base, -18 to 18
     * @param symbol   how texts write the unit; may be empty
     * @throws IllegalArgumentException if {@code code} is not lower-kebab-case; if {@code of} is missing for money or a
     *                                  count, not three capital letters for money, or present for another quantity; if
     *                                  {@code of} or a non-empty {@code symbol} is blank or holds a disallowed
     *                                  character; if the scale is beyond 18 either way; or if {@code code} is a
     *                                  bundled unit's and the other parts are not that unit's (a file names a unit by
     *                                  its code alone)
     */
    public Unit {
        Checks.slug(code, "code");
        Objects.requireNonNull(quantity, "quantity");
        of = Checks.optionalText(of, "of");
        Objects.requireNonNull(symbol, "symbol");
        symbol = symbol.isEmpty() ? symbol : Checks.text(symbol, "symbol"); // empty: a count of nothing in particular
        if (quantity.needsSubject() && of.isEmpty()) {
            throw new IllegalFieldException("of", "a unit of " + quantity.code()
                    + " must say " + (quantity == Quantity.MONEY ? "its currency (VND, USD)" : "what it counts"));
        }
        if (quantity == Quantity.MONEY && !of.orElseThrow().matches("[A-Z]{3}")) {
            throw new IllegalFieldException("of", "money is in a currency of three capital letters (VND, USD), not "
                    + io.github.provplan.internal.Echo.of(of.get()));
        }
        if (!quantity.needsSubject() && of.isPresent()) {
            throw new IllegalFieldException("of", "only money and counts name what they are of");
        }
        if (scale < -MAX_SCALE || scale > MAX_SCALE) { // not Math.abs: it leaves Integer.MIN_VALUE negative
            throw new IllegalFieldException("scale", "scale " + scale + " is outside -" + MAX_SCALE + ".." + MAX_SCALE);
        }
        // A file names a unit by its code: a bundled code with another meaning would read back as the bundled unit.
        Unit bundled = BUNDLED.get(code);
        if (bundled != null && (bundled.quantity != quantity || !bundled.of.equals(of) || bundled.scale != scale
                || !bundled.symbol.equals(symbol))) {
            throw new IllegalFieldException("code", "unit '" + code + "' is already defined by provplan ("
                    + bundled.quantity.code() + bundled.of.map(o -> " of " + o).orElse("") + ", scale " + bundled.scale
                    + ", '" + bundled.symbol + "'); use it as it is, or give this unit another code");
        }
    }

    /**
     * A unit.
     *
     * @param code     its lower-kebab-case code
     * @param quantity what kind of quantity it measures
     * @param of       the currency or what is counted, for money and counts
     * @param scale    the power of ten from the quantity's base
     * @param symbol   how texts write it
     * @return the unit
     * @throws IllegalArgumentException when a part is invalid (a count that names nothing, a scale beyond 18), or when
     *                                  the code is a bundled unit's and the parts are not that unit's
     */
    public static Unit of(String code, Quantity quantity, Optional<String> of, int scale, String symbol) {
        return new Unit(code, quantity, of, scale, symbol);
    }

    private static Unit bundled(String code, Quantity quantity, String of, int scale, String symbol) {
        Unit unit = new Unit(code, quantity, Optional.ofNullable(of), scale, symbol);
        BUNDLED.put(code, unit);
        return unit;
    }

    /**
     * Every unit that ships with provplan.
     *
     * @return the bundled units, format 1's eight first
     */
    public static List<Unit> bundled() {
        return List.copyOf(BUNDLED.values());
    }

    /**
     * The JSON code: {@code percent}, {@code percent-per-year}, {@code million-vnd}…
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * How an application's mapper writes a unit: a bundled one as its code, any other as the object a catalog's
     * {@code units} declares it with ({@code {"code": "thousand-tonnes", "quantity": "mass", "scale": 6, "symbol":
     * "nghìn tấn"}}), so that a mapper with no catalog reads it back equal. {@code PlanWriter} writes codes alone, as
     * format 2 does, and the declarations in the file's {@code units}.
     */
    @JsonValue
    private Object json() {
        if (equals(BUNDLED.get(code))) {
            return code;
        }
        var declared = new LinkedHashMap<String, Object>();
        declared.put("code", code);
        declared.put("quantity", quantity.code());
        of.ifPresent(subject -> declared.put("of", subject));
        declared.put("scale", scale);
        declared.put("symbol", symbol);
        return declared;
    }

    /** A unit as a key of a map an application's mapper writes: its code, as format 2 names it. */
    @com.fasterxml.jackson.annotation.JsonKey
    private String key() {
        return code;
    }

    /** A unit from a map key: Jackson finds a key's factory by this name. Bundled units only, as codes name them. */
    private static Unit valueOf(String code) {
        return fromCode(code);
    }

    /** The parts a unit object has, as {@link #json} writes them. */
    private static final java.util.Set<String> PARTS = java.util.Set.of("code", "quantity", "of", "scale", "symbol");

    /** A unit as {@link #json} writes it: a bundled unit's code, or the object of any other. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Unit fromJson(Object value) {
        if (value instanceof String code) {
            return fromCode(code);
        }
        if (!(value instanceof Map<?, ?> parts)) {
            throw new IllegalArgumentException("a unit is a code such as \"million-vnd\" or an object with its code, "
                    + "quantity, scale and symbol");
        }
        for (Object part : parts.keySet()) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("unknown part " + Echo.of(String.valueOf(part)) + " of a unit; "
                        + "expected code, of, quantity, scale, symbol");
            }
        }
        // Whole numbers, as a mapper reads them: Integer by default, Long or BigInteger when it is told to.
        Object scale = parts.get("scale");
        boolean whole = scale instanceof Integer || scale instanceof Long || scale instanceof java.math.BigInteger;
        if (!whole || Math.abs(((Number) scale).doubleValue()) > MAX_SCALE) {
            throw new IllegalArgumentException("a unit's scale is a whole number from -" + MAX_SCALE + " to "
                    + MAX_SCALE);
        }
        return new Unit(part(parts, "code"), Quantity.fromCode(part(parts, "quantity")),
                Optional.ofNullable(parts.get("of") == null ? null : part(parts, "of")), ((Number) scale).intValue(),
                part(parts, "symbol"));
    }

    private static String part(Map<?, ?> parts, String name) {
        if (!(parts.get(name) instanceof String text)) {
            throw new IllegalArgumentException("a unit's " + name + " is text");
        }
        return text;
    }

    /**
     * The bundled unit with the given JSON code.
     *
     * @param code a code such as {@code million-vnd}
     * @return the unit
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    public static Unit fromCode(String code) {
        Objects.requireNonNull(code, "code");
        Unit unit = BUNDLED.get(code);
        if (unit == null) {
            throw new IllegalArgumentException(unknown(code, BUNDLED.keySet()));
        }
        return unit;
    }

    /**
     * The message for an unknown unit code.
     *
     * @param code  the code asked for
     * @param known the codes that are known
     * @return {@code unknown unit 'milion-vnd'; did you mean 'million-vnd'?; expected one of …}
     */
    public static String unknown(String code, java.util.Collection<String> known) {
        Objects.requireNonNull(code, "code");
        known = Checks.list(known, "known");
        return "unknown unit " + Echo.of(code) + Suggestions.didYouMean(code, known) + "; expected one of "
                + String.join(", ", known);
    }

    /**
     * Whether figures in this unit convert exactly into {@code other}: the same quantity of the same thing, at
     * another scale. A unit converts into itself; đồng never into dollars.
     *
     * @param other the unit to convert into
     * @return whether {@link #convert} can convert into it
     */
    public boolean convertsTo(Unit other) {
        Objects.requireNonNull(other, "other");
        return quantity == other.quantity && of.equals(other.of)
                && quantity != Quantity.RANK && quantity != Quantity.STATUS;
    }

    /**
     * A figure in this unit, exactly in {@code other}: 1.5 billion đồng is 1500 million đồng.
     *
     * @param value a figure in this unit
     * @param other the unit to convert into
     * @return the same amount in {@code other}, without trailing zeros
     * @throws IllegalArgumentException when the units do not convert ({@link #convertsTo}), or the figure is beyond
     *                                  what a document gives (10^18 in magnitude, 12 decimal places)
     */
    public BigDecimal convert(BigDecimal value, Unit other) {
        // Bounded as document figures are, so that the result is too: at most 36 more digits either way.
        value = Figures.normalize(value, "value");
        Objects.requireNonNull(other, "other");
        if (!convertsTo(other)) {
            throw new IllegalArgumentException("cannot convert " + code + " into " + other.code
                    + (quantity == Quantity.MONEY && other.quantity == Quantity.MONEY
                    ? ": currencies never convert" : ": they measure different things"));
        }
        BigDecimal converted = value.scaleByPowerOfTen(scale - other.scale);
        return converted.signum() == 0 ? BigDecimal.ZERO : converted.stripTrailingZeros();
    }

    /** {@code million-vnd (triệu đồng)}. */
    @Override
    public String toString() {
        return symbol.isEmpty() ? code : code + " (" + symbol + ")";
    }

    // Written out for the command line's start-up: a record's own are made through invokedynamic on first call
    // (docs/performance.md, step 32).
    @Override
    public boolean equals(Object other) {
        return other instanceof Unit that && code.equals(that.code) && quantity == that.quantity && of.equals(that.of)
                && scale == that.scale && symbol.equals(that.symbol);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
