package dev.occam.cli;

import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;

import java.io.PrintWriter;

/** The numpy reproducer of a written counterexample, or a line saying why there is none. */
final class Reproductions {
    private Reproductions() {}

    static String script(SpecPlan plan, SpecResult result, PrintWriter out) {
        out.println("no reproducer: not available yet");
        return null;
    }
}
