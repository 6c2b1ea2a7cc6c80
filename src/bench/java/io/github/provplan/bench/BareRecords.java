package io.github.provplan.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline a user might write instead of provplan: plain records that Jackson databind fills with no
 * validation, no positions and no indexes. Dates and periods stay strings, as Jackson reads them.
 */
final class BareRecords {
    private BareRecords() {
    }

    /** Each file read into a plain plan, as the load benchmarks' baseline does. */
    static List<Plan> readAll(Map<String, byte[]> files) {
        var plans = new ArrayList<Plan>(files.size());
        for (byte[] bytes : files.values()) {
            plans.add(Corpus.MAPPER.readValue(bytes, Plan.class));
        }
        return plans;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plan(Integer formatVersion, String id, String kind, String status, Scope scope, String title,
                String titleEn, String number, Actor issuer, String issued, String meetingDate, String period,
                Integer vision, List<Target> targets, List<Directive> directives, List<Observation> observations,
                List<Proposal> proposals, List<Source> sources) {
    }

    record Scope(String level, String region, List<String> provinces, String era) {
    }

    record Actor(String body, String person) {
    }

    record Quote(String text, String source) {
    }

    record Source(String ref, String title, String publisher, String author, String date, String url) {
    }

    record Target(String indicator, String relation, BigDecimal value, BigDecimal low, BigDecimal high, String unit,
                  String period, Integer baseYear, String aim, Quote quote) {
    }

    record Assignees(String lead, List<String> support) {
    }

    record Directive(Actor by, Assignees to, String action, List<String> themes, String deadline, Quote quote) {
    }

    record Observation(String indicator, String relation, BigDecimal value, String unit, String period,
                       String status, Quote quote) {
    }

    record Proposal(Actor from, List<String> to, String request, List<String> themes, Quote quote) {
    }
}
