package io.github.provplan.province;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.provplan.internal.Echo;
import io.github.provplan.internal.Checks;
import io.github.provplan.internal.IllegalFieldException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A provincial unit: a province ("tỉnh") or a centrally-run city ("thành phố trực thuộc trung ương").
 * {@code ProvinceRegistry.bundled().resolve("Long An")} is Long An (80), of the arrangement before 1 July 2025.
 *
 * <p>Provinces are immutable values, safe to share between threads.
 *
 * @param code       the two-digit statistical code, such as {@code 80} for Long An
 * @param name       the short name, such as {@code Long An}, {@code Hồ Chí Minh}
 * @param era        the arrangement the unit belongs to
 * @param city       whether it is a centrally-run city
 * @param aliases    other names it goes by ({@code Thừa Thiên Huế}, {@code TP. HCM})
 * @param formedFrom for a unit from 1 July 2025, the names of the units it was formed from (itself included when it
 *                   kept its name); empty before
 */
public record Province(String code, String name, Era era, boolean city, List<String> aliases,
                       List<String> formedFrom) {
    private static final Pattern CODE = Pattern.compile("\\d{2}");

    /**
     * Creates a provincial unit, keeping its names in Unicode NFC and unmodifiable copies of its lists.
     *
     * @param code       the two-digit statistical code
     * @param name       the short name
     * @param era        the arrangement the unit belongs to
     * @param city       whether it is a centrally-run city
     * @param aliases    other names it goes by
     * @param formedFrom the names of the units it was formed from; empty for a unit before 1 July 2025
     * @throws IllegalArgumentException if {@code code} is not two digits; if a name or alias is blank or holds a
     *                                  disallowed character; or if a unit before 1 July 2025 has {@code formedFrom}
     */
    public Province {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalFieldException("code", Echo.of(code) + " is not a two-digit code");
        }
        name = Checks.text(name, "name");
        Objects.requireNonNull(era, "era");
        aliases = Checks.textList(aliases, "aliases");
        formedFrom = Checks.textList(formedFrom, "formedFrom");
        if (era == Era.BEFORE_JULY_2025 && !formedFrom.isEmpty()) {
            throw new IllegalFieldException("formedFrom", "only units from 1 July 2025 were formed from others");
        }
    }

    /**
     * Whether the unit was formed from others, rather than carried over alone: Tây Ninh from 1 July 2025, formed
     * from Tây Ninh and Long An, is a merger.
     *
     * @return whether {@link #formedFrom()} names more than one unit
     */
    @JsonIgnore
    public boolean isMerger() {
        return formedFrom.size() > 1;
    }

    /**
     * The name with its kind: {@code tỉnh Long An}, {@code thành phố Hồ Chí Minh}.
     *
     * @return the name after "tỉnh " or, for a centrally-run city, "thành phố "
     */
    public String fullName() {
        return (city ? "thành phố " : "tỉnh ") + name;
    }

    @Override
    public String toString() {
        return name + " (" + code + (era == Era.BEFORE_JULY_2025 ? ", before 1 July 2025" : ", from 1 July 2025")
                + ")";
    }

    // Written out for the command line's start-up: a record's own are made through invokedynamic on first call
    // (docs/performance.md, step 32).
    @Override
    public boolean equals(Object other) {
        return other instanceof Province that && code.equals(that.code) && name.equals(that.name) && era == that.era
                && city == that.city && aliases.equals(that.aliases) && formedFrom.equals(that.formedFrom);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + era.hashCode();
    }
}
