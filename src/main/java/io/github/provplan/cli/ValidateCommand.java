package io.github.provplan.cli;

import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
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
            + "checked together (ids must be unique across them).")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            PlanSet set = PlanReader.create().read(paths);
            if (set.plans().isEmpty() && set.indicators().isEmpty() && set.units().isEmpty()) {
                // Nothing to check is no success: a mistyped directory would otherwise pass CI.
                spec.commandLine().getErr().println("provplan: no plans to validate in " + paths.stream()
                        .map(Object::toString).collect(java.util.stream.Collectors.joining(", "))
                        + " (a directory is searched for *.json files)");
                return 1;
            }
            out.println("valid: " + set.plans().size() + (set.plans().size() == 1 ? " plan" : " plans")
                    + (set.indicators().isEmpty() ? "" : ", " + set.indicators().size() + " indicators"));
            return 0;
        } catch (PlanFormatException e) {
            for (Problem problem : e.problems()) {
                out.println(problem);
            }
            out.flush();
            int count = e.problems().size();
            spec.commandLine().getErr().println("provplan: " + count + (count == 1 ? " problem" : " problems"));
            return 1;
        }
    }
}
