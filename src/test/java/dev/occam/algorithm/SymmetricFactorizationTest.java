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

/** W = U U^T: one step by hand, and the gradient against 50-digit central differences. */
class SymmetricFactorizationTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    @Test
    void oneStepOfAScalarFactorizationByHand() {
        // l(W) = (W - 1)^2, W = u^2 from u = 1/2: W = 1/4, G = -3/2, dL/du = 2 G u = -3/2, so with
        // eta = 1/10 u becomes 0.65 and W = 0.4225
        LeastSquares one =
                new LeastSquares(new Value[][] {{Value.of(1)}}, new Value[] {Value.of(1)});
        Stepper s =
                new SymmetricFactorization(
                                StepSize.constant(0.1, "0.1"),
                                1,
                                1,
                                Value.of(new BigFraction(1, 2), "1/2"))
                        .start(one.objective(DOUBLE), DOUBLE.zeros(1));
        assertThat(s.iterate().get(0)).isEqualTo(0.25);
        s.step(0);
        assertThat(s.state().get("U").get(0)).isCloseTo(0.65, within(1e-16));
        assertThat(s.iterate().get(0)).isCloseTo(0.4225, within(1e-16));
    }

    @Test
    void theGradientIsTheDirectionalDerivativeOfTheLoss() {
        // 3 x 2 U, two measurements of a 3 x 3 W (not symmetric ones: G != G^T), 50 digits, h =
        // 1e-20: the central difference is exact to O(h^2)
        Tier tier = Tier.forDigits(50);
        Value[][] a = {
            {
                Value.of(1),
                Value.of(2),
                Value.of(0),
                Value.of(-1),
                Value.of(1),
                Value.of(0),
                Value.of(3),
                Value.of(0),
                Value.of(1)
            },
            {
                Value.of(0),
                Value.of(1),
                Value.of(1),
                Value.of(2),
                Value.of(0),
                Value.of(-2),
                Value.of(1),
                Value.of(1),
                Value.of(0)
            }
        };
        Objective f = new LeastSquares(a, new Value[] {Value.of(1), Value.of(-1)}).objective(tier);
        double[][] entries = {{1, 0.5}, {-1, 2}, {0.25, -0.75}};
        Vec[] u = new Vec[3];
        for (int i = 0; i < 3; i++) u[i] = tier.of(entries[i]);
        Vec g = tier.zeros(9);
        f.gradient(Matrices.vec(Matrices.multiply(u, Matrices.transpose(u)), 3, tier), g);
        Vec[] grad = SymmetricFactorization.gradient(u, Matrices.rows(g, 3));
        double h = 1e-20;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 2; j++) {
                Scalar plus = loss(f, u, i, j, h, tier), minus = loss(f, u, i, j, -h, tier);
                BigDecimal difference =
                        plus.subtract(minus)
                                .decimal()
                                .divide(new BigDecimal(2 * h), new MathContext(40));
                assertThat(grad[i].decimal(j).subtract(difference).abs().doubleValue())
                        .isLessThan(1e-30);
            }
    }

    private static Scalar loss(Objective f, Vec[] u, int i, int j, double h, Tier tier) {
        Vec[] moved = new Vec[u.length];
        for (int r = 0; r < u.length; r++) moved[r] = u[r].copy();
        moved[i].set(j, moved[i].element(j).add(tier.scalar(h)));
        return f.loss(Matrices.vec(Matrices.multiply(moved, Matrices.transpose(moved)), 3, tier));
    }
}
