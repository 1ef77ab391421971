package dev.occam.spec;

import java.time.Duration;

/**
 * The {@code run} block. Defaults: precision 16, max-iterations 1000000, time-limit 60s, seed 1.
 * {@code formulaTimeLimit} bounds one symbolic evaluation (key {@code formula-time-limit}, default
 * 5s).
 */
public record RunSettings(
        int precision,
        long maxIterations,
        Duration timeLimit,
        long seed,
        Duration formulaTimeLimit) {

    public RunSettings withPrecision(int digits) {
        return new RunSettings(digits, maxIterations, timeLimit, seed, formulaTimeLimit);
    }
}
