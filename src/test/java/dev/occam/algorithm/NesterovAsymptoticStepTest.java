package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.Objective;

import org.junit.jupiter.api.Test;

/**
 * Nesterov's long-run step. On L(w) = e^-w (one point z = 1, exponential loss) the iterates settle
 * into w_t ~ log t with a slowly decaying velocity v_t = w_t - w_{t-1}. Once v is (nearly)
 * constant, v = beta v - eta grad L(y) and y - w = beta v -> 0 give v = -eta/(1 - beta) grad L(w):
 * the ratio v_t / (-eta_eff grad L(w_t)) tends to 1 exactly when eta_eff = eta/(1 - beta), by this
 * argument alone; a direct simulation of the recursion (Python, double) gives 1 + 9.1e-5 at t =
 * 10^5 and 1 + 9.0e-4 at t = 10^4, i.e. 1 + O(1/t). With eta_eff = eta the ratio would tend to 1/(1
 * - beta) = 10.
 */
class NesterovAsymptoticStepTest {
    private static final double ETA = 0.1;
    private static final double BETA = 0.9;

    @Test
    void asymptoticStepIsTheEffectiveStepOfTheSettledVelocity() {
        Nesterov nesterov = new Nesterov(StepSize.constant(ETA, "0.1"), BETA);
        assertThat(nesterov.asymptoticStep()).isEqualTo(ETA / (1 - BETA));

        Tier tier = Tier.forDigits(16);
        Classification data =
                new Classification(
                        new Value[][] {{Value.of(1)}},
                        new int[] {1},
                        null,
                        Classification.Loss.EXPONENTIAL);
        Objective objective = data.objective(tier);
        Stepper stepper = nesterov.start(objective, tier.of(new double[] {0}));
        double previous = 0;
        double ratioAt10k = Double.NaN;
        for (long t = 0; t < 100_000; t++) {
            previous = stepper.iterate().get(0);
            stepper.step(t);
            if (t + 1 == 10_000) ratioAt10k = ratio(nesterov, stepper.iterate().get(0), previous);
        }
        double w = stepper.iterate().get(0);
        double ratio = ratio(nesterov, w, previous);
        // direction: the velocity points down the gradient (grad L = -e^-w < 0, so v > 0)
        assertThat(w - previous).isPositive();
        // magnitude: 1 + O(1/t), and closer at 10^5 than at 10^4
        assertThat(ratio).isCloseTo(1, within(1e-3));
        assertThat(Math.abs(ratio - 1)).isLessThan(Math.abs(ratioAt10k - 1) / 5);
    }

    /** v_t / (-eta_eff grad L(w_t)) with grad L(w) = -e^-w. */
    private static double ratio(Algorithm a, double w, double previous) {
        return (w - previous) / (a.asymptoticStep() * Math.exp(-w));
    }
}
