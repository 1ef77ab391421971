package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.Quadratic;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The threshold bracket and the minimizer against values derived by hand. */
class StabilityThresholdTest {

    private static Value[][] matrix(long[][] a) {
        Value[][] m = new Value[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = Value.of(a[i][j]);
        return m;
    }

    @Test
    void aRationalTopEigenvalueIsBracketed() {
        // [[2, 1], [1, 2]]: eigenvalues 1 and 3
        BigFraction[] b =
                StabilityThreshold.lambdaMax(
                        new BigFraction[][] {
                            {new BigFraction(2), BigFraction.ONE},
                            {BigFraction.ONE, new BigFraction(2)}
                        },
                        30);
        assertThat(b[0].compareTo(new BigFraction(3))).isLessThanOrEqualTo(0);
        assertThat(b[1].compareTo(new BigFraction(3))).isGreaterThan(0);
        assertThat(b[1].subtract(b[0]).doubleValue()).isLessThan(3e-30);
    }

    @Test
    void anIrrationalTopEigenvalueIsBracketed() {
        // [[1, 1], [1, 2]]: lambda_max = (3 + sqrt 5)/2 =
        // 2.61803398874989484820458683436563811772...
        BigFraction[] b =
                StabilityThreshold.lambdaMax(
                        new BigFraction[][] {
                            {BigFraction.ONE, BigFraction.ONE},
                            {BigFraction.ONE, new BigFraction(2)}
                        },
                        30);
        BigDecimal lambda = new BigDecimal("2.61803398874989484820458683436563811772");
        assertThat(b[0].bigDecimalValue(45, RoundingMode.FLOOR)).isLessThanOrEqualTo(lambda);
        assertThat(b[1].bigDecimalValue(45, RoundingMode.CEILING)).isGreaterThanOrEqualTo(lambda);
        assertThat(b[1].subtract(b[0]).doubleValue()).isLessThan(3e-30);
    }

    @Test
    void theMinimizerIsExactAndTheThresholdAQuantity() {
        Quadratic q =
                Quadratic.of(
                        matrix(new long[][] {{2, 1}, {1, 2}}),
                        new Value[] {Value.of(-1), Value.of(0)});
        Prediction p =
                new StabilityThreshold().predict(q, new Value[] {Value.of(0), Value.of(0)}, 16);
        assertThat(p.available()).isTrue();
        assertThat(p.exact()).containsExactly(new BigFraction(2, 3), new BigFraction(-1, 3));
        BigDecimal[] threshold = p.quantities().get("threshold");
        assertThat(threshold[0]).isLessThan(new BigDecimal("0.6666666666666666666666666667"));
        assertThat(threshold[1])
                .isGreaterThanOrEqualTo(new BigDecimal("0.6666666666666666666666666666"));
        assertThat(p.certificate().get("stationarity ||A w* + b||")).startsWith("0 ");
    }
}
