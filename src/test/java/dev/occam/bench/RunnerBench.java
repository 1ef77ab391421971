package dev.occam.bench;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The run loop's own cost: {@link ClassificationBench}'s constant-step run (10^6 iterations on 16
 * separable points in the plane) through {@link Runner#run}, which adds the step norm, the blow-up
 * and floor tests, the recording schedule and the clock, as {@code occam check} runs it. The
 * difference from {@code ClassificationBench.constantStep} is the loop's overhead. Run with {@code
 * bin/bench RunnerBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RunnerBench {
    /** 16 = double, 32 = double-double. */
    @Param({"16"})
    public int digits;

    private Objective objective;
    private Vec w0;
    private GradientDescent algorithm;
    private Runner runner;

    @Setup
    public void setUp() {
        Tier tier = Tiers.forDigits(digits);
        objective = ClassificationBench.data().objective(tier);
        w0 = tier.zeros(2);
        algorithm =
                new GradientDescent(
                        StepSize.constant(
                                ClassificationBench.ETA, String.valueOf(ClassificationBench.ETA)));
        runner =
                new Runner(ClassificationBench.CONSTANT_STEP_ITERATIONS, Duration.ofMinutes(5))
                        .withFloorStop(false);
        if (run().iterations() != ClassificationBench.CONSTANT_STEP_ITERATIONS)
            throw new IllegalStateException("the benchmark run stopped early");
    }

    @Benchmark
    public Trajectory run() {
        return runner.run(algorithm.start(objective, w0), objective, fraction -> {});
    }
}
