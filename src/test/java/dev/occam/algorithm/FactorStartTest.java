package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.JacobiSvd;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Balanced starts are balanced exactly; implicit midpoint steps keep them so, GD does not. */
class FactorStartTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    @Test
    void rotatedBalancedFactorsAreExactlyBalancedWithTheChosenSingularValues() {
        Value half = Value.of(new BigFraction(1, 2), "1/2");
        FactorStart s = FactorStart.cayley(3, 3, half, 7);
        for (int j = 0; j + 1 < 3; j++) {
            BigFraction[][] a = RationalLinearAlgebra.fractions(s.factors()[j + 1]);
            BigFraction[][] b = RationalLinearAlgebra.fractions(s.factors()[j]);
            BigFraction[][] upper =
                    RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(a), a);
            BigFraction[][] lower =
                    RationalLinearAlgebra.multiply(b, RationalLinearAlgebra.transpose(b));
            for (int i = 0; i < 3; i++) assertThat(upper[i]).containsExactly(lower[i]);
        }
        // S = (1/2) diag(1, 3/2, 2), so W = U S^3 V^T has singular values 1, 27/64, 1/8
        Value[][] w = new Value[3][3];
        Value[] e = s.endToEnd();
        for (int i = 0; i < 3; i++) for (int k = 0; k < 3; k++) w[i][k] = e[3 * i + k];
        var sigma = JacobiSvd.of(w, DOUBLE).singularValues();
        assertThat(sigma[0].doubleValue()).isCloseTo(1, within(1e-15));
        assertThat(sigma[1].doubleValue()).isCloseTo(27.0 / 64, within(1e-15));
        assertThat(sigma[2].doubleValue()).isCloseTo(1.0 / 8, within(1e-15));
        // the rotations are not the identity: W is not diagonal
        assertThat(e[1].rational()).isNotEqualTo(BigFraction.ZERO);
    }

    @Test
    void implicitMidpointConservesBalancednessWhereGradientDescentDrifts() {
        LeastSquares sensing =
                new LeastSquares(
                        new Value[][] {
                            {Value.of(1), Value.of(2), Value.of(0), Value.of(-1)},
                            {Value.of(0), Value.of(1), Value.of(3), Value.of(1)}
                        },
                        new Value[] {Value.of(1), Value.of(-2)});
        FactorStart start = FactorStart.cayley(2, 3, Value.of(new BigFraction(1, 2), "1/2"), 3);
        double[] drift = new double[2];
        for (int k = 0; k < 2; k++) {
            Stepper s =
                    new FactorizedGradientDescent(StepSize.constant(0.01, "0.01"), start, k == 1)
                            .start(sensing.objective(DOUBLE), DOUBLE.of(start.endToEnd()));
            for (int t = 0; t < 200; t++) s.step(t);
            drift[k] = s.factorized().balancedness();
        }
        assertThat(drift[0]).isGreaterThan(1e-6);
        assertThat(drift[1]).isLessThan(1e-13);
    }
}
