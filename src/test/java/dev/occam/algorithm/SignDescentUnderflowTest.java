package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.Objective;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

/**
 * Sign descent on z_1 = (1, 0), z_2 = (1, 1) from w0 = (0, 800), with GLSS18's step 1/(B^2 L), B =
 * max_n ||x_n||_1 = 2. By hand: only z_2 has a second coordinate, so (grad L)_2 = -e^(-z_2.w) < 0
 * at every w, and (grad L)_1 = -(e^(-z_1.w) + e^(-z_2.w)) < 0; sign descent therefore moves both
 * coordinates by the same +eta_t ||grad L||_1 at every step: w_t = (s_t, 800 + s_t), with eta_t
 * ||grad L||_1 = (1/4)(1 + 2 q_2) >= 1/4 (q_2 = the weight of z_2), so s_t >= t/4 and w_t /
 * ||w_t||_inf -> (1, 1).
 *
 * <p>z_2's weight relative to z_1's is e^-800 at the start and shrinks, below double's range: the
 * normalized gradient had (grad L / L)_2 = 0, sign(0) = 0 froze w_2 at 800 for good, and the run
 * approached the direction (1, 0) instead (w_2 / w_1 = 800 / s_t -> 0). A checker seeing that limit
 * certified a direction sign descent does not take.
 */
class SignDescentUnderflowTest {
    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32})
    void theCoordinateOfAnUnderflowedComponentMovesWithTheRightSign(int digits) {
        Tier tier = Tier.forDigits(digits);
        Value[][] x = {{Value.of(1), Value.of(0)}, {Value.of(1), Value.of(1)}};
        Objective objective =
                new Classification(x, new int[] {1, 1}, null, Classification.Loss.EXPONENTIAL)
                        .objective(tier);
        Norm linf = Norms.linf();
        Stepper stepper =
                new SteepestDescent(
                                new LossScaledStep(0.25, Double.POSITIVE_INFINITY, "1/(B^2 L)"),
                                linf)
                        .start(objective, tier.of(new double[] {0, 800}));
        Trajectory run =
                new Runner(10_000, Duration.ofSeconds(60)).run(stepper, objective, f -> {});
        Vec w = run.last();
        assertThat(run.iterations()).isEqualTo(10_000);
        assertThat(w.get(0)).isGreaterThanOrEqualTo(10_000 / 4.0);
        // w_2 - 800 = w_1: both coordinates moved by the same amount, in the same (+) direction
        assertThat(w.get(1) - 800).isCloseTo(w.get(0), within(1e-12 * w.get(0)));
        // so w / ||w||_inf heads to (1, 1), not to the frozen run's (1, 0)
        assertThat(w.get(0) / w.get(1)).isGreaterThan(0.75);
    }
}
