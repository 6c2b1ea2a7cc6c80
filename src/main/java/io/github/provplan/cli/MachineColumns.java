package io.github.provplan.cli;

import io.github.provplan.plan.Observation;
import io.github.provplan.plan.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The columns CSV adds to a table for programs: a figure's relation code, its numbers, its unit's code and the
 * first and last day of its period, where the table shows people {@code above 180 triệu đồng} or {@code 3.43 % (est.)}.
 */
final class MachineColumns {
    static final List<String> TARGET = List.of("relation", "value", "low", "high", "unit", "period_start",
            "period_end", "base_year", "measure");
    static final List<String> OBSERVATION = List.of("relation", "value", "unit", "period_start", "period_end",
            "status", "compared_with");

    private MachineColumns() {
    }

    static List<String> of(Target target) {
        return List.of(target.relation().code(), plain(target.value()), plain(target.low()), plain(target.high()),
                target.unit().code(), Integer.toString(target.period().start()),
                Integer.toString(target.period().end()),
                target.baseYear().isPresent() ? Integer.toString(target.baseYear().getAsInt()) : "",
                target.measure().code());
    }

    static List<String> of(Observation observation) {
        return List.of(observation.relation().code(), observation.value().toPlainString(), observation.unit().code(),
                observation.period().firstDay().toString(), observation.period().lastDay().toString(),
                observation.status().code(), observation.comparedWith().map(Object::toString).orElse(""));
    }

    /** The columns of an observation that may be missing, as empty cells. */
    static List<String> of(Optional<Observation> observation) {
        return observation.map(MachineColumns::of).orElse(OBSERVATION.stream().map(c -> "").toList());
    }

    private static String plain(Optional<BigDecimal> figure) {
        return figure.map(BigDecimal::toPlainString).orElse("");
    }
}
