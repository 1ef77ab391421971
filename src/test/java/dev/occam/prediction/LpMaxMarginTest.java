package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import java.math.BigDecimal;
import java.math.MathContext;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class LpMaxMarginTest {
    private static Value v(long n, long d) {
        return Value.of(new BigFraction(n, d), n + "/" + d);
    }

    /**
     * One support vector z = (1, 1/4): min ||w||_3 s.t. z.w = 1 is Hoelder's equality case,
     * w ~ sign(z)|z|^(q-1) = (1, 1/2) with q = 3/2, scaled to z.w = 1: w = (8/9, 4/9). The l2 SVM
     * would be z/||z||^2 = (16/17, 4/17): the active set must leave the other two points inactive.
     */
    @Test
    void singleSupportVectorGivesHoeldersDirection() {
        Classification c = new Classification(new Value[][] {{v(1, 1), v(1, 4)}, {v(-1, 1), v(-2, 1)}, {v(2, 1), v(3, 1)}},
                new int[] {1, -1, 1}, null, Classification.Loss.EXPONENTIAL);
        Prediction p = MaxMargin.lp(v(3, 1)).predict(new PredictionInput(c, new Value[] {v(0, 1), v(0, 1)}, Double.NaN, 30));
        assertThat(p.unmet()).isNull();
        MathContext mc = new MathContext(30);
        assertThat(p.value()[0].subtract(new BigDecimal(8).divide(new BigDecimal(9), mc)).abs()).isLessThan(new BigDecimal("1e-29"));
        assertThat(p.value()[1].subtract(new BigDecimal(4).divide(new BigDecimal(9), mc)).abs()).isLessThan(new BigDecimal("1e-29"));
        assertThat(p.quantities().get("support")).extracting(BigDecimal::intValue).containsExactly(0);
        // margin = 1/||w||_3 = 9 / (8^3 + 4^3)^(1/3)
        double margin = 9 / Math.cbrt(512 + 64);
        assertThat(p.quantities().get("margin")[0].doubleValue()).isCloseTo(margin, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(p.certificate().get("duality gap 1/2||w||_p^2 - (sum alpha - 1/2||Z^T alpha||_q^2)")).matches("0|[0-9.]+E-[4-9][0-9].*");
    }

    /** Starting from a wrong support guess the active set repairs itself: here l2 and l_1.5 supports differ. */
    @Test
    void activeSetMatchesBruteForceOverDirections() {
        Classification c = new Classification(new Value[][] {{v(3, 1), v(1, 1)}, {v(1, 1), v(3, 1)}, {v(2, 1), v(-1, 2)}},
                new int[] {1, 1, 1}, null, Classification.Loss.EXPONENTIAL);
        Prediction p = MaxMargin.lp(v(3, 2)).predict(new PredictionInput(c, new Value[] {v(0, 1), v(0, 1)}, Double.NaN, 30));
        assertThat(p.unmet()).isNull();
        double best = 0;
        for (int k = 0; k < 2_000_000; k++) {
            double a = 2 * Math.PI * k / 2_000_000, w1 = Math.cos(a), w2 = Math.sin(a);
            double n = Math.pow(Math.pow(Math.abs(w1), 1.5) + Math.pow(Math.abs(w2), 1.5), 1 / 1.5);
            double m = Math.min(Math.min(3 * w1 + w2, w1 + 3 * w2), 2 * w1 - 0.5 * w2) / n;
            best = Math.max(best, m);
        }
        // the optimum sits on a kink of the min, so sampling 2e6 directions only reaches it to ~1e-5,
        // and never exceeds it
        double margin = p.quantities().get("margin")[0].doubleValue();
        assertThat(margin).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-5)).isGreaterThanOrEqualTo(best - 1e-12);
    }
}
