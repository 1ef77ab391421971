package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * The time limit holds for slow iterations (an integrated flow can take a second per iteration):
 * the clock was read every 256 iterations only, so 50 ms iterations overran a 300 ms limit to 12.8
 * s. Now it is read every iteration while iterations are slow.
 */
class RunnerSlowIterationsTest {
    @Test
    void aRunOfSlowIterationsStopsNearItsTimeLimit() {
        Tier tier = Tier.forDigits(16);
        Objective objective =
                new LeastSquares(
                                new Value[][] {{Value.of(1), Value.of(1)}},
                                new Value[] {Value.of(1)})
                        .objective(tier);
        Vec w = tier.zeros(2);
        Stepper slow =
                new Stepper() {
                    @Override
                    public void step(long t) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        w.axpy(1e-3, tier.of(new double[] {1, 0}));
                    }

                    @Override
                    public Vec iterate() {
                        return w;
                    }
                };
        long start = System.nanoTime();
        Trajectory run =
                new Runner(1_000_000, Duration.ofMillis(300)).run(slow, objective, f -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(run.stopped()).isEqualTo(Trajectory.TIME_LIMIT);
        assertThat(run.iterations()).isLessThan(20);
        assertThat(seconds).isLessThan(3);
    }
}
