package dev.occam.bench;

import dev.occam.numeric.DoubleExp;

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
 * The exponential-loss kernel's exps: out[i] = e^(x[i] - h) over {@link #n} seeded exponents in
 * [-30, 0], by {@link DoubleExp} and by a loop of {@link Math#exp}. One operation is the whole
 * array; divide the score by n for the cost per element. Run with {@code bin/bench DoubleExpBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DoubleExpBench {
    @Param({"8", "1000"})
    public int n;

    private double[] x;
    private double[] out;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        x = new double[n];
        out = new double[n];
        for (int i = 0; i < n; i++) x[i] = -30 * random.nextDouble();
    }

    @Benchmark
    public double[] doubleExp() {
        DoubleExp.exp(x, 0.5, out, 0, n);
        return out;
    }

    @Benchmark
    public double[] mathExp() {
        for (int i = 0; i < n; i++) out[i] = Math.exp(x[i] - 0.5);
        return out;
    }
}
