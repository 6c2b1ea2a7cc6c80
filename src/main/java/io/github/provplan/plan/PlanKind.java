package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * What kind of document a {@link Plan} is: {@code PlanKind.fromCode("master-plan")} is {@link #MASTER_PLAN}. A
 * national or regional master plan is a master plan whose {@link Plan#scope()} says so.
 *
 * <p>Enum constants are immutable and safe to share.
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
    DECISION,
    /** "Báo cáo": a report of results. */
    RESULTS_REPORT,
    /** "Nghị quyết Đại hội Đảng bộ": the resolution of a party congress for its term. */
    CONGRESS_RESOLUTION,
    /** "Nghị quyết của Chính phủ" (NQ-CP): a resolution of the Government. */
    GOVERNMENT_RESOLUTION,
    /** "Điều chỉnh": a document that adjusts a plan, such as a revision raising its targets. */
    ADJUSTMENT;

    /** The kinds of format 1, in their order. */
    public static final java.util.List<PlanKind> FORMAT_1 = java.util.List.of(MASTER_PLAN, SOCIO_ECONOMIC_PLAN,
            RESOLUTION, ACTION_PROGRAMME, CONCLUSION_NOTICE, MEETING_CONCLUSIONS, DIRECTIVE, DECISION);

    /**
     * The code by which this constant appears in JSON: the name in lower-kebab-case.
     *
     * @return the code, such as {@code master-plan}
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The constant with the given JSON code.
     *
     * @param code a code such as {@code master-plan}
     * @return the kind
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static PlanKind fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(PlanKind.class, code, "plan kind");
    }
}
