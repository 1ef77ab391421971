package dev.occam.bench;

import dev.occam.numeric.DDMath;

import org.apache.commons.numbers.core.DD;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cost of one double-double {@link DDMath#exp} and {@link DDMath#log} (ns/op), cycling through 1024
 * seeded arguments with nonzero low parts: exp on [-50, 50] (the range of classification margins
 * and log-sum-exp shifts), log on [1e-30, 1e30]; {@link #mathExp()} and {@link #mathLog()} are the
 * double intrinsics on the same high parts, for scale. Run with {@code bin/bench DDMathBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DDMathBench {
    private static final int N = 1024;

    private final DD[] expArgs = new DD[N];
    private final DD[] logArgs = new DD[N];
    private final double[] expDoubles = new double[N];
    private final double[] logDoubles = new double[N];
    private int i;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        for (int k = 0; k < N; k++) {
            DD e = DD.of(100 * random.nextDouble() - 50).divide(DD.of(7)).multiply(7);
            expArgs[k] = DD.ofSum(e.hi(), 0x1p-60 * e.hi() * random.nextDouble());
            expDoubles[k] = e.hi();
            double l = Math.pow(10, 60 * random.nextDouble() - 30);
            logArgs[k] = DD.ofSum(l, 0x1p-60 * l * random.nextDouble());
            logDoubles[k] = l;
        }
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public DD exp() {
        return DDMath.exp(expArgs[next()]);
    }

    @Benchmark
    public DD log() {
        return DDMath.log(logArgs[next()]);
    }

    @Benchmark
    public double mathExp() {
        return Math.exp(expDoubles[next()]);
    }

    @Benchmark
    public double mathLog() {
        return Math.log(logDoubles[next()]);
    }
}
