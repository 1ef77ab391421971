package dev.occam.cli;

import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;

import java.nio.file.Path;

/**
 * What the commands need from the rest of occam: load and plan a spec, check it, explain it. The
 * seam that lets the commands be tested without the numerical pipeline. Errors are as in {@code
 * SpecLoader} and {@code Planner}: an invalid spec throws {@code SpecError} or {@code
 * FormulaException} when it is loaded, so an invalid spec stops a command before anything runs.
 */
public interface Engine {
    SpecPlan load(Path file);

    /**
     * A spec from text rather than a file (a search candidate); {@code file} names it in messages
     * and must match its id.
     */
    default SpecPlan load(Path file, String text) {
        throw new UnsupportedOperationException("this engine loads files only");
    }

    SpecResult check(SpecPlan plan, CheckOptions options, Progress progress);

    SpecResult explain(SpecPlan plan);
}
