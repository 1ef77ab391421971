package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

/** The diagonal network's factor gradients and steps against hand derivations. */
class DiagonalNetworkTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final Value HALF = Value.of(new BigFraction(1, 2), "1/2");

    /** L(beta) = (beta_1 + 2 beta_2 - 1)^2. */
    private static LeastSquares oneEquation() {
        return new LeastSquares(
                new Value[][] {{Value.of(1), Value.of(2)}}, new Value[] {Value.of(1)});
    }

    @Test
    void oneStepByHand() {
        // u = v = (1/2, 1/2), beta = 0, r = -1, grad l = 2 X^T r = (-2, -4); dL/du = 2 u g = (-2,
        // -4), dL/dv = -2 v g = (2, 4); with eta = 1/10: u = (0.7, 0.9), v = (0.3, 0.1), beta =
        // (0.49 - 0.09, 0.81 - 0.01) = (0.4, 0.8). u v = alpha^2 (1 - 4 eta^2 g^2) = (0.21, 0.09):
        // the product GD does not conserve, unlike the flow
        Stepper s =
                new DiagonalNetwork(StepSize.constant(0.1, "0.1"), 2, HALF)
                        .start(oneEquation().objective(DOUBLE), DOUBLE.zeros(2));
        assertThat(s.iterate().toDoubleArray()).containsExactly(0, 0);
        s.step(0);
        assertThat(s.state().get("u").toDoubleArray())
                .containsExactly(new double[] {0.7, 0.9}, within(1e-15));
        assertThat(s.state().get("v").toDoubleArray())
                .containsExactly(new double[] {0.3, 0.1}, within(1e-15));
        assertThat(s.iterate().toDoubleArray())
                .containsExactly(new double[] {0.4, 0.8}, within(1e-15));
    }

    @Test
    void aLossScaledStepMovesByTheNormalizedGradient() {
        // one point z = (1, 2), exponential loss: at beta = 0, L = 1 and grad L / L = -(1, 2); with
        // over-loss 1/10 the factors move by 1/10 of their normalized gradients: u = 1/2 (1 +
        // 0.2 (1, 2)) = (0.6, 0.7), v = 1/2 (1 - 0.2 (1, 2)) = (0.4, 0.3), beta = (0.2, 0.4)
        Classification data =
                new Classification(
                        new Value[][] {{Value.of(1), Value.of(2)}},
                        new int[] {1},
                        null,
                        Classification.Loss.EXPONENTIAL);
        Stepper s =
                new DiagonalNetwork(
                                new LossScaledStep(0.1, Double.POSITIVE_INFINITY, "0.1 / L"),
                                2,
                                HALF)
                        .start(data.objective(DOUBLE), DOUBLE.zeros(2));
        s.step(0);
        assertThat(s.state().get("u").toDoubleArray())
                .containsExactly(new double[] {0.6, 0.7}, within(1e-15));
        assertThat(s.iterate().toDoubleArray())
                .containsExactly(new double[] {0.2, 0.4}, within(1e-15));
    }

    @Test
    void factorGradientsAreTheDirectionalDerivativesOfTheLoss() {
        // in 50 digits, dL/du_i and dL/dv_i against central differences (L(u + h e_i) - L(u - h
        // e_i)) / 2h, error O(h^2) = 1e-40, at depths 2 and 3 on two equations in three unknowns
        Tier tier = Tier.forDigits(50);
        LeastSquares ls =
                new LeastSquares(
                        new Value[][] {
                            {Value.of(1), Value.of(-2), Value.of(3)},
                            {Value.of(2), Value.of(1), Value.of(-1)}
                        },
                        new Value[] {Value.of(1), Value.of(-2)});
        Objective f = ls.objective(tier);
        for (int depth : new int[] {2, 3}) {
            Vec u = tier.of(new double[] {0.7, -0.4, 1.3});
            Vec v = tier.of(new double[] {0.2, 0.9, -0.6});
            Vec w = tier.zeros(3), scratch = tier.zeros(3), g = tier.zeros(3);
            DiagonalNetwork.endToEnd(u, v, depth, w, scratch);
            f.gradient(w, g);
            Vec du = tier.zeros(3), dv = tier.zeros(3);
            DiagonalNetwork.factorGradients(u, v, g, depth, du, dv);
            double h = 1e-20;
            for (int i = 0; i < 3; i++) {
                assertThat(difference(f, u, v, u, i, h, depth).subtract(du.decimal(i)).abs())
                        .isLessThan(new BigDecimal("1e-30"));
                assertThat(difference(f, u, v, v, i, h, depth).subtract(dv.decimal(i)).abs())
                        .isLessThan(new BigDecimal("1e-30"));
            }
        }
    }

    @Test
    void everyTierTakesTheSameSteps() {
        double[] reference = null;
        for (int digits : new int[] {16, 32, 60}) {
            Tier tier = Tier.forDigits(digits);
            Stepper s =
                    new DiagonalNetwork(StepSize.constant(0.01, "0.01"), 2, HALF)
                            .start(oneEquation().objective(tier), tier.zeros(2));
            for (int t = 0; t < 200; t++) s.step(t);
            double[] beta = s.iterate().toDoubleArray();
            if (reference == null) reference = beta;
            else assertThat(beta).containsExactly(reference, within(1e-13));
        }
    }

    @Test
    void smallStepsApproachTheFlowLimitLinearlyInTheStep() {
        // the flow's limit from alpha = 1/2 is argmin Q_alpha on x1 + 2 x2 = 1, beta_i = 2 alpha^2
        // sinh(lambda x_i) with lambda = 0.3704308091878868827 (mpmath, 40 digits). GD shrinks u v
        // by (1 - 4 eta^2 g^2) per step, a smaller effective alpha: its limit misses by about
        // 0.17 eta (independent numpy runs: 1.73e-4 at eta = 1e-3, 1.72e-5 at eta = 1e-4)
        double[] flow = {0.18948040659310940565, 0.40525979670344529717};
        double[] distances = new double[2];
        double[] etas = {1e-3, 1e-4};
        for (int k = 0; k < 2; k++) {
            Stepper s =
                    new DiagonalNetwork(StepSize.constant(etas[k], "eta"), 2, HALF)
                            .start(oneEquation().objective(DOUBLE), DOUBLE.zeros(2));
            for (long t = 0; t < (long) (30 / etas[k]); t++) s.step(t);
            distances[k] = s.iterate().distance(DOUBLE.of(flow));
        }
        assertThat(distances[0]).isBetween(1.6e-4, 1.85e-4);
        assertThat(distances[1]).isBetween(1.6e-5, 1.85e-5);
    }

    @Test
    void depthBelowTwoIsRefused() {
        assertThatThrownBy(() -> new DiagonalNetwork(StepSize.constant(0.1, "0.1"), 1, HALF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** (L at x + h e_i - L at x - h e_i) / 2h, with x = u or v (the other fixed). */
    private static BigDecimal difference(
            Objective f, Vec u, Vec v, Vec x, int i, double h, int depth) {
        Tier tier = u.tier();
        Scalar[] loss = new Scalar[2];
        for (int k = 0; k < 2; k++) {
            Vec moved = x.copy();
            moved.set(i, moved.element(i).add(tier.scalar(k == 0 ? h : -h)));
            Vec w = tier.zeros(u.size()), scratch = tier.zeros(u.size());
            DiagonalNetwork.endToEnd(x == u ? moved : u, x == v ? moved : v, depth, w, scratch);
            loss[k] = f.loss(w);
        }
        return loss[0].subtract(loss[1])
                .decimal()
                .divide(new BigDecimal(2 * h), new MathContext(40));
    }
}
