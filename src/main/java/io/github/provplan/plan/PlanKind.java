package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;

/**
 * What kind of document a {@link Plan} is.
 */
public enum PlanKind {
    /** "Quy hoạch tỉnh": a provincial master plan for a period, with a vision year. */
    MASTER_PLAN,
    /** "Kế hoạch phát triển kinh tế - xã hội": an annual or five-year socio-economic development plan. */
    SOCIO_ECONOMIC_PLAN,
    /** "Nghị quyết": a resolution of a party committee or a people's council. */
    RESOLUTION,
    /** "Chương trình hành động": an action programme carrying out another document. */
    ACTION_PROGRAMME,
    /** "Thông báo kết luận": a notice conveying conclusions, such as 394/TB-VPCP. */
    CONCLUSION_NOTICE,
    /** Conclusions given at a working session or conference, as reported, with no notice number. */
    MEETING_CONCLUSIONS,
    /** "Chỉ thị": a directive issued as a document. */
    DIRECTIVE,
    /** "Quyết định": a decision. */
    DECISION;

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
    public static PlanKind fromCode(String code) {
        return Codes.parse(PlanKind.class, code, "plan kind");
    }
}
