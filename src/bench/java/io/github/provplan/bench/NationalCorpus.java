package io.github.provplan.bench;

import io.github.provplan.format.PlanSet;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.indicator.Indicator;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Actor;
import io.github.provplan.plan.Assignees;
import io.github.provplan.plan.Directive;
import io.github.provplan.plan.Observation;
import io.github.provplan.plan.PartialDate;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.PlanKind;
import io.github.provplan.plan.Proposal;
import io.github.provplan.plan.Quote;
import io.github.provplan.plan.Relation;
import io.github.provplan.plan.ReportingPeriod;
import io.github.provplan.plan.Source;
import io.github.provplan.plan.Target;
import io.github.provplan.plan.Theme;
import io.github.provplan.plan.YearRange;
import io.github.provplan.province.Era;
import io.github.provplan.province.Province;
import io.github.provplan.province.ProvinceRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic national corpus in provplan's format: the 63 provinces, about 10 documents each at scale 1, every
 * document with 240 targets, 50 directives, 30 reported figures and 5 proposals in Vietnamese text built from
 * the phrases of real plans. Seeded, so a scale always gives the same bytes; made when a benchmark starts, never
 * committed. Scale ¼ has a quarter of the documents, scale 16 sixteen times as many.
 */
public final class NationalCorpus {
    public static final int DOCUMENTS_PER_PROVINCE = 10;
    public static final int TARGETS_PER_DOCUMENT = 240;
    static final int DIRECTIVES_PER_DOCUMENT = 50;
    static final int OBSERVATIONS_PER_DOCUMENT = 30;
    static final int PROPOSALS_PER_DOCUMENT = 5;

    private static final List<String> SUBJECTS = List.of("các sở, ngành, địa phương", "Sở Kế hoạch và Đầu tư",
            "Sở Tài chính", "Sở Giao thông vận tải", "UBND các huyện, thị xã, thành phố", "Sở Công Thương",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Ban Quản lý các khu công nghiệp");
    private static final List<String> ACTIONS = List.of("đẩy nhanh tiến độ giải ngân vốn đầu tư công",
            "tập trung cải thiện môi trường đầu tư, kinh doanh", "phát triển mạng lưới giao thông đồng bộ, hiệu quả",
            "đẩy mạnh chuyển đổi số trên tất cả các lĩnh vực", "phát triển nông nghiệp sạch, công nghệ cao",
            "tháo gỡ khó khăn, vướng mắc cho doanh nghiệp", "nâng cao chất lượng nguồn nhân lực",
            "bảo vệ môi trường, ứng phó với biến đổi khí hậu", "đẩy mạnh liên kết vùng",
            "hoàn thành kế hoạch thu ngân sách nhà nước", "phát triển du lịch sinh thái, di tích lịch sử văn hóa",
            "thu hút đầu tư vào các khu, cụm công nghiệp", "giải quyết căn cơ tình trạng ô nhiễm",
            "xây dựng nông thôn mới bền vững", "phát triển kinh tế cửa khẩu");
    private static final List<String> AUTHORITIES = List.of("Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh",
            "Tỉnh ủy", "UBND tỉnh", "Bí thư Tỉnh ủy");
    private static final List<String> PEOPLE = List.of("Phạm Minh Chính", "Nguyễn Văn Út", "Nguyễn Văn Được",
            "Trần Văn Nam", "Lê Thị Hoa");

    private NationalCorpus() {
    }

    /** The corpus as files: source name to the UTF-8 JSON of one plan. */
    public static Map<String, byte[]> files(double scale) {
        var files = new LinkedHashMap<String, byte[]>();
        PlanWriter writer = PlanWriter.create();
        for (Plan plan : plans(scale)) {
            files.put(plan.id() + ".json", writer.write(plan).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The corpus as one JSON list of plans, for tools that query a single document. */
    public static String document(double scale) {
        return PlanWriter.create().writeValue(plans(scale));
    }

    public static List<Plan> plans(double scale) {
        var plans = new ArrayList<Plan>();
        forEach(scale, plans::add);
        return plans;
    }

    private static final Set<String> FORMAT_1_INDICATORS = Set.of("grdp-growth", "grdp-per-capita",
            "grdp-share-agriculture", "grdp-share-industry", "grdp-share-services", "grdp-share-taxes",
            "agriculture-growth", "industry-growth", "services-growth", "population-growth", "trained-labour-rate",
            "certified-labour-rate", "urbanisation-rate", "poverty-rate", "standard-schools-kindergarten",
            "standard-schools-primary", "standard-schools-lower-secondary", "standard-schools-upper-secondary",
            "universal-kindergarten-education", "hospital-beds-per-10000", "doctors-per-10000",
            "state-budget-revenue", "development-investment-spending-share", "recurrent-spending-share",
            "public-investment-disbursement", "pci", "papi", "par-index");

    /** Makes the corpus one plan at a time, for writing corpora larger than memory. */
    public static void forEach(double scale, java.util.function.Consumer<Plan> each) {
        var random = new Random(20231);
        List<Province> provinces = ProvinceRegistry.bundled().units(Era.BEFORE_JULY_2025);
        int documents = (int) Math.round(provinces.size() * DOCUMENTS_PER_PROVINCE * scale);
        List<Indicator> indicators = IndicatorRegistry.bundled().all().stream()
                // The indicators of format 1 only, so that the corpus is the one every earlier run measured.
                .filter(i -> FORMAT_1_INDICATORS.contains(i.code()))
                .filter(i -> i.unit() != Unit.STATUS && i.unit() != Unit.RANK)
                // Three of the four GRDP shares, each under 24%: every structure stays partial and under 100.
                .filter(i -> !i.code().equals("grdp-share-taxes")).toList();
        for (int d = 0; d < documents; d++) {
            Province province = provinces.get(d % provinces.size());
            each.accept(plan(random, province, d / provinces.size(), indicators));
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Plan plan(Random random, Province province, int number, List<Indicator> indicators) {
        int start = 2016 + 5 * (number % 3);
        var period = YearRange.of(start, start + 9);
        String ref = "corpus/" + province.code() + "/" + number + ".txt";
        String id = "corpus-" + province.code() + "-" + number;
        var plan = Plan.builder(id, PlanKind.values()[number % PlanKind.values().length], province.name(),
                        "Kế hoạch phát triển kinh tế - xã hội tỉnh " + province.name() + " số " + number,
                        Actor.of("UBND tỉnh " + province.name()))
                .period(period).vision(start + 29)
                .issued(PartialDate.of(start - 1, 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .source(Source.of(ref));
        Set<String> shares = new HashSet<>();
        for (int t = 0; t < TARGETS_PER_DOCUMENT; t++) {
            Indicator indicator = pick(random, indicators);
            int year = period.start() + random.nextInt(10);
            if (indicator.isShare() && !shares.add(indicator.code() + year)) {
                indicator = indicators.get(0);
            }
            plan.target(target(random, indicator, period, year, ref, province));
        }
        for (int i = 0; i < DIRECTIVES_PER_DOCUMENT; i++) {
            String action = pick(random, ACTIONS);
            String subject = pick(random, SUBJECTS);
            var by = Actor.of(pick(random, AUTHORITIES), pick(random, PEOPLE));
            Theme theme = Theme.values()[random.nextInt(Theme.values().length)];
            var deadline = random.nextInt(3) == 0
                    ? java.util.Optional.of(PartialDate.of(start + random.nextInt(10), 1 + random.nextInt(12),
                            1 + random.nextInt(28)))
                    : java.util.Optional.<PartialDate>empty();
            plan.directive(new Directive(by, Assignees.of(subject), action, List.of(theme), deadline,
                    Quote.of(subject + " " + action + " trên địa bàn tỉnh " + province.name(), ref)));
        }
        for (int i = 0; i < OBSERVATIONS_PER_DOCUMENT; i++) {
            Indicator indicator = indicators.get(random.nextInt(indicators.size()));
            if (indicator.isShare()) {
                indicator = indicators.get(0);
            }
            plan.observation(new Observation(indicator.code(), figure(random, indicator), indicator.unit(),
                    // Results of the years before the document (issued the year before its period): a figure for a
                    // period after its document is no report (issue 18).
                    ReportingPeriod.half(start - 2 - random.nextInt(5), 1 + random.nextInt(2)), random.nextBoolean(),
                    Quote.of(indicator.labelVi() + " ước đạt " + random.nextInt(100), ref)));
        }
        for (int i = 0; i < PROPOSALS_PER_DOCUMENT; i++) {
            plan.proposal(new Proposal(Actor.of("Lãnh đạo tỉnh " + province.name()), List.of("Thủ tướng Chính phủ",
                    "các bộ, ngành liên quan"), "hỗ trợ tỉnh " + pick(random, ACTIONS),
                    List.of(Theme.values()[random.nextInt(Theme.values().length)]),
                    Quote.of("kiến nghị Thủ tướng Chính phủ hỗ trợ tỉnh " + province.name(), ref)));
        }
        return plan.build();
    }

    private static BigDecimal figure(Random random, Indicator indicator) {
        int max = indicator.unit() == Unit.BILLION_VND ? 100_000 : indicator.unit() == Unit.MILLION_VND ? 300 : 100;
        // From 0.01 to just under the maximum: "below 0" and a proportion above 100 are no targets (issue 18).
        return BigDecimal.valueOf(1 + random.nextInt(max * 100 - 1), 2);
    }

    private static Target target(Random random, Indicator indicator, YearRange period, int year, String ref,
                                 Province province) {
        var quote = Quote.of(indicator.labelVi() + " của tỉnh " + province.name() + " đến năm " + year, ref);
        if (indicator.isShare()) {
            BigDecimal share = BigDecimal.valueOf(random.nextInt(2400), 2);
            return Target.of(indicator.code(), Relation.ABOUT, share, Unit.PERCENT, YearRange.of(year), quote);
        }
        BigDecimal value = figure(random, indicator);
        return switch (random.nextInt(5)) {
            case 0 -> Target.range(indicator.code(), Relation.RANGE, value, indicator.unit() == Unit.PERCENT
                    ? value.add(BigDecimal.ONE).min(BigDecimal.valueOf(100)) : value.add(BigDecimal.ONE),
                    indicator.unit(), YearRange.of(year), quote);
            case 1 -> indicator.unit() == Unit.PERCENT
                    ? Target.of(indicator.code(), Relation.PLAIN, value, Unit.PERCENT_PER_YEAR, period, quote)
                    : Target.of(indicator.code(), Relation.ABOVE, value, indicator.unit(), YearRange.of(year), quote);
            default -> Target.of(indicator.code(), Relation.values()[random.nextInt(6)], value, indicator.unit(),
                    YearRange.of(year), quote);
        };
    }

    /** Reads the corpus with provplan, for a quick check that it is valid. */
    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        long t0 = System.nanoTime();
        Map<String, byte[]> files = files(scale);
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        long t1 = System.nanoTime();
        PlanSet set = io.github.provplan.format.PlanReader.create().readAll(files);
        long t2 = System.nanoTime();
        var catalog = io.github.provplan.catalog.PlanCatalog.of(set);
        long t3 = System.nanoTime();
        System.out.printf("%d files, %d bytes, %d targets; generate %d ms, read %d ms, index %d ms%n", files.size(),
                bytes, catalog.targets().count(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }
}
