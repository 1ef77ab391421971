package dev.occam.check;

import dev.occam.spec.Spec;

/**
 * Checks one spec: builds problem, algorithm, prediction and claims for every sweep point, runs,
 * certifies and decides the verdict. Thread-safe; specs may be checked in parallel.
 */
public final class Checker {
    private final CheckOptions options;

    public Checker(CheckOptions options) {
        this.options = options;
    }

    /**
     * Runs the spec. Invalid kind-level input (unknown kind, wrong dimension, bad formula) throws
     * {@link dev.occam.spec.SpecError} before anything runs; failures during the run become
     * verdicts (INCONCLUSIVE with a reason, or ERROR for internal failures), never exceptions.
     */
    public SpecResult check(Spec spec, Progress progress) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The derived symbolic objects, the prediction and its certificate, without running the algorithm. */
    public SpecResult explain(Spec spec) {
        throw new UnsupportedOperationException("TODO");
    }
}
