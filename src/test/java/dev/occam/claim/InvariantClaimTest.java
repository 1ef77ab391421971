package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Stepper;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.numeric.LogSpacedSchedule;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The invariant claim sees every iterate: a det sign flip at one iteration the trajectory does not
 * record, a sign lost in rounding, a drift of a conserved quantity. Truths are by construction.
 */
class InvariantClaimTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    /** A 2 x 2 completion: only the shape matters. */
    private static final MatrixLeastSquares PROBLEM =
            new MatrixLeastSquares(
                    "matrix-completion",
                    2,
                    2,
                    new LeastSquares(
                            new Value[][] {{Value.of(1), Value.of(0), Value.of(0), Value.of(0)}},
                            new Value[] {Value.of(1)}));

    /** A stepper whose iterate after t steps is diag(1, d(t)), so det = d(t). */
    private static Stepper diagonal(LongFunction<Double> d) {
        Vec w = DOUBLE.of(new double[] {1, 0, 0, d.apply(0)});
        return new Stepper() {
            @Override
            public void step(long t) {
                w.set(DOUBLE.of(new double[] {1, 0, 0, d.apply(t + 1)}));
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }

    private static ClaimResult check(InvariantClaim claim, Stepper stepper, long steps) {
        IterationWatch watch = claim.watch(PROBLEM, PROBLEM.objective(DOUBLE), null, DOUBLE);
        Trajectory t =
                new Runner(steps, Duration.ofSeconds(30))
                        .withFloorStop(false)
                        .run(stepper, PROBLEM.objective(DOUBLE), f -> {}, watch);
        PointRun run =
                new PointRun(
                        Map.of(),
                        PROBLEM,
                        null,
                        null,
                        DOUBLE,
                        t,
                        null,
                        null,
                        null,
                        0,
                        Double.NaN,
                        Map.of(claim, watch),
                        null,
                        null,
                        null);
        return claim.evaluate(run, run);
    }

    @Test
    void aSignFlipAtOneUnrecordedIterationFails() {
        long flip = 1237;
        assertThat(LogSpacedSchedule.standard().record(flip)).isFalse();
        // det = 1 + t/1000 except at t = 1237, where it is -1e-3: far beyond rounding
        ClaimResult r =
                check(
                        InvariantClaim.sign("det", "positive"),
                        diagonal(t -> t == flip ? -1e-3 : 1 + t / 1000.0),
                        5000);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAILS);
        assertThat(r.message()).contains("at t = " + flip);
        assertThat(r.evidence()).isEqualTo(Evidence.ESTIMATE);
    }

    @Test
    void aPositiveDetHoldsAsAnEstimate() {
        ClaimResult r =
                check(InvariantClaim.sign("det", "positive"), diagonal(t -> 1 + t / 1000.0), 5000);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.HOLDS);
        assertThat(r.evidence()).isEqualTo(Evidence.ESTIMATE);
        assertThat(r.message()).contains("5001 iterates");
    }

    @Test
    void aSignInsideTheRoundingCannotBeResolved() {
        // det = 1e-20 at t = 300: positive as computed, but within double's rounding of det
        // (~1e-15)
        ClaimResult r =
                check(
                        InvariantClaim.sign("det", "positive"),
                        diagonal(t -> t == 300 ? 1e-20 : 1.0),
                        1000);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.message()).contains("cannot resolve").contains("t = 300");
    }

    @Test
    void aConservedQuantityThatDriftsFailsWhereTheDriftPassesTheTolerance() {
        // det = 1 + 1e-9 t drifts past 1e-6 from its start after t = 1000
        ClaimResult r =
                check(InvariantClaim.conserved("det", 1e-6), diagonal(t -> 1 + 1e-9 * t), 5000);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAILS);
        assertThat(r.message()).contains("at t = 1001");
    }

    /**
     * Rounding that excites a zero mode: once det lies within its rounding slack (1e-20 at t =
     * 300), the computed run may leave the exact one, so the clear flip at t = 400 (-1e-3) is no
     * counterexample. A flip before any unresolved iterate still is.
     */
    @Test
    void aFlipAfterTheSignWasLostInRoundingIsNoCounterexample() {
        ClaimResult r =
                check(
                        InvariantClaim.sign("det", "positive"),
                        diagonal(t -> t == 300 ? 1e-20 : t >= 400 ? -1e-3 : 1.0),
                        1000);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.message()).contains("t = 300").contains("t = 400").contains("rounding's");
        ClaimResult before =
                check(
                        InvariantClaim.sign("det", "positive"),
                        diagonal(t -> t == 200 ? -1e-3 : t == 300 ? 1e-20 : 1.0),
                        1000);
        assertThat(before.verdict()).as(before.message()).isEqualTo(Verdict.FAILS);
        assertThat(before.message()).contains("at t = 200");
    }
}
