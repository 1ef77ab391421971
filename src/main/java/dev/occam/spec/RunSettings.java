package dev.occam.spec;

import java.time.Duration;

/**
 * The {@code run} block. Defaults: precision 16, max-iterations 1000000, time-limit 60s, seed 1,
 * seeds 1. {@code formulaTimeLimit} bounds one symbolic evaluation (key {@code formula-time-limit},
 * default 5s).
 */
public record RunSettings(
        int precision,
        long maxIterations,
        Duration timeLimit,
        long seed,
        Duration formulaTimeLimit,
        Seeds seeds) {

    /**
     * {@code seeds}, {@code probability}, {@code confidence}: a stochastic method runs with seeds
     * seed .. seed + count - 1, and a claim HOLDS when the Clopper-Pearson interval (at {@code
     * confidence}) of the fraction of seeds it holds for lies above {@code probability}
     * (docs/stochastic.md). Defaults 1, 0.5, 0.95.
     */
    public record Seeds(int count, double probability, double confidence) {
        public static final Seeds ONE = new Seeds(1, 0.5, 0.95);
    }

    /** One seed (the settings of every deterministic spec). */
    public RunSettings(
            int precision,
            long maxIterations,
            Duration timeLimit,
            long seed,
            Duration formulaTimeLimit) {
        this(precision, maxIterations, timeLimit, seed, formulaTimeLimit, Seeds.ONE);
    }

    public RunSettings withPrecision(int digits) {
        return new RunSettings(digits, maxIterations, timeLimit, seed, formulaTimeLimit, seeds);
    }
}
