package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.AdaGrad;
import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.MirrorDescent;
import dev.occam.algorithm.Momentum;
import dev.occam.algorithm.Nesterov;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.SteepestDescent;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;
import dev.occam.problem.SeparablePotential;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.function.DoubleUnaryOperator;

/**
 * Proved tail bounds against the distance each run truly had left to go. The truths come from an
 * independent plain-double implementation of each update rule in this test, run 100 times longer
 * than the run under test (its own error, about 1e-13, is far below the distances compared), or for
 * the linear methods from the exact interpolant nearest w0.
 */
class TailBoundsTest {
    // the deck's data: X = [[1, 1, 1], [1, 2, 0]], y = (1, 10); X X^T = [[3, 3], [3, 5]],
    // eigenvalues 4 -+ sqrt(10)
    private static final double[][] X = {{1, 1, 1}, {1, 2, 0}};
    private static final double[] Y = {1, 10};
    private static final double[] W0 = {0.5, -1, 2};
    private static final LeastSquares PROBLEM =
            new LeastSquares(
                    new Value[][] {
                        {Value.of(1), Value.of(1), Value.of(1)},
                        {Value.of(1), Value.of(2), Value.of(0)}
                    },
                    new Value[] {Value.of(1), Value.of(10)});
    private static final double LAMBDA_MAX = 4 + Math.sqrt(10);
    private static final Tier DOUBLE = Tier.forDigits(16);

    private static Trajectory run(Algorithm a, long iterations) {
        Objective objective = PROBLEM.objective(DOUBLE);
        return new Runner(iterations, Duration.ofSeconds(30))
                .withFloorStop(false)
                .run(a.start(objective, DOUBLE.of(W0)), objective, f -> {});
    }

    private static TailBound bound(Algorithm a, Trajectory t) {
        return TailBounds.of(a, t, LeastSquaresFacts.of(PROBLEM));
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
        return Math.sqrt(s);
    }

    /** grad L = 2 X^T (Xw - y). */
    private static double[] gradient(double[] w) {
        return gradient(w, Y);
    }

    private static double[] gradient(double[] w, double[] y) {
        double[] g = new double[3];
        for (int i = 0; i < 2; i++) {
            double r = -y[i];
            for (int j = 0; j < 3; j++) r += X[i][j] * w[j];
            for (int j = 0; j < 3; j++) g[j] += 2 * X[i][j] * r;
        }
        return g;
    }

    /** The interpolant nearest W0, in exact rationals: w0 + X^T (X X^T)^-1 (y - X w0). */
    private static double[] nearestInterpolant() {
        BigFraction[] w0 = {new BigFraction(1, 2), new BigFraction(-1), new BigFraction(2)};
        BigFraction r0 = new BigFraction(1).subtract(w0[0].add(w0[1]).add(w0[2]));
        BigFraction r1 = new BigFraction(10).subtract(w0[0].add(w0[1].multiply(2)));
        // (X X^T)^-1 = [[5, -3], [-3, 3]] / 6
        BigFraction a0 = r0.multiply(5).subtract(r1.multiply(3)).divide(6),
                a1 = r1.multiply(3).subtract(r0.multiply(3)).divide(6);
        return new double[] {
            w0[0].add(a0).add(a1).doubleValue(),
            w0[1].add(a0).add(a1.multiply(2)).doubleValue(),
            w0[2].add(a0).doubleValue()
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 20, 80, 300})
    void gradientDescentWithAConstantStep(int t) {
        Algorithm gd = new GradientDescent(StepSize.constant(0.05, "0.05"));
        Trajectory run = run(gd, t);
        TailBound b = bound(gd, run);
        assertThat(b.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(b.premises()).startsWith("proved:");
        // the bound is about the exact continuation from the computed w_T, whose limit differs from
        // the
        // exact run's by the null-space rounding the run accumulated (a few eps): allow that much
        double left = distance(run.last().toDoubleArray(), nearestInterpolant());
        assertThat(b.bound()).isGreaterThanOrEqualTo(left - 1e-15);
        if (left > 1e-12)
            assertThat(b.bound()).isLessThan(2 * left); // the residual bound is tight here
    }

    @ParameterizedTest
    @ValueSource(strings = {"momentum", "nesterov"})
    void momentumMethodsIncludingTheirVelocity(String kind) {
        StepSize step = StepSize.constant(0.03, "0.03");
        Algorithm a = kind.equals("momentum") ? new Momentum(step, 0.8) : new Nesterov(step, 0.8);
        for (int t : new int[] {3, 17, 60, 200}) {
            Trajectory run = run(a, t);
            TailBound b = bound(a, run);
            assertThat(b.evidence()).isEqualTo(Evidence.PROVED_BOUND);
            assertThat(b.bound())
                    .as("t = %d", t)
                    .isGreaterThanOrEqualTo(
                            distance(run.last().toDoubleArray(), nearestInterpolant()) - 1e-15);
        }
    }

    @Test
    void aHarmonicScheduleIsBoundedWhereTheWindowWasNot() {
        // eta_t = 0.1/(t + 1): proved <= 0.1/(T + 1) after the run, and sum eta_t = infinity
        StepSize schedule =
                new StepSize() {
                    public double at(long t) {
                        return 0.1 / (t + 1);
                    }

                    public String describe() {
                        return "0.1/(t+1)";
                    }

                    @Override
                    public double supremumFrom(long from) {
                        return 0.1 / (from + 1);
                    }

                    @Override
                    public double harmonicFloorFrom(long from) {
                        return 0.1 * from / (from + 1.0);
                    }
                };
        Algorithm gd = new GradientDescent(schedule);
        Trajectory run = run(gd, 2000);
        TailBound b = bound(gd, run);
        assertThat(b.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(b.bound())
                .isGreaterThanOrEqualTo(
                        distance(run.last().toDoubleArray(), nearestInterpolant()) - 1e-15);
        // the window estimate refuses this polynomial decay outright
        assertThat(WindowContraction.of(run).finite()).isFalse();
    }

    @Test
    void aSummableScheduleStopsShortOfAnInterpolantAndTheFiniteLengthBoundStillHolds() {
        // eta_t = 0.05/(t + 1)^2: sum eta_t < infinity, so GD's limit is not an interpolant; no
        // harmonic floor is proved
        DoubleUnaryOperator eta = t -> 0.05 / ((t + 1) * (t + 1));
        StepSize schedule =
                new StepSize() {
                    public double at(long t) {
                        return eta.applyAsDouble(t);
                    }

                    public String describe() {
                        return "0.05/(t+1)^2";
                    }

                    @Override
                    public double supremumFrom(long from) {
                        return eta.applyAsDouble(from);
                    }

                    @Override
                    public double harmonicFloorFrom(long from) {
                        return 0;
                    }
                };
        Algorithm gd = new GradientDescent(schedule);
        Trajectory run = run(gd, 20);
        TailBound b = bound(gd, run);
        assertThat(b.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(b.premises()).contains("finite-length");
        // the rest of the run, independently: the same recursion to 10^6 steps (the remaining sum
        // is below 1e-7 of eta)
        double[] w = run.last().toDoubleArray();
        for (long t = 20; t < 1_000_000; t++) {
            double[] g = gradient(w);
            for (int j = 0; j < 3; j++) w[j] -= eta.applyAsDouble(t) * g[j];
        }
        assertThat(b.bound()).isGreaterThanOrEqualTo(distance(run.last().toDoubleArray(), w));
    }

    /**
     * The l_p, l1 and linf steepest directions written out: dw = -||g||_q^(2-q) sign(g) |g|^(q-1),
     * etc.
     */
    private static double[] steepest(String norm, double[] g) {
        double[] d = new double[3];
        switch (norm) {
            case "l1" -> {
                int k = 0;
                for (int j = 1; j < 3; j++) if (Math.abs(g[j]) > Math.abs(g[k])) k = j;
                d[k] = -g[k];
            }
            case "linf" -> {
                double l1 = Math.abs(g[0]) + Math.abs(g[1]) + Math.abs(g[2]);
                for (int j = 0; j < 3; j++) d[j] = -l1 * Math.signum(g[j]);
            }
            default -> { // lp:4/3, q = 4
                double q = 4,
                        nq =
                                Math.pow(
                                        Math.pow(Math.abs(g[0]), q)
                                                + Math.pow(Math.abs(g[1]), q)
                                                + Math.pow(Math.abs(g[2]), q),
                                        1 / q);
                for (int j = 0; j < 3; j++)
                    d[j] =
                            nq == 0
                                    ? 0
                                    : -Math.pow(nq, 2 - q)
                                            * Math.signum(g[j])
                                            * Math.pow(Math.abs(g[j]), q - 1);
            }
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"l1", "linf", "lp"})
    void steepestDescentInOtherNorms(String name) {
        Norm norm =
                switch (name) {
                    case "l1" -> Norms.l1();
                    case "linf" -> Norms.linf();
                    default -> Norms.lp(Value.of(new BigFraction(4, 3), "4/3"));
                };
        double eta = 0.5 / (LAMBDA_MAX * norm.l2Bound(3) * norm.l2Bound(3));
        Algorithm a = new SteepestDescent(StepSize.constant(eta, "eta"), norm);
        for (int t : new int[] {10, 40, 160}) {
            Trajectory run = run(a, t);
            TailBound b = bound(a, run);
            assertThat(b.evidence()).as(b.premises()).isEqualTo(Evidence.PROVED_BOUND);
            double[] w = run.last().toDoubleArray();
            for (int k = 0; k < 100 * t + 100_000; k++) {
                double[] d = steepest(name, gradient(w));
                for (int j = 0; j < 3; j++) w[j] += eta * d[j];
            }
            assertThat(b.bound())
                    .as("%s, t = %d", name, t)
                    .isGreaterThanOrEqualTo(distance(run.last().toDoubleArray(), w) - 1e-12);
        }
    }

    @Test
    void adaGradWithItsShrinkingPreconditioner() {
        double eta = 0.1;
        Algorithm a = new AdaGrad(StepSize.constant(eta, "0.1"), 0);
        for (int t : new int[] {50, 200, 800}) {
            Trajectory run = run(a, t);
            TailBound b = bound(a, run);
            assertThat(b.evidence()).as(b.premises()).isEqualTo(Evidence.PROVED_BOUND);
            // AdaGrad from the start, independently, far beyond t
            double[] w = W0.clone(), g2 = new double[3];
            double[] atT = null;
            for (int k = 0; k < 400 * t; k++) {
                if (k == t) atT = w.clone();
                double[] g = gradient(w);
                for (int j = 0; j < 3; j++) {
                    g2[j] += g[j] * g[j];
                    w[j] -= eta * g[j] / (Math.sqrt(g2[j]) + 1e-300);
                }
            }
            assertThat(distance(atT, run.last().toDoubleArray())).isLessThan(1e-9);
            assertThat(b.bound()).as("t = %d", t).isGreaterThanOrEqualTo(distance(atT, w) - 1e-12);
        }
    }

    @Test
    void mirrorDescentWithTheEntropyStaysInItsBox() {
        // y = (2, 3) has positive interpolants (e.g. (0.6, 1.2, 0.2)); from a positive start theta
        // = log w moves
        // by -eta grad L; the limit, independently, by the same recursion in double run 100 times
        // longer
        double[] y = {2, 3};
        LeastSquares problem =
                new LeastSquares(PROBLEM.x(), new Value[] {Value.of(2), Value.of(3)});
        double eta = 0.01;
        double[] start = {0.5, 2, 1};
        Objective objective = problem.objective(DOUBLE);
        SeparablePotential psi = SeparablePotential.of("x*Log(x) - x", Duration.ofSeconds(10));
        Algorithm a = new MirrorDescent(StepSize.constant(eta, "0.01"), psi);
        int proved = 0;
        for (int t : new int[] {30, 120, 480, 2000}) {
            Trajectory run =
                    new Runner(t, Duration.ofSeconds(30))
                            .withFloorStop(false)
                            .run(a.start(objective, DOUBLE.of(start)), objective, f -> {});
            TailBound b = TailBounds.of(a, run, LeastSquaresFacts.of(problem));
            // early on the remaining path is longer than any box where phi'' = 1/x stays bounded:
            // no proof then
            if (b.evidence() != Evidence.PROVED_BOUND) continue;
            proved++;
            double[] theta = {Math.log(start[0]), Math.log(start[1]), Math.log(start[2])};
            double[] w = start.clone(), atT = null;
            for (int k = 0; k < 100 * t + 50_000; k++) {
                if (k == t) atT = w.clone();
                double[] g = gradient(w, y);
                for (int j = 0; j < 3; j++) {
                    theta[j] -= eta * g[j];
                    w[j] = Math.exp(theta[j]);
                }
            }
            assertThat(distance(atT, run.last().toDoubleArray())).isLessThan(1e-10);
            assertThat(b.bound()).as("t = %d", t).isGreaterThanOrEqualTo(distance(atT, w) - 1e-12);
        }
        assertThat(proved).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStepAboveTheStabilityThresholdIsNotProvedAndAScheduleIsNotExtrapolated() {
        Algorithm gd = new GradientDescent(StepSize.constant(1.05 / LAMBDA_MAX, "too large"));
        TailBound b = bound(gd, run(gd, 50));
        assertThat(b.evidence()).isNotEqualTo(Evidence.PROVED_BOUND);
        // a schedule whose bound after the run is unknown gets no window estimate either
        StepSize unknown =
                new StepSize() {
                    public double at(long t) {
                        return 0.01;
                    }

                    public String describe() {
                        return "0.01 (as a formula)";
                    }
                };
        Algorithm scheduled = new GradientDescent(unknown);
        TailBound none = bound(scheduled, run(scheduled, 100));
        assertThat(none.finite()).isFalse();
        assertThat(none.premises()).contains("schedule");
    }
}
