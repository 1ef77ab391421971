package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/**
 * The prediction's three thresholds on orthogonal rows x1 = (1, 0, 0), x2 = (0, 2, 0): K = diag(1,
 * 4), so by hand (MeanSquareStabilityTest's closed form) eta*_SGD = 1/(n k_max) = 1/8 at b = 1,
 * eta*_GD = 1/k_max = 1/4 and 2/tr(H) = 1/tr(K) = 1/5; the interpolant nearest w0 = (0, 0, 7) is
 * (1, 1/2, 7) (y = (1, 1)).
 */
class SgdStabilityThresholdTest {
    private static final LeastSquares ORTHOGONAL =
            new LeastSquares(
                    new Value[][] {
                        {Value.of(1), Value.of(0), Value.of(0)},
                        {Value.of(0), Value.of(2), Value.of(0)}
                    },
                    new Value[] {Value.of(1), Value.of(1)});

    private static Prediction predict(LeastSquares p, int batch) {
        return new SgdStabilityThreshold(batch)
                .predict(
                        new PredictionInput(
                                p, new Value[] {Value.of(0), Value.of(0), Value.of(7)}, 0.1, 16));
    }

    /** lo <= truth <= hi, for a truth given to 22 digits (within 1e-21). */
    private static void contains(BigDecimal[] bracket, String truth) {
        BigDecimal slack = new BigDecimal("1e-21");
        assertThat(bracket[0]).isLessThanOrEqualTo(new BigDecimal(truth).add(slack));
        assertThat(bracket[bracket.length - 1])
                .isGreaterThanOrEqualTo(new BigDecimal(truth).subtract(slack));
    }

    @Test
    void orthogonalRowsByHand() {
        Prediction p = predict(ORTHOGONAL, 1);
        assertThat(p.unmet()).isNull();
        assertThat(p.exact())
                .containsExactly(new BigFraction(1), new BigFraction(1, 2), new BigFraction(7));
        contains(p.quantities().get("threshold"), "0.125");
        assertThat(p.quantities().get("threshold")[1].subtract(p.quantities().get("threshold")[0]))
                .isLessThan(new BigDecimal("1e-20"));
        contains(p.quantities().get("gd-threshold"), "0.25");
        assertThat(p.quantities().get("trace-threshold")[0]).isEqualByComparingTo("0.2");
        assertThat(p.certificate().get("eta*_SGD <= 2/tr(H) (Wu and Su 2023, batch 1)"))
                .startsWith("consistent");
        // b = 2: 2/((2 + 2 - 1) 4) = 1/6
        contains(predict(ORTHOGONAL, 2).quantities().get("threshold"), "0.1666666666666666666667");
    }

    @Test
    void dependentRowsAreAnUnmetPrecondition() {
        LeastSquares dependent =
                new LeastSquares(
                        new Value[][] {
                            {Value.of(1), Value.of(2), Value.of(0)},
                            {Value.of(2), Value.of(4), Value.of(0)}
                        },
                        new Value[] {Value.of(1), Value.of(2)});
        assertThat(predict(dependent, 1).unmet()).contains("linearly dependent");
    }
}
