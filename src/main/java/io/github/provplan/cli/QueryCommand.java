package io.github.provplan.cli;

import io.github.provplan.catalog.PlanCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads a catalog, finds something and prints it; exit 1 when nothing matches. */
abstract class QueryCommand implements Callable<Integer> {
    static final int NO_MATCH = 1;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    /** Prints what the command finds, and returns how many things it found. */
    abstract int print(PlanCatalog catalog, PrintWriter out);

    /** What the command finds, in the plural, for "no targets match". */
    abstract String what();

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlanCatalog catalog = common.catalog();
        int found = print(catalog, out);
        if (found == 0) {
            String hint = "";
            for (CommandSpec mixin : spec.mixins().values()) {
                if (mixin.userObject() instanceof ProvinceOptions province) {
                    hint = province.noMatchHint(catalog);
                }
            }
            spec.commandLine().getErr().println("provplan: no " + what() + " match" + hint);
            return NO_MATCH;
        }
        return 0;
    }
}
