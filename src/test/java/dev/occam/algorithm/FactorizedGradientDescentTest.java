package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

/** Deep matrix factorization's factor gradients and steps against hand derivations. */
class FactorizedGradientDescentTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    /**
     * L(W) = sum over the observed entries of (W_ij - M_ij)^2 on a 2 x 2 matrix, entries (0,0),
     * (0,1), (1,0).
     */
    private static LeastSquares completion() {
        Value z = Value.of(0), o = Value.of(1);
        Value[][] x = {{o, z, z, z}, {z, o, z, z}, {z, z, o, z}};
        return new LeastSquares(x, new Value[] {Value.of(1), Value.of(2), Value.of(2)});
    }

    @Test
    void depthOneIsGradientDescentOnW() {
        Objective f = completion().objective(DOUBLE);
        StepSize eta = StepSize.constant(0.1, "0.1");
        Value half = Value.of(new BigFraction(1, 2), "1/2");
        Stepper factored =
                new FactorizedGradientDescent(eta, FactorStart.identity(2, 1, half), false)
                        .start(f, DOUBLE.zeros(4));
        Stepper plain = new GradientDescent(eta).start(f, DOUBLE.of(new double[] {0.5, 0, 0, 0.5}));
        for (int t = 0; t < 20; t++) {
            factored.step(t);
            plain.step(t);
        }
        for (int i = 0; i < 4; i++)
            assertThat(factored.iterate().get(i)).isCloseTo(plain.iterate().get(i), within(1e-15));
    }

    @Test
    void oneStepOfADepthTwoScalarFactorization() {
        // l(W) = (W - 1)^2, W = w2 w1 from w1 = w2 = 1/2: W = 1/4, l'(W) = -3/2, each factor's
        // gradient
        // is the other factor times l'(W) = -3/4, so with eta = 1/10 both become 0.575 and W =
        // 0.330625
        LeastSquares one =
                new LeastSquares(new Value[][] {{Value.of(1)}}, new Value[] {Value.of(1)});
        Stepper s =
                new FactorizedGradientDescent(
                                StepSize.constant(0.1, "0.1"),
                                FactorStart.identity(
                                        2 - 1, 2, Value.of(new BigFraction(1, 2), "1/2")),
                                false)
                        .start(one.objective(DOUBLE), DOUBLE.zeros(1));
        assertThat(s.iterate().get(0)).isEqualTo(0.25);
        s.step(0);
        assertThat(s.iterate().get(0)).isCloseTo(0.330625, within(1e-16));
        assertThat(s.state().get("W1").get(0)).isCloseTo(0.575, within(1e-16));
    }

    @Test
    void factorGradientsAreTheDirectionalDerivativesOfTheLoss() {
        // in 50 digits, <dL/dW_j, E> against the central difference (L(W_j + hE) - L(W_j - hE)) /
        // 2h,
        // whose error is O(h^2) = 1e-40, for three non-commuting 2 x 2 factors
        Tier tier = Tier.forDigits(50);
        Objective f = completion().objective(tier);
        Vec[][] factors = {
            rows(tier, 1, 2, -1, 3), rows(tier, 0.5, -1, 2, 1), rows(tier, 2, 0, 1, -0.5)
        };
        Vec[][] below = Matrices.prefixes(factors);
        Vec w = Matrices.vec(below[3], 2, tier);
        Vec g = tier.zeros(4);
        f.gradient(w, g);
        Vec[][] grads =
                FactorizedGradientDescent.factorGradients(factors, below, Matrices.rows(g, 2));
        double h = 1e-20;
        for (int j = 0; j < 3; j++) {
            for (int e = 0; e < 4; e++) {
                int r = e / 2, c = e % 2;
                Scalar plus = lossWith(f, factors, j, r, c, h, tier),
                        minus = lossWith(f, factors, j, r, c, -h, tier);
                BigDecimal difference =
                        plus.subtract(minus)
                                .decimal()
                                .divide(new BigDecimal(2 * h), new MathContext(40));
                assertThat(grads[j][r].decimal(c).subtract(difference).abs().doubleValue())
                        .isLessThan(1e-30);
            }
        }
    }

    private static Scalar lossWith(
            Objective f, Vec[][] factors, int j, int r, int c, double h, Tier tier) {
        Vec[][] moved = new Vec[factors.length][];
        for (int k = 0; k < factors.length; k++) {
            moved[k] = new Vec[factors[k].length];
            for (int i = 0; i < factors[k].length; i++) moved[k][i] = factors[k][i].copy();
        }
        moved[j][r].set(c, moved[j][r].element(c).add(tier.scalar(h)));
        return f.loss(Matrices.vec(Matrices.prefixes(moved)[moved.length], 2, tier));
    }

    private static Vec[] rows(Tier tier, double a, double b, double c, double d) {
        return new Vec[] {tier.of(new double[] {a, b}), tier.of(new double[] {c, d})};
    }
}
