package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * eta_t L(w_t) = min(c, cap L) from log L, for losses far below double's range and infinite caps.
 */
class LossScaledStepTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void timesLossAtTheEndsOfTheRange() {
        // no cap: eta_t L = c for every L > 0, and the limit L -> 0+ keeps it
        LossScaledStep normalized = new LossScaledStep(0.1, INF, "0.1 / L");
        assertThat(normalized.timesLoss(0, -1e6)).isEqualTo(0.1);
        assertThat(normalized.timesLoss(0, Double.NEGATIVE_INFINITY)).isEqualTo(0.1);
        assertThat(normalized.timesLoss(0, INF)).isEqualTo(0.1);
        assertThat(normalized.timesLoss(0, 0)).isEqualTo(0.1);
        // a finite cap: cap L = 2 e^(log L), which is 0 at L = 0 and c once L is large
        LossScaledStep capped = new LossScaledStep(0.5, 2, "min(2, 0.5 / L)");
        assertThat(capped.timesLoss(0, Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(capped.timesLoss(0, INF)).isEqualTo(0.5);
        assertThat(capped.timesLoss(0, Math.log(0.125))).isCloseTo(0.25, within(1e-16));
        // cap 1e300 and L = e^-800: cap L = e^(ln(1e300) - 800) = e^-109.2244..., representable
        // though e^-800 is not (ln(1e300) = 690.7755279 by hand from 300 ln 10)
        assertThat(new LossScaledStep(1, 1e300, "").timesLoss(0, -800))
                .isCloseTo(Math.exp(690.7755278982137 - 800), within(1e-60));
        // a NaN loss is not hidden
        assertThat(normalized.timesLoss(0, Double.NaN)).isNaN();
    }

    /**
     * docs/performance.md: normalized GD with step 0.1 on the data of gd-separable-max-margin.yaml
     * passes log L = -745 (where e^(log L) underflows) near iteration 12000 and once ended there in
     * a NaN iterate. 10^5 iterations must stay finite and keep increasing the l2 margin towards the
     * max margin gamma = 1/||w_hat|| = 9/sqrt(104): w_hat = (2/9, 10/9), supported by z_1 = (2,
     * 1/2) and z_2 = (-1/2, 1) with multipliers 28/81 and 76/81 (solved by hand in exact
     * rationals).
     */
    @Test
    void normalizedGradientDescentStaysFinitePastTheUnderflowOfTheLoss() {
        Tier tier = Tier.forDigits(16);
        Value[][] x = {
            {v(2, 1), v(1, 2)}, {v(1, 2), v(-1, 1)}, {v(3, 1), v(2, 1)}, {v(-1, 1), v(-3, 1)}
        };
        Classification data =
                new Classification(
                        x, new int[] {1, -1, 1, -1}, null, Classification.Loss.EXPONENTIAL);
        double[][] z = {{2, 0.5}, {-0.5, 1}, {3, 2}, {1, 3}};
        Objective objective = data.objective(tier);
        Stepper stepper =
                new GradientDescent(new LossScaledStep(0.1, INF, "0.1 / L(w_t)"))
                        .start(objective, tier.zeros(2));
        double gamma = 9 / Math.sqrt(104);
        double marginAtHalf = Double.NaN;
        for (long t = 0; t < 100_000; t++) {
            stepper.step(t);
            if (t + 1 == 50_000) marginAtHalf = margin(z, stepper.iterate());
        }
        Vec w = stepper.iterate();
        assertThat(w.isFinite()).isTrue();
        assertThat(objective.logLoss(w).doubleValue()).isLessThan(-745);
        double margin = margin(z, w);
        assertThat(margin).isGreaterThan(marginAtHalf).isLessThanOrEqualTo(gamma * (1 + 1e-15));
        assertThat(marginAtHalf).isGreaterThan(gamma - 1e-3);
    }

    /** The same through the Runner: the run is not stopped as "diverged". */
    @Test
    void runnerDoesNotReportADivergence() {
        Tier tier = Tier.forDigits(16);
        Value[][] x = {
            {v(2, 1), v(1, 2)}, {v(1, 2), v(-1, 1)}, {v(3, 1), v(2, 1)}, {v(-1, 1), v(-3, 1)}
        };
        Classification data =
                new Classification(
                        x, new int[] {1, -1, 1, -1}, null, Classification.Loss.EXPONENTIAL);
        Objective objective = data.objective(tier);
        Stepper stepper =
                new GradientDescent(new LossScaledStep(0.1, INF, "0.1 / L(w_t)"))
                        .start(objective, tier.zeros(2));
        Trajectory run =
                new Runner(100_000, Duration.ofSeconds(60)).run(stepper, objective, f -> {});
        assertThat(run.stopped()).isNotEqualTo("diverged");
        assertThat(run.last().isFinite()).isTrue();
    }

    private static double margin(double[][] z, Vec w) {
        double norm = Math.hypot(w.get(0), w.get(1));
        double m = Double.POSITIVE_INFINITY;
        for (double[] zn : z) m = Math.min(m, (zn[0] * w.get(0) + zn[1] * w.get(1)) / norm);
        return m;
    }

    private static Value v(long n, long d) {
        return Value.of(new BigFraction(n, d), n + "/" + d);
    }
}
