package dev.occam.cli;

import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.numeric.Value;
import dev.occam.plan.Planner;
import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The real engine: {@link SpecLoader} with exact numbers from {@link Symbolic}, {@link Planner} and
 * {@link Checker}.
 */
final class PipelineEngine implements Engine {
    /**
     * RunSettings' default formula-time-limit: numbers are read while the spec loads, before its
     * own {@code run} block is known.
     */
    private static final Duration NUMBER_TIME_LIMIT = Duration.ofSeconds(5);

    /** Created on first use, so that --help and --version never touch the loader or Symja. */
    private SpecLoader loader;

    @Override
    public SpecPlan load(Path file) {
        return load(file, (String) null);
    }

    /** text null: read the file. */
    @Override
    public SpecPlan load(Path file, String text) {
        Spec spec;
        synchronized (this) {
            if (loader == null) loader = new SpecLoader(PipelineEngine::number);
            spec = text == null ? loader.load(file) : loader.load(file, text);
        }
        // kind-level errors (unknown kind, wrong dimension, bad formula) count as load errors too
        return Planner.plan(spec);
    }

    @Override
    public SpecResult check(SpecPlan plan, CheckOptions options, Progress progress) {
        return new Checker(options).check(plan, progress);
    }

    @Override
    public SpecResult explain(SpecPlan plan) {
        return new Checker(CheckOptions.defaults()).explain(plan);
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
