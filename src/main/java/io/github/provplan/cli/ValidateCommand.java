package io.github.provplan.cli;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check plan files: every problem is printed as file:line:column: /pointer: message, one a "
                + "line.", "Exits with 1 when there is any problem."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files, or directories of *.json files, "
            + "checked together; *.jsonl files, a plan a line, are checked as streams, a line at a time. Ids "
            + "must be unique across all of them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long[] plans = {0};
        try {
            PlanSet set;
            try (Progress progress = Progress.start()) { // wiped before anything else is printed
                // JSON Lines files are checked a plan at a time, and their plans not kept: any length fits.
                set = Inputs.read(paths, (source, plan) -> plans[0]++, progress);
            }
            if (plans[0] == 0 && set.indicators().isEmpty() && set.units().isEmpty()) {
                // Nothing to check is no success: a mistyped directory would otherwise pass CI.
                spec.commandLine().getErr().println("provplan: no plans to validate in " + paths.stream()
                        .map(Object::toString).collect(java.util.stream.Collectors.joining(", "))
                        + " (a directory is searched for *.json files; *.jsonl files are read as JSON Lines)");
                return 1;
            }
            out.println("valid: " + plans[0] + (plans[0] == 1 ? " plan" : " plans")
                    + (set.indicators().isEmpty() ? "" : ", " + set.indicators().size() + " indicators"));
            return 0;
        } catch (PlanFormatException e) {
            int count = Main.list(e, out);
            out.flush();
            spec.commandLine().getErr().println("provplan: " + count + (count == 1 ? " problem" : " problems"));
            return 1;
        }
    }
}
