package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A record reads the same whatever order its properties are written in, and an unknown one is found anywhere. */
class PropertyOrderTest {
    @Test
    void propertiesInAnyOrderReadAsTheSameRecordAndAnUnknownOneIsFoundInAnyPlace() {
        String[] members = {"\"indicator\": \"grdp-growth\"", "\"relation\": \"at-least\"", "\"value\": 8",
            "\"unit\": \"percent-per-year\"", "\"period\": \"2021-2030\"",
            "\"quote\": {\"source\": \"nq\", \"text\": \"GRDP tăng 8%/năm\"}"};
        var readings = new java.util.HashSet<Object>();
        for (List<String> order : List.of(List.of(members), List.of(members[5], members[4], members[3], members[2], members[1], members[0]),
                List.of(members[3], members[0], members[5], members[1], members[4], members[2]))) {
            readings.add(read(String.join(", ", order)).plans().get(0).targets());
            for (int at = 0; at <= order.size(); at++) {
                var withUnknown = new java.util.ArrayList<>(order);
                withUnknown.add(at, "\"valeu\": 9");
                var e = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
                        () -> read(String.join(", ", withUnknown)));
                assertEquals(1, e.problems().size(), e::getMessage);
                assertEquals("/targets/0/valeu", e.problems().get(0).pointer());
            }
        }
        assertEquals(1, readings.size(), "one record, whatever the order: " + readings);
    }

    private static PlanSet read(String target) {
        return PlanReader.create().read("""
                {"id": "p", "kind": "resolution", "province": "Long An", "title": "Nghị quyết",
                 "issuer": {"body": "Tỉnh ủy"}, "sources": [{"ref": "nq"}], "targets": [{%s}]}""".formatted(target),
                "p.json");
    }
}
