package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * What a directive or proposal is about: a closed vocabulary, so that queries by theme are exact.
 */
public enum Theme {
    INFRASTRUCTURE,
    TRANSPORT,
    LOGISTICS,
    INVESTMENT,
    PUBLIC_INVESTMENT,
    DIGITAL_TRANSFORMATION,
    INNOVATION,
    AGRICULTURE,
    NEW_RURAL_DEVELOPMENT,
    INDUSTRY,
    SERVICES,
    TRADE,
    TOURISM,
    BORDER_ECONOMY,
    URBAN_DEVELOPMENT,
    HOUSING,
    LAND,
    ENVIRONMENT,
    NATURAL_RESOURCES,
    CLIMATE_AND_DISASTERS,
    EDUCATION,
    HUMAN_RESOURCES,
    HEALTH,
    SOCIAL_WELFARE,
    CULTURE,
    DEFENCE_AND_SECURITY,
    ADMINISTRATIVE_REFORM,
    BUSINESS_ENVIRONMENT,
    BUDGET_AND_FINANCE,
    CREDIT,
    PLANNING,
    REGIONAL_LINKAGE,
    FOREIGN_AFFAIRS,
    ANTI_CORRUPTION,
    PARTY_BUILDING,
    GROWTH;

    /** The code by which this constant appears in JSON: the name in lower-kebab-case. */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The constant with the given JSON code.
     *
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Theme fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Theme.class, code, "theme");
    }
}
