package dev.occam.bench;

import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Value;
import dev.occam.prediction.MinDistanceInterpolant;
import dev.occam.prediction.Prediction;
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

import java.util.concurrent.TimeUnit;

/**
 * The l2 min-distance prediction on random Gaussian least squares (n x 10n, entries exact doubles
 * as the spec reader makes them, w0 = 0). Run with {@code bin/bench MinDistanceBench}, or for a
 * quick single-shot timing without JMH: {@code java -cp <test classpath>
 * dev.occam.bench.MinDistanceBench 8x80 16x160 24x240 100x1000}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MinDistanceBench {
    @Param({"8", "16", "24"})
    public int rows;

    private LeastSquares problem;
    private Value[] w0;

    @Setup
    public void setUp() {
        problem = gaussian(rows, 10 * rows, 7);
        w0 = zeros(10 * rows);
    }

    @Benchmark
    public Prediction predict() {
        return MinDistanceInterpolant.l2().predict(problem, w0, 30);
    }

    /** A Gaussian n x d system from {@code seed}, each entry the exact value of its double. */
    public static LeastSquares gaussian(int n, int d, long seed) {
        SplitMix64 g = new SplitMix64(seed);
        Value[][] x = new Value[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) x[i][j] = exact(g.nextGaussian());
        Value[] y = new Value[n];
        for (int i = 0; i < n; i++) y[i] = exact(g.nextGaussian());
        return new LeastSquares(x, y);
    }

    static Value exact(double v) {
        return Value.of(new BigFraction(v), Double.toString(v));
    }

    static Value[] zeros(int d) {
        Value[] z = new Value[d];
        for (int j = 0; j < d; j++) z[j] = Value.of(0);
        return z;
    }

    public static void main(String[] args) {
        for (String a : args) {
            String[] nd = a.split("x");
            int n = Integer.parseInt(nd[0]), d = Integer.parseInt(nd[1]);
            LeastSquares p = gaussian(n, d, 7);
            Value[] start = zeros(d);
            long t0 = System.nanoTime();
            Prediction pr = MinDistanceInterpolant.l2().predict(p, start, 30);
            long t1 = System.nanoTime();
            System.out.printf(
                    "%s: %.3f s, exact=%s, certificate=%s%n",
                    a, (t1 - t0) / 1e9, pr.exact() != null, pr.certificate());
        }
    }
}
