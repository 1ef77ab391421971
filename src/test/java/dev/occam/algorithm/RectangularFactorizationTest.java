package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.JacobiSvd;
import dev.occam.numeric.RationalLinearAlgebra;
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

/** An m x n factorization W = W_N ... W_1 with hidden widths: gradients, steps, starts. */
class RectangularFactorizationTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final Value HALF = Value.of(new BigFraction(1, 2), "1/2");

    /** y_i = <A_i, W> for a 3 x 2 W: four measurements, rows vec(A_i) row by row. */
    private static LeastSquares sensing3x2() {
        double[][] a = {
            {1, 2, 0, -1, 1, 0}, {0, 1, 3, 1, -1, 2}, {2, 0, 1, 0, 1, 1}, {1, -1, 1, 2, 0, -1}
        };
        Value[][] x = new Value[4][6];
        for (int i = 0; i < 4; i++) for (int k = 0; k < 6; k++) x[i][k] = Value.of((int) a[i][k]);
        return new LeastSquares(
                x,
                new Value[] {
                    Value.of(1), Value.of(-2), Value.of(3), Value.of(new BigFraction(1, 2), "1/2")
                });
    }

    @Test
    void oneStepOnARowVectorByHand() {
        // W = W_2 W_1 is 1 x 2 with W_1 = [1, 2] (1 x 2) and W_2 = [1/2] (1 x 1), both entries
        // observed with targets (1, 3). W = [1/2, 1], G = 2 (W - y) = [-1, -4], dL/dW_1 = W_2^T G =
        // [-1/2, -2], dL/dW_2 = G W_1^T = -1 - 8 = -9. With eta = 1/10: W_1 = [1.05, 2.2], W_2 =
        // 1.4, W = [1.47, 3.08].
        Value z = Value.of(0), o = Value.of(1);
        LeastSquares both =
                new LeastSquares(new Value[][] {{o, z}, {z, o}}, new Value[] {o, Value.of(3)});
        FactorStart start = new FactorStart("hand", new Value[][][] {{{o, Value.of(2)}}, {{HALF}}});
        Stepper s =
                new FactorizedGradientDescent(StepSize.constant(0.1, "0.1"), start, false)
                        .start(both.objective(DOUBLE), DOUBLE.of(start.endToEnd()));
        assertThat(s.iterate().toDoubleArray()).containsExactly(0.5, 1);
        s.step(0);
        assertThat(s.state().get("W1").toDoubleArray()[0]).isCloseTo(1.05, within(1e-15));
        assertThat(s.state().get("W1").toDoubleArray()[1]).isCloseTo(2.2, within(1e-15));
        assertThat(s.state().get("W2").get(0)).isCloseTo(1.4, within(1e-15));
        assertThat(s.iterate().get(0)).isCloseTo(1.47, within(1e-15));
        assertThat(s.iterate().get(1)).isCloseTo(3.08, within(1e-15));
    }

    @Test
    void factorGradientsOfRectangularFactorsAreTheDirectionalDerivatives() {
        // 2 x 3 W = W_3 W_2 W_1 with widths [4, 1]: W_1 4 x 3, W_2 1 x 4, W_3 2 x 1. In 50
        // digits, every entry of dL/dW_j against the central difference (error O(h^2) = 1e-40).
        Tier tier = Tier.forDigits(50);
        Value[][] x = new Value[3][6];
        int[][] a = {{1, 0, 2, -1, 0, 1}, {0, 3, 1, 1, -2, 0}, {2, 1, 0, 0, 1, -1}};
        for (int i = 0; i < 3; i++) for (int k = 0; k < 6; k++) x[i][k] = Value.of(a[i][k]);
        Objective f =
                new LeastSquares(x, new Value[] {Value.of(1), Value.of(2), Value.of(-1)})
                        .objective(tier);
        Vec[][] factors = {
            {
                tier.of(new double[] {1, 0.5, -1}),
                tier.of(new double[] {2, -1, 0.25}),
                tier.of(new double[] {0, 1, 1}),
                tier.of(new double[] {-0.5, 0.75, 2})
            },
            {tier.of(new double[] {1, -2, 0.5, 1.5})},
            {tier.of(new double[] {0.5}), tier.of(new double[] {-1.25})}
        };
        Vec[][] below = Matrices.prefixes(factors);
        Vec w = Matrices.vec(below[3], tier);
        assertThat(w.size()).isEqualTo(6);
        Vec g = tier.zeros(6);
        f.gradient(w, g);
        Vec[][] grads =
                FactorizedGradientDescent.factorGradients(factors, below, Matrices.rows(g, 2, 3));
        double h = 1e-20;
        int checked = 0;
        for (int j = 0; j < 3; j++)
            for (int r = 0; r < factors[j].length; r++)
                for (int c = 0; c < factors[j][r].size(); c++) {
                    Scalar plus = lossWith(f, factors, j, r, c, h, tier),
                            minus = lossWith(f, factors, j, r, c, -h, tier);
                    BigDecimal difference =
                            plus.subtract(minus)
                                    .decimal()
                                    .divide(new BigDecimal(2 * h), new MathContext(40));
                    assertThat(grads[j][r].decimal(c).subtract(difference).abs().doubleValue())
                            .isLessThan(1e-30);
                    checked++;
                }
        assertThat(checked).isEqualTo(12 + 4 + 2);
    }

    /**
     * GD on a 3 x 2 sensing problem at depth 3 with widths [3, 2] (W_1 3 x 2, W_2 2 x 3, W_3 3 x 2)
     * from every factor (1/2) E, eta = 0.02, against an independent numpy float64 run of the same
     * update (factor gradients S^T G P^T written out in numpy): W after 40 and after 300 steps.
     */
    @Test
    void gradientDescentAgreesWithAnIndependentNumpyRun() {
        FactorShape shape = new FactorShape(3, 2, new int[] {3, 2});
        assertThat(shape.identityUnbalancedAt()).isZero();
        FactorStart start = FactorStart.identity(shape, HALF);
        Stepper s =
                new FactorizedGradientDescent(StepSize.constant(0.02, "0.02"), start, false)
                        .start(sensing3x2().objective(DOUBLE), DOUBLE.of(start.endToEnd()));
        double[] at40 = {
            1.2985610176637443,
            -0.07817455102361766,
            -0.5081553884731406,
            0.06216687352903672,
            0.4238631605432551,
            -0.01080113333168045
        };
        double[] at300 = {
            1.552234674142912,
            -0.36491318184772475,
            -0.8683624198129555,
            0.01250531509277574,
            0.19009700522690445,
            0.5737960657589724
        };
        for (int t = 0; t < 300; t++) {
            s.step(t);
            if (t == 39)
                for (int i = 0; i < 6; i++)
                    assertThat(s.iterate().get(i)).isCloseTo(at40[i], within(1e-13));
        }
        for (int i = 0; i < 6; i++)
            assertThat(s.iterate().get(i)).isCloseTo(at300[i], within(1e-13));
    }

    @Test
    void theIdentityStartIsBalancedExactlyWhenTheWidthRuleSaysSo() {
        // every shape with m, n, k_1, k_2 in 1..3 at depth 3: the rule min(k_{j-1}, k_j) =
        // min(k_j, k_{j+1}) against W_{j+1}^T W_{j+1} - W_j W_j^T computed in rationals
        int balanced = 0, unbalanced = 0;
        for (int m = 1; m <= 3; m++)
            for (int n = 1; n <= 3; n++)
                for (int k1 = 1; k1 <= 3; k1++)
                    for (int k2 = 1; k2 <= 3; k2++) {
                        FactorShape shape = new FactorShape(m, n, new int[] {k1, k2});
                        boolean exact = exactlyBalanced(FactorStart.identity(shape, HALF));
                        assertThat(shape.identityUnbalancedAt() == 0)
                                .as(shape.toString())
                                .isEqualTo(exact);
                        if (exact) balanced++;
                        else unbalanced++;
                    }
        assertThat(balanced).isPositive();
        assertThat(unbalanced).isPositive();
        // the default widths min(m, n) are always balanced, and W = alpha^N E
        FactorShape wide = FactorShape.of(2, 5, 4);
        assertThat(wide.identityUnbalancedAt()).isZero();
        Value[] w = FactorStart.identity(wide, HALF).endToEnd();
        for (int i = 0; i < 2; i++)
            for (int k = 0; k < 5; k++)
                assertThat(w[i * 5 + k].rational())
                        .isEqualTo(i == k ? new BigFraction(1, 16) : BigFraction.ZERO);
    }

    @Test
    void theRotatedStartIsBalancedForRectangularShapes() {
        // 4 x 3, depth 3, widths [2, 2]: S = (1/2) diag(1, 3/2), so sigma(W) = 1/8, 27/64 and 0
        FactorStart s = FactorStart.cayley(new FactorShape(4, 3, new int[] {2, 2}), HALF, 11);
        assertThat(exactlyBalanced(s)).isTrue();
        assertThat(s.factors()[0].length).isEqualTo(2);
        assertThat(s.factors()[0][0].length).isEqualTo(3);
        assertThat(s.factors()[2].length).isEqualTo(4);
        Value[] e = s.endToEnd();
        Value[][] w = new Value[4][3];
        for (int i = 0; i < 4; i++) for (int k = 0; k < 3; k++) w[i][k] = e[3 * i + k];
        Scalar[] sigma = JacobiSvd.of(w, DOUBLE).singularValues();
        assertThat(sigma[0].doubleValue()).isCloseTo(27.0 / 64, within(1e-15));
        assertThat(sigma[1].doubleValue()).isCloseTo(1.0 / 8, within(1e-15));
        assertThat(sigma[2].doubleValue()).isCloseTo(0, within(1e-15));
        // depth 1: W = U D V^T, 2 x 3, singular values 1/2 and 3/4
        FactorStart one = FactorStart.cayley(FactorShape.of(2, 3, 1), HALF, 2);
        Value[] f = one.endToEnd();
        Value[][] w1 = {{f[0], f[1], f[2]}, {f[3], f[4], f[5]}};
        Scalar[] s1 = JacobiSvd.of(w1, DOUBLE).singularValues();
        assertThat(s1[0].doubleValue()).isCloseTo(0.75, within(1e-15));
        assertThat(s1[1].doubleValue()).isCloseTo(0.5, within(1e-15));
        assertThatThrownBy(
                        () -> FactorStart.cayley(new FactorShape(4, 3, new int[] {4, 4}), HALF, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void implicitMidpointKeepsARectangularStartBalanced() {
        FactorStart start = FactorStart.cayley(new FactorShape(3, 2, new int[] {2, 2}), HALF, 4);
        double[] drift = new double[2];
        for (int k = 0; k < 2; k++) {
            Stepper s =
                    new FactorizedGradientDescent(StepSize.constant(0.01, "0.01"), start, k == 1)
                            .start(sensing3x2().objective(DOUBLE), DOUBLE.of(start.endToEnd()));
            for (int t = 0; t < 200; t++) s.step(t);
            drift[k] = s.factorized().balancedness();
        }
        assertThat(drift[0]).isGreaterThan(1e-6);
        assertThat(drift[1]).isLessThan(1e-13);
    }

    private static boolean exactlyBalanced(FactorStart s) {
        Value[][][] f = s.factors();
        for (int j = 0; j + 1 < f.length; j++) {
            BigFraction[][] a = RationalLinearAlgebra.fractions(f[j + 1]);
            BigFraction[][] b = RationalLinearAlgebra.fractions(f[j]);
            BigFraction[][] upper =
                    RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(a), a);
            BigFraction[][] lower =
                    RationalLinearAlgebra.multiply(b, RationalLinearAlgebra.transpose(b));
            for (int i = 0; i < upper.length; i++)
                for (int k = 0; k < upper.length; k++)
                    if (!upper[i][k].equals(lower[i][k])) return false;
        }
        return true;
    }

    private static Scalar lossWith(
            Objective f, Vec[][] factors, int j, int r, int c, double h, Tier tier) {
        Vec[][] moved = new Vec[factors.length][];
        for (int k = 0; k < factors.length; k++) {
            moved[k] = new Vec[factors[k].length];
            for (int i = 0; i < factors[k].length; i++) moved[k][i] = factors[k][i].copy();
        }
        moved[j][r].set(c, moved[j][r].element(c).add(tier.scalar(h)));
        return f.loss(Matrices.vec(Matrices.prefixes(moved)[moved.length], tier));
    }
}
