package io.github.provplan.cli;

import io.github.provplan.province.Era;
import io.github.provplan.province.Province;
import io.github.provplan.province.ProvinceRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "provinces", mixinStandardHelpOptions = true,
        description = {"List Vietnam's provincial units with their codes: the 34 from 1 July 2025 and what formed "
                + "them (Resolution 202/2025/QH15), or the 63 before.",
            "Use --name to look one up."})
final class ProvincesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--before-2025", description = "The 63 units before 1 July 2025, with the unit each became part of.")
    boolean before;

    @Option(names = "--name", paramLabel = "NAME", description = "Only the unit this name refers to, and its "
            + "predecessors or successor.")
    String name;

    @Option(names = "--at", paramLabel = "DATE", description = "The units in place on this day (yyyy-MM-dd): the 63 "
            + "before 1 July 2025, the 34 from then on.")
    java.time.LocalDate at;

    @Option(names = "--successors", paramLabel = "NAME", description = "The unit before 1 July 2025 that had this "
            + "name, and the unit its area is part of from then on (a unit of today is its own successor).")
    String successors;

    /** The day the 63 units were in place from: Hà Tây became part of Hà Nội (Resolution 15/2008/QH12). */
    private static final java.time.LocalDate SIXTY_THREE_FROM = java.time.LocalDate.of(2008, 8, 1);

    @Override
    public Integer call() {
        long chosen = java.util.stream.Stream.of(before ? "" : null, name, at, successors)
                .filter(java.util.Objects::nonNull).count();
        if (chosen > 1) {
            throw new IllegalArgumentException("--before-2025, --at, --name and --successors each choose what to list; "
                    + "give one of them");
        }
        if (at != null && at.isBefore(SIXTY_THREE_FROM)) {
            throw new IllegalArgumentException("the registry holds the 63 units in place from 2008-08-01 and the 34 "
                    + "from 2025-07-01; " + at + " is before both");
        }
        ProvinceRegistry registry = ProvinceRegistry.bundled();
        List<Province> units;
        if (successors != null) {
            units = successionOf(registry, successors);
        } else if (name != null) {
            Province unit = registry.resolve(name);
            units = new ArrayList<>(List.of(unit));
            units.addAll(registry.predecessors(unit).stream().filter(p -> !p.name().equals(unit.name())
                    || !p.code().equals(unit.code())).toList());
            registry.successor(unit).ifPresent(units::add);
        } else {
            units = registry.units(at != null ? Era.on(at) : before ? Era.BEFORE_JULY_2025 : Era.FROM_JULY_2025);
        }
        var table = new Table("code", "name", "kind", "era", "formed from / became part of");
        var json = new ArrayList<Map<String, Object>>();
        for (Province unit : units) {
            String link = unit.era() == Era.FROM_JULY_2025 ? String.join(", ", unit.formedFrom())
                    : registry.successor(unit).map(s -> "→ " + s.name()).orElse("");
            table.row(unit.code(), unit.name(), unit.city() ? "thành phố" : "tỉnh",
                    unit.era() == Era.FROM_JULY_2025 ? "from 2025-07-01" : "before 2025-07-01", link);
            var entry = new LinkedHashMap<String, Object>();
            entry.put("code", unit.code());
            entry.put("name", unit.name());
            entry.put("city", unit.city());
            entry.put("era", unit.era() == Era.FROM_JULY_2025 ? "from-2025-07-01" : "before-2025-07-01");
            if (!unit.aliases().isEmpty()) {
                entry.put("aliases", unit.aliases());
            }
            if (unit.era() == Era.FROM_JULY_2025) {
                entry.put("formedFrom", unit.formedFrom());
            } else {
                registry.successor(unit).ifPresent(s -> entry.put("becamePartOf", s.name()));
            }
            json.add(entry);
        }
        Output.print(spec.commandLine().getOut(), common, table, json);
        return 0;
    }

    /** The earlier unit of that name and what governs its area now, or the unit of today itself. */
    private static List<Province> successionOf(ProvinceRegistry registry, String name) {
        registry.resolve(name); // an unknown name is a usage error, with the closest known one
        var units = new ArrayList<Province>();
        registry.find(name, Era.BEFORE_JULY_2025).ifPresent(earlier -> {
            units.add(earlier);
            registry.successor(earlier).ifPresent(units::add);
        });
        if (units.isEmpty()) {
            registry.find(name, Era.FROM_JULY_2025).ifPresent(units::add);
        }
        return units;
    }
}
