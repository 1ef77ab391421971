package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.FactorShape;
import dev.occam.algorithm.FactorStart;
import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

/**
 * The finite-length bound of factorized gradient descent against the distance each run truly had
 * left. The truths are by hand: a fully observed matrix has one interpolant, the matrix itself, so
 * a run that converges ends there (here M = [[2, 1], [1, 2]], positive definite, which the
 * symmetric runs from alpha I reach; and the scalar product abc with target 1). Cases built to fool
 * it: runs stopped in their transient, a step that converges but exceeds what the smoothness on the
 * ball covers, a schedule not proved bounded, and a run whose limit is at infinity (Razin-Cohen),
 * which must never get a finite proved bound.
 */
class FactorizedTailTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    /** Completion of an m x n matrix observing the given (row, column, value) entries. */
    private static LeastSquares completion(int m, int n, int[][] observed) {
        Value[][] x = new Value[observed.length][m * n];
        Value[] y = new Value[observed.length];
        for (int i = 0; i < observed.length; i++) {
            for (int c = 0; c < m * n; c++) x[i][c] = Value.of(0);
            x[i][observed[i][0] * n + observed[i][1]] = Value.of(1);
            y[i] = Value.of(observed[i][2]);
        }
        return new LeastSquares(x, y);
    }

    private static final LeastSquares FULL =
            completion(2, 2, new int[][] {{0, 0, 2}, {0, 1, 1}, {1, 0, 1}, {1, 1, 2}});

    private static Algorithm factorized(double eta, int depth, int size, BigFraction alpha) {
        Value a = Value.of(alpha, alpha.toString());
        return new FactorizedGradientDescent(
                StepSize.constant(eta, Double.toString(eta)),
                FactorStart.identity(size, depth, a),
                false);
    }

    private static Trajectory run(Algorithm a, LeastSquares problem, long iterations) {
        Objective objective = problem.objective(DOUBLE);
        return new Runner(iterations, Duration.ofSeconds(30))
                .withFloorStop(false)
                .run(a.start(objective, DOUBLE.zeros(problem.dimension())), objective, f -> {});
    }

    /** ||w_T - y||: the distance left to the only interpolant of a fully observed matrix. */
    private static double left(Trajectory t, LeastSquares problem) {
        double[] w = t.last().toDoubleArray();
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            double d = w[i] - problem.y()[i].doubleValue();
            s += d * d;
        }
        return Math.sqrt(s);
    }

    @ParameterizedTest(name = "after {0} steps")
    @ValueSource(ints = {20, 40, 80, 160, 400})
    void depthTwoBoundsTheDistanceLeftToTheOnlyInterpolant(int steps) {
        Algorithm gd = factorized(0.05, 2, 2, new BigFraction(1, 10));
        Trajectory t = run(gd, FULL, steps);
        TailBound b = TailBounds.of(gd, t, LeastSquaresFacts.of(FULL));
        double truth = left(t, FULL);
        if (b.evidence() == Evidence.PROVED_BOUND) {
            assertThat(b.bound()).as(b.premises()).isGreaterThanOrEqualTo(truth);
            // not vacuous: within a modest factor of the truth, or at rounding
            assertThat(b.bound()).isLessThanOrEqualTo(Math.max(10 * truth, 1e-13));
        } else {
            // only the transient may go unproved: after 20 steps the residual is still 0.67
            assertThat(steps).isEqualTo(20);
            assertThat(truth).isGreaterThan(0.5);
        }
    }

    @ParameterizedTest(name = "after {0} steps")
    @ValueSource(ints = {10, 20, 40, 80})
    void depthThreeScalarProductBoundsItsDistanceToOne(int steps) {
        LeastSquares one = completion(1, 1, new int[][] {{0, 0, 1}});
        Algorithm gd = factorized(0.1, 3, 1, new BigFraction(1, 2));
        Trajectory t = run(gd, one, steps);
        TailBound b = TailBounds.of(gd, t, LeastSquaresFacts.of(one));
        assertThat(b.evidence()).as(b.premises()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(b.bound()).isGreaterThanOrEqualTo(left(t, one));
        assertThat(b.premises()).contains("depth 3");
    }

    @ParameterizedTest(name = "after {0} steps")
    @ValueSource(ints = {50, 100, 200})
    void aRectangularFactorizationBoundsItsDistanceToTheOnlyInterpolant(int steps) {
        // fully observed 2 x 3 M = [[1, 2, 0], [0, 1, 1]], W = W_2 (2 x 2) W_1 (2 x 3) from alpha
        // E;
        // numpy: 8.5e-3, 4.7e-5, 1.4e-9 left after 50, 100, 200 steps
        int[][] entries = {{0, 0, 1}, {0, 1, 2}, {0, 2, 0}, {1, 0, 0}, {1, 1, 1}, {1, 2, 1}};
        LeastSquares full = completion(2, 3, entries);
        Algorithm gd =
                new FactorizedGradientDescent(
                        StepSize.constant(0.05, "0.05"),
                        FactorStart.identity(
                                FactorShape.of(2, 3, 2), Value.of(new BigFraction(1, 2), "1/2")),
                        false);
        Trajectory t = run(gd, full, steps);
        TailBound b = TailBounds.of(gd, t, LeastSquaresFacts.of(full));
        assertThat(b.evidence()).as(b.premises()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(b.bound()).isGreaterThanOrEqualTo(left(t, full));
        assertThat(b.bound()).isLessThanOrEqualTo(Math.max(10 * left(t, full), 1e-13));
    }

    @Test
    void aConvergingStepBeyondTheBallsSmoothnessIsNotProved() {
        // eta = 0.15 converges (the residual reaches 0 by step 160) but exceeds 2/beta ~ 0.125
        Algorithm gd = factorized(0.15, 2, 2, new BigFraction(1, 10));
        Trajectory t = run(gd, FULL, 160);
        assertThat(left(t, FULL)).isLessThan(1e-12);
        TailBound b = TailBounds.of(gd, t, LeastSquaresFacts.of(FULL));
        assertThat(b.evidence()).isNotEqualTo(Evidence.PROVED_BOUND);
        TailBound why = FactorizedTail.of(gd.step(), 2, 2, t, LeastSquaresFacts.of(FULL));
        assertThat(why.finite()).isFalse();
        assertThat(why.premises()).contains("2/beta");
    }

    @Test
    void aScheduleNotProvedBoundedAfterTheRunGetsNoBound() {
        StepSize unknown =
                new StepSize() {
                    public double at(long t) {
                        return 0.05;
                    }

                    public String describe() {
                        return "0.05 (as a formula)";
                    }
                };
        Algorithm gd =
                new FactorizedGradientDescent(
                        unknown, FactorStart.identity(2, 2, Value.of(1)), false);
        TailBound b = TailBounds.of(gd, run(gd, FULL, 200), LeastSquaresFacts.of(FULL));
        assertThat(b.finite()).isFalse();
        assertThat(b.premises()).contains("schedule");
    }

    @ParameterizedTest(name = "after {0} steps")
    @ValueSource(ints = {1000, 5000, 20000})
    void aRunWhoseLimitIsAtInfinityNeverGetsAFiniteProvedBound(int steps) {
        // [[?, 1], [1, 0]]: det stays positive, so |W_11| grows without bound (Razin-Cohen)
        LeastSquares razin = completion(2, 2, new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}});
        Algorithm gd = factorized(0.01, 3, 2, new BigFraction(1, 10));
        TailBound b = TailBounds.of(gd, run(gd, razin, steps), LeastSquaresFacts.of(razin));
        assertThat(b.evidence()).isNotEqualTo(Evidence.PROVED_BOUND);
    }
}
