package dev.occam.bench;

import dev.occam.numeric.KernelThreads;
import dev.occam.numeric.Mat;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Vec;

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
 * The double tier's least-squares gradient kernel alone, Mat.residualGradient (r = X w - y, g = X^T
 * r, one pass), at kernel thread counts 1 and 2, on shapes around the parallel threshold
 * (RowBlocks.PARALLEL_ENTRIES = 2^16): 2^15 and 2^16 entries, and larger. At and above 2^16 entries
 * both thread counts run the same fixed blocks. Run with {@code bin/bench KernelBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBench {
    @Param({"64x512", "128x512", "1000x100", "200x1000"})
    public String shape;

    @Param({"1", "2"})
    public int threads;

    private Mat x;
    private Vec w;
    private Vec y;
    private Vec r;
    private Vec g;

    @Setup
    public void setUp() {
        KernelThreads.set(threads);
        String[] nd = shape.split("x");
        int n = Integer.parseInt(nd[0]), d = Integer.parseInt(nd[1]);
        Random random = new Random(42);
        double[][] data = new double[n][d];
        for (double[] row : data) for (int j = 0; j < d; j++) row[j] = random.nextGaussian();
        double[] wv = new double[d], yv = new double[n];
        for (int j = 0; j < d; j++) wv[j] = random.nextGaussian();
        for (int i = 0; i < n; i++) yv[i] = random.nextGaussian();
        Tier tier = Tiers.forDigits(16);
        x = tier.matrix(data);
        w = tier.of(wv);
        y = tier.of(yv);
        r = tier.zeros(n);
        g = tier.zeros(d);
    }

    @Benchmark
    public Vec residualGradient() {
        x.residualGradient(w, y, r, g);
        return g;
    }
}
