package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * How final a reported figure is, after SDMX's {@code OBS_STATUS}: {@code ObservationStatus.fromCode("estimated")}
 * is {@link #ESTIMATED}.
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum ObservationStatus {
    /** Stated with no qualifier (SDMX "A", normal value). The default. */
    REPORTED,
    /** "Sơ bộ": a preliminary figure (SDMX "P", provisional). */
    PRELIMINARY,
    /** "Ước", "ước tính": an estimate (SDMX "E"). */
    ESTIMATED,
    /** "Dự kiến", "ước cả năm" before the period ends: what the figure is expected to be (SDMX "F", forecast). */
    EXPECTED,
    /** "Chính thức": the official, final figure. */
    OFFICIAL;

    /**
     * Whether the figure may still change: preliminary, estimated or expected.
     *
     * @return true for {@link #PRELIMINARY}, {@link #ESTIMATED} and {@link #EXPECTED}
     */
    public boolean isProvisional() {
        return this == PRELIMINARY || this == ESTIMATED || this == EXPECTED;
    }

    /**
     * The JSON code: {@code reported}, {@code estimated}…, the name in lower-kebab-case.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The status with the given JSON code.
     *
     * @param code a code such as {@code estimated}
     * @return the status
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static ObservationStatus fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(ObservationStatus.class, code, "status");
    }
}
