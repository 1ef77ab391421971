package dev.occam.bench;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Mat;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;

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
 * One gradient-descent iteration on a seeded n x d Gaussian least-squares problem ({@link #shape},
 * 200x1000 by default in the tables of docs/performance.md), per tier: {@link #iteration()} is the
 * bare kernel sequence r = Xw - y, g = X^T r, w -= 2 eta g; {@link #stepper()} is the same step
 * through the real {@link GradientDescent} and {@link LeastSquares} objective that {@code occam
 * check} runs. Run with bin/bench.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GradientDescentBench {
    /** n x d: the 200x1000 of the tier tables, and the small and tall shapes of issue 13. */
    @Param({"200x1000", "100x10", "1000x100"})
    public String shape;

    /** 16 = double, 32 = double-double. */
    @Param({"16", "32"})
    public int digits;

    private Mat x;
    private Vec y;
    private Vec w;
    private Vec r;
    private Vec g;
    private double eta;
    private Stepper stepper;
    private long t;

    @Setup
    public void setUp() {
        Tier tier = Tiers.forDigits(digits);
        String[] nd = shape.split("x");
        int rows = Integer.parseInt(nd[0]), cols = Integer.parseInt(nd[1]);
        Random random = new Random(42);
        double[][] data = new double[rows][cols];
        for (double[] row : data) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[] labels = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextGaussian();
        }
        x = tier.matrix(data);
        y = tier.of(labels);
        w = tier.zeros(cols);
        r = tier.zeros(rows);
        g = tier.zeros(cols);
        // sigma_max(X)^2 is about (sqrt(n) + sqrt(d))^2 (2100 for 200x1000): a stable step
        eta = 0.2 / Math.pow(Math.sqrt(rows) + Math.sqrt(cols), 2);
        Value[][] exact = new Value[rows][cols];
        Value[] exactLabels = new Value[rows];
        for (int i = 0; i < rows; i++) {
            exactLabels[i] = Value.of(new BigFraction(labels[i]), "");
            for (int j = 0; j < cols; j++) exact[i][j] = Value.of(new BigFraction(data[i][j]), "");
        }
        stepper =
                new GradientDescent(StepSize.constant(eta, Double.toString(eta)))
                        .start(
                                new LeastSquares(exact, exactLabels).objective(tier),
                                tier.zeros(cols));
    }

    @Benchmark
    public Vec stepper() {
        stepper.step(t++);
        return stepper.iterate();
    }

    @Benchmark
    public Vec iteration() {
        x.multiply(w, r);
        r.axpy(-1.0, y);
        x.multiplyTransposed(r, g);
        w.axpy(-2 * eta, g);
        return w;
    }
}
