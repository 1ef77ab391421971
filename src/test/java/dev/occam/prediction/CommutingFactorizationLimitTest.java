package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;
import dev.occam.problem.SeparablePotential;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;

/**
 * The commuting-measurement limit against truths by hand: A_1 = diag(1, 1, 0), A_2 = diag(0, 1, 1),
 * y = (1, 2), so lambda_2 = 1 - lambda_1 and lambda_3 = 1 + lambda_1, and the KKT conditions give
 * psi_N'(lambda_1) + psi_N'(lambda_3) = psi_N'(lambda_2) + psi_N'(lambda_0).
 */
class CommutingFactorizationLimitTest {
    private static MatrixLeastSquares sensing(Value offDiagonal) {
        Value o = Value.of(1), z = Value.of(0);
        Value[][] a = {{o, offDiagonal, z, z, o, z, z, z, z}, {z, z, z, z, o, z, z, z, o}};
        return new MatrixLeastSquares(
                "matrix-sensing", 3, 3, new LeastSquares(a, new Value[] {o, Value.of(2)}));
    }

    private static Value[] start(BigFraction lambda0) {
        Value[] w0 = new Value[9];
        Arrays.fill(w0, Value.of(0));
        for (int k = 0; k < 3; k++) w0[4 * k] = Value.of(lambda0, Value.text(lambda0));
        return w0;
    }

    private static Prediction predict(int depth, BigFraction lambda0, Value offDiagonal) {
        var psi =
                SeparablePotential.of(
                        CommutingFactorizationLimit.potentialText(depth), Duration.ofSeconds(10));
        return new CommutingFactorizationLimit(depth, psi, null)
                .predict(new PredictionInput(sensing(offDiagonal), start(lambda0), Double.NaN, 30));
    }

    @ParameterizedTest
    @CsvSource({
        // N = 2, lambda_0 = 1/100: lambda_1 (1 + lambda_1) = lambda_0 (1 - lambda_1), the root of
        // lambda^2 + 1.01 lambda - 0.01 = 0
        "2, 1, 100, 0.009805788623243823757831503001",
        // N = 3, lambda_0 = 1/8: lambda^(-1/3) terms, root by mpmath findroot at 40 digits
        "3, 1, 8, 0.1119138977394927165468038605",
        // N = 1: the Euclidean projection of 1: lambda = 1 + M^T nu with 2 nu_1 + nu_2 = -1,
        // nu_1 + 2 nu_2 = 0, so nu = (-2/3, 1/3) and lambda_1 = 1/3
        "1, 1, 1, 0.333333333333333333333333333333"
    })
    void theLimitsEigenvaluesAreTheHandDerivedOnes(int depth, int num, int den, String lambda1) {
        Prediction p = predict(depth, new BigFraction(num, den), Value.of(0));
        assertThat(p.available()).as(p.unmet()).isTrue();
        BigDecimal l1 = new BigDecimal(lambda1);
        assertThat(p.value()[0].subtract(l1).abs()).isLessThan(new BigDecimal("1e-25"));
        assertThat(p.value()[4].subtract(BigDecimal.ONE.subtract(l1)).abs())
                .isLessThan(new BigDecimal("1e-25"));
        assertThat(p.value()[8].subtract(BigDecimal.ONE.add(l1)).abs())
                .isLessThan(new BigDecimal("1e-25"));
        assertThat(p.value()[1].signum()).isZero();
    }

    @Test
    void aNonSymmetricMeasurementIsRefused() {
        Prediction p = predict(2, new BigFraction(1, 100), Value.of(1));
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("A_1 is not symmetric");
    }

    @Test
    void measurementsThatDoNotCommuteAreRefused() {
        // A_1 = [[1, 1, 0], [1, 0, 0], 0], A_2 = diag(1, 0, 0): A_1 A_2 keeps A_1's first column,
        // A_2 A_1 its first row, so the first entry that differs is (1, 2): 0 against 1
        Value o = Value.of(1), z = Value.of(0);
        Value[][] a = {{o, o, z, o, z, z, z, z, z}, {o, z, z, z, z, z, z, z, z}};
        var problem =
                new MatrixLeastSquares(
                        "matrix-sensing", 3, 3, new LeastSquares(a, new Value[] {o, o}));
        var psi =
                SeparablePotential.of(
                        CommutingFactorizationLimit.potentialText(2), Duration.ofSeconds(10));
        Prediction p =
                new CommutingFactorizationLimit(2, psi, null)
                        .predict(
                                new PredictionInput(
                                        problem, start(new BigFraction(1, 100)), Double.NaN, 30));
        assertThat(p.available()).isFalse();
        assertThat(p.unmet())
                .contains("do not commute")
                .contains("(A_1 A_2)_12 = 0 but (A_2 A_1)_12 = 1");
    }

    @Test
    void theMinTraceSolutionIsTheReference() {
        // the LP of the hand-derived instance: lambda = (1 - t, t, 1 + t)... trace 3 - t, t <= 1:
        // diag(0, 1, 1), with reduced cost 1 on lambda_1
        Prediction p = predict(2, new BigFraction(1, 100), Value.of(0));
        BigDecimal[] ref = p.references().get(CommutingFactorizationLimit.MIN_TRACE);
        double[] want = {0, 0, 0, 0, 1, 0, 0, 0, 1};
        for (int k = 0; k < 9; k++) assertThat(ref[k].doubleValue()).isEqualTo(want[k]);
        assertThat(p.certificate().get("reference argmin tr W (min-trace LP over the eigenvalues)"))
                .contains("reduced costs 1 - M^T nu = (1, 0, 0)")
                .contains("the minimizer is unique");
    }

    /**
     * The same measurements conjugated by a rational rotation V = (I - K)(I + K)^-1: the limit is V
     * diag(lambda) V^T with the hand-derived lambda of the diagonal case, with the basis given and
     * with the basis found from the A_i.
     */
    @Test
    void conjugatedMeasurementsGiveTheRotatedLimit() {
        BigFraction h = new BigFraction(1, 2), o = BigFraction.ONE, z = BigFraction.ZERO;
        BigFraction[][] minus = {{o, h.negate(), z}, {h, o, o.negate()}, {z, o, o}};
        BigFraction[][] plus = {{o, h, z}, {h.negate(), o, o}, {z, o.negate(), o}};
        BigFraction[][] v =
                dev.occam.numeric.RationalLinearAlgebra.multiply(
                        minus, dev.occam.numeric.RationalLinearAlgebra.inverse(plus));
        BigFraction[][][] diag = {
            {{o, z, z}, {z, o, z}, {z, z, z}}, {{z, z, z}, {z, o, z}, {z, z, o}}
        };
        Value[][] a = new Value[2][9];
        for (int i = 0; i < 2; i++) {
            BigFraction[][] ai =
                    dev.occam.numeric.RationalLinearAlgebra.multiply(
                            v,
                            dev.occam.numeric.RationalLinearAlgebra.multiply(
                                    diag[i], dev.occam.numeric.RationalLinearAlgebra.transpose(v)));
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++)
                    a[i][3 * r + c] = Value.of(ai[r][c], Value.text(ai[r][c]));
        }
        MatrixLeastSquares p =
                new MatrixLeastSquares(
                        "matrix-sensing",
                        3,
                        3,
                        new LeastSquares(a, new Value[] {Value.of(1), Value.of(2)}));
        var psi =
                SeparablePotential.of(
                        CommutingFactorizationLimit.potentialText(2), Duration.ofSeconds(10));
        PredictionInput in = new PredictionInput(p, start(new BigFraction(1, 100)), Double.NaN, 30);
        Prediction found = new CommutingFactorizationLimit(2, psi, null).predict(in);
        assertThat(found.available()).as(found.unmet()).isTrue();
        assertThat(found.preconditions()).anyMatch(t -> t.startsWith("shared eigenbasis V found"));
        Prediction rotated = new CommutingFactorizationLimit(2, psi, v).predict(in);
        assertThat(rotated.available()).as(rotated.unmet()).isTrue();
        BigDecimal l1 = new BigDecimal("0.009805788623243823757831503001");
        BigDecimal[] lambda = {l1, BigDecimal.ONE.subtract(l1), BigDecimal.ONE.add(l1)};
        java.math.MathContext mc = new java.math.MathContext(40);
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++) {
                BigDecimal want = BigDecimal.ZERO;
                for (int k = 0; k < 3; k++)
                    want =
                            want.add(
                                    decimal(v[r][k], mc)
                                            .multiply(lambda[k])
                                            .multiply(decimal(v[c][k], mc)),
                                    mc);
                assertThat(rotated.value()[3 * r + c].subtract(want).abs())
                        .isLessThan(new BigDecimal("1e-25"));
                // the basis found from the A_i gives the same limit
                assertThat(found.value()[3 * r + c].subtract(want).abs())
                        .isLessThan(new BigDecimal("1e-25"));
            }
        BigFraction[][] skewed = {{o, h, z}, {z, o, z}, {z, z, o}};
        assertThat(new CommutingFactorizationLimit(2, psi, skewed).predict(in).unmet())
                .contains("not orthogonal");
    }

    private static BigDecimal decimal(BigFraction q, java.math.MathContext mc) {
        return new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()), mc);
    }
}
