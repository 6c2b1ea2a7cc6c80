package io.github.provplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.provplan.internal.Codes;
import java.util.Objects;

/**
 * What a directive or proposal is about: a closed vocabulary, so that queries by theme are exact.
 * {@code Theme.fromCode("public-investment")} is {@link #PUBLIC_INVESTMENT}; a directive or proposal has at least one
 * theme, and may have several ("đẩy nhanh tiến độ ... hạ tầng khu, cụm công nghiệp, khu vực cửa khẩu" is
 * {@link #INFRASTRUCTURE}, {@link #INDUSTRY} and {@link #BORDER_ECONOMY}).
 *
 * <p>Enum constants are immutable and safe to share.
 */
public enum Theme {
    /** Infrastructure in general ("hạ tầng"): industrial parks, border gates and other works; see also {@link #TRANSPORT}. */
    INFRASTRUCTURE,
    /** Roads, expressways and other transport networks ("giao thông"), such as the Hữu Nghị - Chi Lăng expressway. */
    TRANSPORT,
    /** Ports, warehousing and logistics services, such as the Long An International Port. */
    LOGISTICS,
    /** Attracting and following up investment, domestic and foreign (FDI), and its projects ("thu hút đầu tư"). */
    INVESTMENT,
    /** The State's own investment: allocating and disbursing public investment capital ("đầu tư công"). */
    PUBLIC_INVESTMENT,
    /** Digital transformation ("chuyển đổi số"): e-government, online public services, Industry 4.0. */
    DIGITAL_TRANSFORMATION,
    /** Science, technology, innovation and start-ups ("đổi mới sáng tạo", "khởi nghiệp"). */
    INNOVATION,
    /** Farming, forestry and fisheries ("nông, lâm, thủy sản"). */
    AGRICULTURE,
    /** The national target programme for new rural areas ("xây dựng nông thôn mới"). */
    NEW_RURAL_DEVELOPMENT,
    /** Industry and industrial parks and clusters ("công nghiệp", "khu, cụm công nghiệp"). */
    INDUSTRY,
    /** Services as a sector ("dịch vụ"), such as port services. */
    SERVICES,
    /** Domestic and foreign trade, exports and imports, and the fight against smuggling and trade fraud. */
    TRADE,
    /** Tourism and its products ("du lịch"). */
    TOURISM,
    /** The economy of border gates and border areas ("kinh tế cửa khẩu"). */
    BORDER_ECONOMY,
    /** Towns and cities and their growth ("phát triển đô thị"). */
    URBAN_DEVELOPMENT,
    /** Housing, such as social housing and housing for workers ("nhà ở xã hội"). */
    HOUSING,
    /** Land management, compensation, resettlement and site clearance ("đất đai", "giải phóng mặt bằng"). */
    LAND,
    /** Protecting the environment: pollution, waste ("môi trường"). */
    ENVIRONMENT,
    /** Minerals and other natural resources ("tài nguyên khoáng sản"). */
    NATURAL_RESOURCES,
    /** Natural disasters, climate change and landslides ("thiên tai", "biến đổi khí hậu"). */
    CLIMATE_AND_DISASTERS,
    /** Schools and training ("giáo dục", "đào tạo"). */
    EDUCATION,
    /** The workforce and high-quality human resources ("nguồn nhân lực"). */
    HUMAN_RESOURCES,
    /** Health care and disease prevention ("y tế", "phòng, chống dịch bệnh"). */
    HEALTH,
    /** Social security and welfare policies ("an sinh xã hội"). */
    SOCIAL_WELFARE,
    /** Culture and cultural and historical traditions ("văn hóa"). */
    CULTURE,
    /** National defence, public security, border protection and crime ("quốc phòng, an ninh"). */
    DEFENCE_AND_SECURITY,
    /** Administrative reform and the way the administration is run and directed ("cải cách hành chính"). */
    ADMINISTRATIVE_REFORM,
    /** The business climate, competitiveness and support for enterprises ("môi trường đầu tư kinh doanh"). */
    BUSINESS_ENVIRONMENT,
    /** The State budget: revenue collection and spending ("ngân sách nhà nước"). */
    BUDGET_AND_FINANCE,
    /** Bank credit and lending ("tín dụng"). */
    CREDIT,
    /** Planning and carrying out plans: setting tasks, following and reporting on them ("quy hoạch", "kế hoạch"). */
    PLANNING,
    /** Links with other provinces and regions ("liên kết vùng"), such as with Hồ Chí Minh City and the South East. */
    REGIONAL_LINKAGE,
    /** Relations with other countries ("đối ngoại"), such as links with Cambodia. */
    FOREIGN_AFFAIRS,
    /** Fighting corruption and waste, and settling complaints and denunciations ("phòng chống tham nhũng"). */
    ANTI_CORRUPTION,
    /** The leadership of the Party committees and unity in direction ("xây dựng Đảng"). */
    PARTY_BUILDING,
    /** Economic growth and meeting the plan's targets as a whole ("tăng trưởng"). */
    GROWTH;

    /**
     * The code by which this constant appears in JSON: the name in lower-kebab-case.
     *
     * @return the code, such as {@code public-investment}
     */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /**
     * The constant with the given JSON code.
     *
     * @param code a code such as {@code public-investment}
     * @return the theme
     * @throws IllegalArgumentException for an unknown code, naming the closest known one
     */
    @JsonCreator
    public static Theme fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Codes.parse(Theme.class, code, "theme");
    }
}
