package dev.occam.bench;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.LossScaledStep;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Whole classification runs through the real algorithm classes, on a seeded separable n x d dataset
 * ({@link #shape}: 16 x 2 in the first tables of docs/performance.md, and 100 x 10 and 1000 x 100
 * with fewer iterations) with the exponential loss (the {@link Classification} objective, log
 * domain):
 *
 * <ul>
 *   <li>{@link #constantStep()}: 10^6 iterations (16 x 2; 10^5 at 100 x 10, 2000 at 1000 x 100) of
 *       gradient descent with a constant step ({@code StepSize.constant}), the SHN+18 setting of
 *       {@code theorems/gd-separable-max-margin.yaml};
 *   <li>{@link #normalized()}: 10^5 iterations (as many as {@link #constantStep()} for the larger
 *       shapes) of normalized gradient descent, eta_t = eta / L(w_t) ({@link LossScaledStep}, as
 *       {@code normalized-gradient-descent} and {@code step: {over-loss: ...}} build it), where the
 *       loss soon leaves double's range and only its log is kept.
 * </ul>
 *
 * One benchmark invocation is one whole run from w0 = 0 (the score is the time per run). Run with
 * {@code bin/bench ClassificationBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClassificationBench {
    static final int POINTS = 16;
    static final long CONSTANT_STEP_ITERATIONS = 1_000_000;
    static final long NORMALIZED_ITERATIONS = 100_000;

    /** Stable for this data: L(0) = 16 and the Hessian at 0, sum z_n z_n^T, has norm about 60. */
    static final double ETA = 0.01;

    /**
     * Normalized GD grows ||w_t|| about linearly: with 0.01 the loss ends near e^-624 (log L =
     * -624), far below what a linear-domain loss could follow, yet above e^-745, where an early
     * {@link LossScaledStep#timesLoss} with an infinite cap computed infinity * 0 = NaN; kept so
     * the timings stay comparable with those in docs/performance.md.
     */
    static final double NORMALIZED_ETA = 0.01;

    /**
     * 16 = double, 32 = double-double, 50 = quad-double (bin/bench ClassificationBench -p
     * digits=50).
     */
    @Param({"16"})
    public int digits;

    /** points x dimension */
    @Param({"16x2", "100x10", "1000x100"})
    public String shape;

    private long constantIterations;
    private long normalizedIterations;

    private Objective objective;
    private Vec w0;
    private GradientDescent constant;
    private GradientDescent normalized;

    @Setup
    public void setUp() {
        Tier tier = Tiers.forDigits(digits);
        String[] nd = shape.split("x");
        int points = Integer.parseInt(nd[0]), dimension = Integer.parseInt(nd[1]);
        objective = data(points, dimension).objective(tier);
        w0 = tier.zeros(dimension);
        boolean small = points == POINTS && dimension == 2;
        constantIterations = small ? CONSTANT_STEP_ITERATIONS : points <= 100 ? 100_000 : 2_000;
        normalizedIterations = small ? NORMALIZED_ITERATIONS : constantIterations;
        // ETA for 16 points; the Hessian at 0 grows with the number of points
        double eta = ETA * POINTS / points;
        constant = new GradientDescent(StepSize.constant(eta, String.valueOf(eta)));
        normalized =
                new GradientDescent(
                        new LossScaledStep(
                                NORMALIZED_ETA,
                                Double.POSITIVE_INFINITY,
                                String.valueOf(NORMALIZED_ETA)));
        // time real runs only: both must end at a finite iterate
        for (Vec w : new Vec[] {constantStep(), normalized()}) {
            for (double v : w.toDoubleArray()) {
                if (!Double.isFinite(v))
                    throw new IllegalStateException(
                            "the benchmark run ends at a non-finite iterate");
            }
        }
    }

    /**
     * 16 Gaussian points in the plane labelled by the side of a fixed line through the origin and
     * pushed 0.5 away from it: separable with margin at least 0.5.
     */
    static Classification data() {
        return data(POINTS, 2);
    }

    /**
     * The same in d dimensions: the line's normal u is (cos 0.3, sin 0.3) in the first two
     * coordinates (so 16 x 2 is the dataset of the tables) and 0 in the others.
     */
    static Classification data(int points, int d) {
        Random random = new Random(42);
        double[] u = new double[d];
        u[0] = Math.cos(0.3);
        u[1] = Math.sin(0.3);
        Value[][] x = new Value[points][d];
        int[] labels = new int[points];
        for (int n = 0; n < points; n++) {
            double[] p = new double[d];
            double side = 0;
            for (int j = 0; j < d; j++) {
                p[j] = random.nextGaussian();
                side += p[j] * u[j];
            }
            int y = side >= 0 ? 1 : -1;
            for (int j = 0; j < d; j++) {
                p[j] += 0.5 * y * u[j];
                x[n][j] = Value.of(new BigFraction(p[j]), Double.toString(p[j]));
            }
            labels[n] = y;
        }
        return new Classification(x, labels, null, Classification.Loss.EXPONENTIAL);
    }

    /** A whole run of {@code iterations} steps from w0; returns the final iterate. */
    static Vec run(GradientDescent algorithm, Objective objective, Vec w0, long iterations) {
        Stepper stepper = algorithm.start(objective, w0);
        for (long t = 0; t < iterations; t++) stepper.step(t);
        return stepper.iterate();
    }

    @Benchmark
    public Vec constantStep() {
        return run(constant, objective, w0, constantIterations);
    }

    @Benchmark
    public Vec normalized() {
        return run(normalized, objective, w0, normalizedIterations);
    }
}
