package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.assertj.core.data.Offset;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Why a run stops, and what its trajectory records. */
class RunnerTest {
    private static final double[][] X = {{2, -1, 0, 3}, {1, 1, -2, 0}};
    private static final double[] Y = {1, -2};
    private static final double[] W0 = {1, 0, -1, 0.5};
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final Duration LONG = Duration.ofSeconds(60);

    private static final LeastSquares PROBLEM = new LeastSquares(values(X), values(Y));

    private static Value[] values(double[] v) {
        Value[] out = new Value[v.length];
        for (int i = 0; i < v.length; i++)
            out[i] = Value.of(new BigFraction(v[i]), Double.toString(v[i]));
        return out;
    }

    private static Value[][] values(double[][] m) {
        Value[][] out = new Value[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = values(m[i]);
        return out;
    }

    /** Largest eigenvalue of X X^T = sigma_max^2, by Hipparchus. */
    private static double sigmaMaxSquared() {
        RealMatrix x = new Array2DRowRealMatrix(X);
        double[] ev = new EigenDecompositionSymmetric(x.multiply(x.transpose())).getEigenvalues();
        double m = 0;
        for (double e : ev) m = Math.max(m, e);
        return m;
    }

    private static Trajectory run(double eta, long maxIterations, Tier tier) {
        Objective objective = PROBLEM.objective(tier);
        Stepper stepper =
                new GradientDescent(StepSize.constant(eta, Double.toString(eta)))
                        .start(objective, tier.of(W0));
        return new Runner(maxIterations, LONG).run(stepper, objective, f -> {});
    }

    /** w0 + X^T (X X^T)^-1 (y - X w0), by Hipparchus in double. */
    private static double[] minDistance() {
        RealMatrix x = new Array2DRowRealMatrix(X);
        RealVector w0 = new ArrayRealVector(W0);
        RealVector r = new ArrayRealVector(Y).subtract(x.operate(w0));
        RealVector lambda = new LUDecomposition(x.multiply(x.transpose())).getSolver().solve(r);
        return w0.add(x.transpose().operate(lambda)).toArray();
    }

    @Test
    void stopsConvergedInTheRoundingFloorAtTheInterpolant() {
        Trajectory t = run(0.01, 1_000_000, DOUBLE);
        assertThat(t.stopped()).isEqualTo(Trajectory.FLOOR);
        assertThat(t.iterations()).isLessThan(1_000_000);
        // the last steps are all at or below the reported floor, and the floor is a rounding-level
        // figure
        double[] s = t.stepNorms();
        for (int k = s.length - 20; k < s.length; k++)
            assertThat(s[k]).isLessThanOrEqualTo(t.floorStep());
        assertThat(t.floorStep()).isLessThan(1e-12).isGreaterThan(0);
        double[] expected = minDistance();
        for (int j = 0; j < expected.length; j++)
            assertThat(t.last().get(j)).isCloseTo(expected[j], Offset.offset(1e-13));
    }

    @Test
    void doesNotStopConvergedWhileTheIterateStillMoves() {
        // 0.0001 contracts by about 1 - 2.8e-3 per step: after 2000 steps still far from the floor
        Trajectory t = run(0.0001, 2000, DOUBLE);
        assertThat(t.stopped()).isEqualTo("budget");
        assertThat(t.iterations()).isEqualTo(2000);
    }

    @Test
    void divergesAboveTheStabilityThresholdAndConvergesBelowIt() {
        // L = sum (x.w - y)^2 has Hessian 2 X^T X: GD is stable iff eta < 1 / sigma_max^2
        double threshold = 1 / sigmaMaxSquared();
        Trajectory above = run(1.05 * threshold, 1_000_000, DOUBLE);
        assertThat(above.stopped()).isEqualTo(Trajectory.BLOW_UP);
        assertThat(above.blewUp()).isTrue();
        assertThat(above.iterations()).isLessThan(1_000_000);
        double lastStep = above.stepNorms()[above.stepNorms().length - 1];
        assertThat(!Double.isFinite(lastStep) || lastStep > 1e150).isTrue();
        assertThat(above.stepNorms()).hasSize((int) above.iterations());

        Trajectory below = run(0.95 * threshold, 1_000_000, DOUBLE);
        assertThat(below.stopped()).isEqualTo(Trajectory.FLOOR);
    }

    @Test
    void stopsOnTheBudget() {
        Trajectory t = run(0.01, 50, DOUBLE);
        assertThat(t.stopped()).isEqualTo("budget");
        assertThat(t.iterations()).isEqualTo(50);
        assertThat(t.stepNorms()).hasSize(50);
        assertThat(t.samples().get(t.samples().size() - 1).t()).isEqualTo(50);
    }

    @Test
    void stopsOnTheTimeLimit() {
        Objective objective = PROBLEM.objective(DOUBLE);
        Stepper stepper =
                new GradientDescent(StepSize.constant(1e-9, "1e-9"))
                        .start(objective, DOUBLE.of(W0));
        long start = System.nanoTime();
        Trajectory t =
                new Runner(Long.MAX_VALUE / 4, Duration.ofMillis(300))
                        .run(stepper, objective, f -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(t.stopped()).isEqualTo(Trajectory.TIME_LIMIT);
        assertThat(seconds).isLessThan(20);
        assertThat(t.stepNorms()).hasSize((int) t.iterations());
    }

    /** The schedule's times: 0..9, then floor(10^(k/20)) for k >= 20. */
    private static TreeSet<Long> logSpaced(long max) {
        TreeSet<Long> out = new TreeSet<>();
        for (long t = 0; t < 10 && t <= max; t++) out.add(t);
        for (int k = 20; ; k++) {
            long t = (long) StrictMath.pow(10, k / 20.0);
            if (t > max) break;
            out.add(t);
        }
        return out;
    }

    @Test
    void samplesAreLogSpacedCopiesAndStepNormsAreEveryStep() {
        Trajectory t = run(0.01, 1_000_000, DOUBLE);
        long n = t.iterations();
        List<Long> times = new ArrayList<>();
        for (Trajectory.Sample s : t.samples()) times.add(s.t());
        // strictly increasing, exactly the log-spaced times up to n, plus n itself
        TreeSet<Long> expected = logSpaced(n);
        expected.add(n);
        assertThat(times).containsExactlyElementsOf(expected);
        assertThat(t.samples().size()).isLessThan(10 + 20 * 7);

        // replay: each sample is a copy of w_t (not a live view), each step norm is ||w_{t+1} -
        // w_t||
        Objective objective = PROBLEM.objective(DOUBLE);
        Stepper replay =
                new GradientDescent(StepSize.constant(0.01, "0.01"))
                        .start(objective, DOUBLE.of(W0));
        int next = 0;
        Vec previous = replay.iterate().copy();
        for (long k = 0; k <= n; k++) {
            if (next < t.samples().size() && t.samples().get(next).t() == k) {
                Trajectory.Sample s = t.samples().get(next++);
                assertThat(s.iterate().toDoubleArray())
                        .as("w_%d", k)
                        .containsExactly(replay.iterate().toDoubleArray());
                assertThat(s.logLoss())
                        .isEqualTo(objective.logLoss(replay.iterate()).doubleValue());
            }
            if (k == n) break;
            previous.set(replay.iterate());
            replay.step(k);
            double[] a = replay.iterate().toDoubleArray(), b = previous.toDoubleArray();
            double sum = 0;
            for (int j = 0; j < a.length; j++) sum += (a[j] - b[j]) * (a[j] - b[j]);
            assertThat(t.stepNorms()[(int) k]).as("step %d", k).isEqualTo(Math.sqrt(sum));
        }
        assertThat(next).isEqualTo(t.samples().size());
        assertThat(t.last().toDoubleArray()).containsExactly(replay.iterate().toDoubleArray());
        assertThat(t.previous().toDoubleArray())
                .as("w_(T-1)")
                .containsExactly(previous.toDoubleArray());
    }

    @Test
    void previousIsTheIterateBeforeTheLastStepOrTheStartWithoutSteps() {
        assertThat(run(0.01, 0, DOUBLE).previous().toDoubleArray()).containsExactly(W0);
        for (long budget : new long[] {1, 2, 3, 1_000_000}) {
            Trajectory t = run(0.01, budget, DOUBLE);
            long n = t.iterations(); // the last stops at the floor
            assertThat(n).isPositive();
            Objective objective = PROBLEM.objective(DOUBLE);
            Stepper replay =
                    new GradientDescent(StepSize.constant(0.01, "0.01"))
                            .start(objective, DOUBLE.of(W0));
            for (long k = 0; k < n - 1; k++) replay.step(k);
            assertThat(t.previous().toDoubleArray())
                    .as("w_%d of %d steps", n - 1, n)
                    .containsExactly(replay.iterate().toDoubleArray());
            replay.step(n - 1);
            assertThat(t.last().toDoubleArray()).containsExactly(replay.iterate().toDoubleArray());
        }
    }

    @Test
    void doubleDoubleRunsReachAFloorNearItsEpsilon() {
        Trajectory t = run(0.03, 1_000_000, Tier.forDigits(32));
        assertThat(t.stopped()).isEqualTo(Trajectory.FLOOR);
        assertThat(t.floorStep()).isLessThan(1e-27);
    }
}
