package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;

/**
 * How a document relates to another it names: {@link Plan#links()} gives each link with its kind. In JSON each kind is
 * a list of references of its own ({@code "adjusts": [...]}).
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum LinkKind {
    /** It carries out the other ("triển khai thực hiện"). */
    IMPLEMENTS,
    /** It changes parts of the other ("sửa đổi, bổ sung"). */
    AMENDS,
    /** It replaces the other as a whole ("thay thế"). */
    SUPERSEDES,
    /** It adjusts the other's targets or content ("điều chỉnh"), as the 2025 revision of the national master plan. */
    ADJUSTS,
    /** It refers to the other. */
    CITES;

    /**
     * The code: {@code implements}, {@code amends}…, the name in lower-kebab-case.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
