package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * A prediction is compared in the run's tier, so it must carry at least that tier's digits:
 * `precision: 17` runs in double-double (32 digits), and a prediction rounded to 17 + 10 digits sat
 * 7e-28 from the exact min-distance interpolant, so a run that reached the exact limit "failed" a
 * 1e-28 limit against the exact fate (an internal inconsistency; found by the spec fuzzer). The
 * truth: constant-step GD on least squares tends exactly to the interpolant nearest w0 (the exact
 * fate, decided in rationals).
 */
class PredictionDigitsTest {
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    @Test
    void aDoubleDoubleRunAtPrecision17MeetsItsExactLimit() {
        String yaml =
                """
                id: digits
                title: prediction digits
                expect: holds
                problem:
                  kind: least-squares
                  X: [[2, -1, 0, 3], [1, 1, -2, 0]]
                  y: [1, "1/3"]
                algorithm: {kind: gradient-descent, step: 0.03, init: [1, 0, -1, "1/2"]}
                prediction: {kind: min-distance-interpolant}
                claims:
                  - {kind: limit, tolerance: 1e-28}
                run:
                  precision: 17
                  max-iterations: 2000
                """;
        ClaimResult limit =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE)
                        .points()
                        .get(0)
                        .claims()
                        .get(0);
        assertThat(limit.verdict()).as(limit.message()).isEqualTo(Verdict.HOLDS);
    }
}
