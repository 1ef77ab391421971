package dev.occam.cli;

/** The exit codes the README documents. */
final class ExitCodes {
    static final int AS_EXPECTED = 0;

    /** Some verdict contradicts its spec's expect: a theorem FAILS or a counterexample HOLDS. */
    static final int NOT_AS_EXPECTED = 1;

    static final int USAGE_OR_INVALID_SPEC = 2;

    /** Some spec is INCONCLUSIVE, and none is {@link #NOT_AS_EXPECTED}. */
    static final int INCONCLUSIVE = 3;

    static final int INTERNAL_ERROR = 4;

    private ExitCodes() {}
}
