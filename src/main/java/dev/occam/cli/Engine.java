package dev.occam.cli;

import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.check.SpecResult;
import dev.occam.spec.Spec;
import java.nio.file.Path;

/**
 * What the commands need from the rest of occam: load a spec, check it, explain it. The seam that
 * lets the commands be tested without the numerical pipeline. Errors are as in {@code SpecLoader}
 * and {@code Checker}: an invalid spec throws {@code SpecError} or {@code FormulaException}.
 */
public interface Engine {
    Spec load(Path file);

    SpecResult check(Spec spec, CheckOptions options, Progress progress);

    SpecResult explain(Spec spec);
}
