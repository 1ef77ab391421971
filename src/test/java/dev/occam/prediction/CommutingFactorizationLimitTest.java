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
        return new CommutingFactorizationLimit(depth, psi)
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
    void aNonDiagonalMeasurementIsRefused() {
        Prediction p = predict(2, new BigFraction(1, 100), Value.of(1));
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("A_1 is not diagonal");
    }
}
