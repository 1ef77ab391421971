package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.function.LongToDoubleFunction;

/**
 * GD's loss decreases below the stability threshold and increases above it (the iterates blow up).
 */
class MonotoneClaimTest {
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    @ParameterizedTest
    @CsvSource({"0.01, HOLDS", "0.08, FAILS"})
    void lossIsMonotoneExactlyWhenTheStepIsStable(String step, Verdict expected) {
        // lambda_max(X X^T) = 10 + sqrt(17) = 14.12: GD on sum (x.w - y)^2 is stable iff eta <
        // 1/14.12 = 0.0708
        String yaml =
                """
                id: monotone
                title: loss monotone
                expect: holds
                problem:
                  kind: least-squares
                  X: [[2, -1, 0, 3], [1, 1, -2, 0]]
                  y: [1, "1/3"]
                algorithm:
                  kind: gradient-descent
                  step: %s
                  init: [1, 0, -1, "1/2"]
                prediction:
                  kind: min-distance-interpolant
                claims:
                  - {kind: monotone, quantity: loss, direction: nonincreasing}
                run:
                  max-iterations: 3000
                """
                        .formatted(step);
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        ClaimResult c = r.points().get(0).claims().get(0);
        assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
        if (expected == Verdict.FAILS)
            assertThat(c.message()).contains("is not nonincreasing").contains("at t = ");
        // below the threshold the descent lemma covers every t, and says so; above it a rise is an
        // estimate
        assertThat(c.evidence())
                .isEqualTo(expected == Verdict.HOLDS ? Evidence.PROVED_BOUND : Evidence.ESTIMATE);
    }

    /** A quantity whose every iterate is its own, with a fixed rounding slack. */
    private static Quantities.Quantity values(LongToDoubleFunction q, double slack) {
        return new Quantities.Quantity() {
            @Override
            public double at(Vec w, double time, dev.occam.algorithm.Stepper stepper) {
                return q.applyAsDouble((long) time);
            }

            @Override
            public double slack(Vec w, double time, double value) {
                return slack;
            }
        };
    }

    private static MonotoneWatch watch(Quantities.Quantity q, long steps) {
        MonotoneWatch watch = new MonotoneWatch(q, false, 0);
        Vec w = Tier.forDigits(16).zeros(1);
        for (long t = 0; t <= steps; t++) watch.observe(t, t, w, null);
        return watch;
    }

    @org.junit.jupiter.api.Test
    void aSteadyRiseBelowAnyPerStepSlackIsCaught() {
        // 8e-15 per step against a slack of 2e-14: each step alone is within it, the drift is not
        MonotoneWatch w = watch(values(t -> 1 + 8e-15 * t, 2e-14), 10_000);
        assertThat(w.violationT()).isNotNull();
        assertThat(w.violationT()[1])
                .isEqualTo(3); // 3 steps: 2.4e-14 > 2e-14 above the extremum at t = 0
        assertThat(w.violationT()[0]).isZero();
    }

    @org.junit.jupiter.api.Test
    void noiseWithinTheSlackAroundADecreaseIsNoViolation() {
        // a decrease to a floor, then noise of amplitude 1e-15 around it: never more than the slack
        // above the minimum
        MonotoneWatch w =
                watch(
                        values(t -> t < 100 ? 1.0 / (t + 1) : 0.01 + 1e-15 * Math.sin(t), 1e-14),
                        10_000);
        assertThat(w.violation()).isNull();
        assertThat(w.compared()).isEqualTo(10_000);
    }
}
