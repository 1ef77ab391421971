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
 * Whole classification runs through the real algorithm classes, on a seeded separable 16 x 2
 * dataset with the exponential loss (the {@link Classification} objective, log domain):
 *
 * <ul>
 *   <li>{@link #constantStep()}: 10^6 iterations of gradient descent with a constant step ({@code
 *       StepSize.constant}), the SHN+18 setting of {@code theorems/gd-separable-max-margin.yaml};
 *   <li>{@link #normalized()}: 10^5 iterations of normalized gradient descent, eta_t = eta / L(w_t)
 *       ({@link LossScaledStep}, as {@code normalized-gradient-descent} and {@code step:
 *       {over-loss: ...}} build it), where the loss soon leaves double's range and only its log is
 *       kept.
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

    private Objective objective;
    private Vec w0;
    private GradientDescent constant;
    private GradientDescent normalized;

    @Setup
    public void setUp() {
        Tier tier = Tiers.forDigits(digits);
        objective = data().objective(tier);
        w0 = tier.zeros(2);
        constant = new GradientDescent(StepSize.constant(ETA, String.valueOf(ETA)));
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
        Random random = new Random(42);
        double u0 = Math.cos(0.3), u1 = Math.sin(0.3);
        Value[][] x = new Value[POINTS][2];
        int[] labels = new int[POINTS];
        for (int n = 0; n < POINTS; n++) {
            double a = random.nextGaussian(), b = random.nextGaussian();
            int y = a * u0 + b * u1 >= 0 ? 1 : -1;
            a += 0.5 * y * u0;
            b += 0.5 * y * u1;
            x[n][0] = Value.of(new BigFraction(a), Double.toString(a));
            x[n][1] = Value.of(new BigFraction(b), Double.toString(b));
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
        return run(constant, objective, w0, CONSTANT_STEP_ITERATIONS);
    }

    @Benchmark
    public Vec normalized() {
        return run(normalized, objective, w0, NORMALIZED_ITERATIONS);
    }
}
