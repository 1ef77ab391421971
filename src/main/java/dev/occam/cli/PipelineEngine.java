package dev.occam.cli;

import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.check.SpecResult;
import dev.occam.numeric.Value;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;
import java.nio.file.Path;
import java.time.Duration;

/** The real engine: {@link SpecLoader} with exact numbers from {@link Symbolic}, and {@link Checker}. */
final class PipelineEngine implements Engine {
    /**
     * RunSettings' default formula-time-limit: numbers are read while the spec loads, before its
     * own {@code run} block is known.
     */
    private static final Duration NUMBER_TIME_LIMIT = Duration.ofSeconds(5);

    /** Created on first use, so that --help and --version never touch the loader or Symja. */
    private SpecLoader loader;

    @Override
    public synchronized Spec load(Path file) {
        if (loader == null) loader = new SpecLoader(PipelineEngine::number);
        Spec spec = loader.load(file);
        // kind-level errors (unknown kind, wrong dimension, bad formula) count as load errors too,
        // so an invalid spec stops the command before anything runs
        new Checker(CheckOptions.defaults()).validate(spec);
        return spec;
    }

    @Override
    public SpecResult check(Spec spec, CheckOptions options, Progress progress) {
        return new Checker(options).check(spec, progress);
    }

    @Override
    public SpecResult explain(Spec spec) {
        return new Checker(CheckOptions.defaults()).explain(spec);
    }

    /** SpecLoader's contract: anything unusable is an IllegalArgumentException with a message. */
    private static Value number(String text) {
        try {
            return Symbolic.get().number(text, NUMBER_TIME_LIMIT);
        } catch (FormulaException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
