package io.github.provplan.province;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The two arrangements of Vietnam's provincial units: {@code Era.on(LocalDate.of(2024, 6, 30))} is
 * {@link #BEFORE_JULY_2025}.
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum Era {
    /** The 63 provinces and centrally-run cities in place until 30 June 2025. */
    BEFORE_JULY_2025,
    /** The 34 provinces and centrally-run cities formed by Resolution 202/2025/QH15, from 1 July 2025. */
    FROM_JULY_2025;

    /** The first day of the arrangement from 1 July 2025. */
    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    /**
     * The arrangement in place on a day.
     *
     * @param day the day
     * @return {@link #FROM_JULY_2025} from 1 July 2025, {@link #BEFORE_JULY_2025} before
     */
    public static Era on(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.isBefore(MERGER) ? BEFORE_JULY_2025 : FROM_JULY_2025;
    }

    /**
     * The JSON code: {@code before-july-2025}, {@code from-july-2025}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The era with the given code.
     *
     * @param code {@code before-july-2025} or {@code from-july-2025}
     * @return the era
     * @throws IllegalArgumentException for any other code
     */
    @JsonCreator
    public static Era fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Era.class, code, "era");
    }
}
