package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The diagonal network's gradient flow against a closed form and an independent Q_alpha. */
class DiagonalNetworkFlowTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final Value HALF = Value.of(new BigFraction(1, 2), "1/2");

    /**
     * One coordinate, L = (beta - 1)^2, alpha = 1/2: u v = alpha^2 is conserved and beta' = -8
     * sqrt(beta^2 + c^2) (beta - 1) with c = 2 alpha^2 = 1/2. Separating variables, with k = sqrt(1
     * + c^2), F(x) = -(1/k) ln |(x + c^2 + k sqrt(x^2 + c^2)) / (x - 1)| has F' = 1 / ((x - 1)
     * sqrt(x^2 + c^2)), so F(beta(t)) - F(0) = -8t. Solved for beta in 40-digit mpmath (and the ODE
     * integrated there agrees): beta(0.05) = 0.18505004638409641287, beta(0.25) =
     * 0.73784973764673921138.
     */
    @Test
    void oneCoordinateFollowsTheClosedForm() {
        LeastSquares one =
                new LeastSquares(new Value[][] {{Value.of(1)}}, new Value[] {Value.of(1)});
        Stepper s =
                new DiagonalNetworkFlow(2, HALF, 1e-14, 0.05)
                        .start(one.objective(DOUBLE), DOUBLE.zeros(1));
        assertThat(s.iterate().get(0)).isEqualTo(0);
        s.step(0);
        assertThat(s.iterate().get(0)).isCloseTo(0.18505004638409641, within(1e-13));
        for (int t = 1; t < 5; t++) s.step(t);
        assertThat(s.iterate().get(0)).isCloseTo(0.73784973764673921, within(1e-13));
        // the product the flow conserves (gradient descent does not)
        double product = s.state().get("u").get(0) * s.state().get("v").get(0);
        assertThat(product).isCloseTo(0.25, within(1e-13));
    }

    /**
     * x_1 + 2 x_2 = 1 from alpha = 1/2: argmin Q_alpha is 2 alpha^2 sinh(X^T lambda) with lambda
     * solving the one equation, in 40-digit mpmath (0.18948040659310940565,
     * 0.40525979670344529717). Gradient descent misses it by 0.17 eta; the flow reaches it to its
     * integration error.
     */
    @Test
    void theFlowEndsAtArgminQAlpha() {
        LeastSquares oneEquation =
                new LeastSquares(
                        new Value[][] {{Value.of(1), Value.of(2)}}, new Value[] {Value.of(1)});
        Stepper s =
                new DiagonalNetworkFlow(2, HALF, 1e-14, 1)
                        .start(oneEquation.objective(DOUBLE), DOUBLE.zeros(2));
        for (int t = 0; t < 30; t++) s.step(t);
        assertThat(s.iterate().get(0)).isCloseTo(0.18948040659310941, within(1e-12));
        assertThat(s.iterate().get(1)).isCloseTo(0.40525979670344530, within(1e-12));
    }

    /**
     * At alpha = 10 the flow is stiff (rates near 8 alpha^2 lambda_max(X X^T)): once it has
     * settled, the step controller grows a trial step far outside the stability region and it
     * overflows; that step is redone with a smaller largest step instead of failing the run.
     */
    @Test
    void aStiffFlowWhoseTrialStepOverflowsStillRuns() {
        int[][] x = {
            {1, 2, -1, 2, 2, 1, 1, -2, -2, -2},
            {2, -1, -1, 2, -1, 2, -1, 0, 2, 1},
            {0, -1, 2, 2, 1, 2, -2, -2, -1, 2},
            {1, -1, 0, -2, 2, 0, 2, 1, 2, -2},
            {2, -2, 1, -1, 0, -1, -2, 1, -1, -2}
        };
        int[] y = {3, -4, -4, -2, -3};
        Value[][] xv = new Value[5][10];
        Value[] yv = new Value[5];
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 10; k++) xv[i][k] = Value.of(x[i][k]);
            yv[i] = Value.of(y[i]);
        }
        LeastSquares ls = new LeastSquares(xv, yv);
        Stepper s =
                new DiagonalNetworkFlow(2, Value.of(10), 1e-14, 0.25)
                        .start(ls.objective(DOUBLE), DOUBLE.zeros(10));
        for (int t = 0; t < 2; t++) s.step(t);
        // interpolating: the residual is at the integrator's noise on beta = u^2 - v^2, u, v ~ 10
        assertThat(Math.sqrt(ls.objective(DOUBLE).loss(s.iterate()).doubleValue()))
                .isLessThan(1e-9);
    }
}
