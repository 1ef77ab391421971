package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.Quadratic;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/**
 * The minimizer and the threshold against values derived by hand (the bracketing itself:
 * InertiaTest).
 */
class StabilityThresholdTest {

    private static Value[][] matrix(long[][] a) {
        Value[][] m = new Value[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = Value.of(a[i][j]);
        return m;
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
