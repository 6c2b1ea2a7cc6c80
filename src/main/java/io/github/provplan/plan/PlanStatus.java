package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * Where a document is in its life: adopted, or still a draft or a proposal. {@code PlanStatus.fromCode("draft")} is
 * {@link #DRAFT}; every format 1 plan is {@link #ADOPTED}.
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum PlanStatus {
    /** Adopted, approved or issued: the document is in force as written. */
    ADOPTED,
    /** "Dự thảo": a draft put out for comment. */
    DRAFT,
    /** "Dự kiến", "trình đại hội", "trình Quốc hội": put forward for adoption, not yet adopted. */
    PROPOSED;

    /**
     * The JSON code: {@code adopted}, {@code draft}, {@code proposed}.
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
     * @param code a code such as {@code draft}
     * @return the status
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static PlanStatus fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(PlanStatus.class, code, "status");
    }
}
