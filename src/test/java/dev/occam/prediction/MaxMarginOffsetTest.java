package dev.occam.prediction;

import static dev.occam.prediction.MaxMarginTest.q;
import static dev.occam.prediction.MaxMarginTest.v;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/**
 * The SHN+18 offset w~ against its defining equations, a hand solution in 60-digit Dfp, and the
 * degenerate case.
 */
class MaxMarginOffsetTest {
    static final DfpField F = new DfpField(60);

    static Dfp d(String s) {
        return F.newDfp(s);
    }

    static Dfp d(BigDecimal b) {
        return F.newDfp(b.toString());
    }

    /**
     * 3-D: z1 = (1, 2, 0), z2 = (2, 1, 0), z3 = (3, 3, 0): w_hat = (1/3, 1/3, 0), alpha = (1/9,
     * 1/9, 0), support {0, 1}. No point has a third component, so GD never moves w_3: w~_3 =
     * (P_perp w0)_3 exactly. With weights c = (2, 1/2, 1), eta = 0.25, w0 = (1/2, -1, 2): w~ = (a,
     * b, 2) where a + 2b = L1, 2a + b = L2, L_n = log(eta c_n / alpha_n) = log(9 eta c_n): a = (2
     * L2 - L1)/3, b = (2 L1 - L2)/3.
     */
    /**
     * A point off span{z_S} (z3 = (3, 3, 1)) moves w_3 by a trajectory-dependent amount: no closed
     * form, unmet.
     */
    @Test
    void supportVectorsThatDoNotSpanTheDataLeaveTheOffsetUnmet() {
        Classification c =
                new Classification(
                        new Value[][] {{v(1), v(2), v(0)}, {v(2), v(1), v(0)}, {v(3), v(3), v(1)}},
                        new int[] {1, 1, 1},
                        null,
                        Classification.Loss.EXPONENTIAL);
        Prediction p =
                new MaxMarginOffset()
                        .predict(new PredictionInput(c, new Value[] {v(0), v(0), v(0)}, 0.25, 40));
        assertThat(p.unmet()).contains("span 2 of the 3 dimensions");
    }

    @Test
    void offsetSolvesItsEquationsAndKeepsTheOrthogonalPartOfW0() {
        Classification c =
                new Classification(
                        new Value[][] {{v(1), v(2), v(0)}, {v(2), v(1), v(0)}, {v(3), v(3), v(0)}},
                        new int[] {1, 1, 1},
                        new Value[] {v(2), q(1, 2), v(1)},
                        Classification.Loss.EXPONENTIAL);
        Value[] w0 = {q(1, 2), v(-1), v(2)};
        double eta = 0.25;
        Prediction p = new MaxMarginOffset().predict(new PredictionInput(c, w0, eta, 40));
        assertThat(p.unmet()).isNull();
        BigDecimal[] wt = p.value();
        assertThat(p.quantities().get("w_tilde")).isEqualTo(wt);
        assertThat(p.quantities().get("support"))
                .extracting(BigDecimal::intValue)
                .containsExactly(0, 1);
        Dfp[] w = {d(wt[0]), d(wt[1]), d(wt[2])};
        Dfp[][] z = {{d("1"), d("2"), d("0")}, {d("2"), d("1"), d("0")}};
        Dfp[] cn = {d("2"), d("0.5")};
        Dfp alpha = d("1").divide(9);
        Dfp tol = d("1e-30");
        for (int n = 0; n < 2; n++) {
            Dfp m = z[n][0].multiply(w[0]).add(z[n][1].multiply(w[1])).add(z[n][2].multiply(w[2]));
            Dfp lhs = d("0.25").multiply(cn[n]).multiply(m.negate().exp());
            assertThat(lhs.subtract(alpha).abs().lessThan(tol))
                    .as("eta c_n exp(-z_n.w~) = alpha_n for n = " + n)
                    .isTrue();
        }
        // w~ - P_perp w0 in span{z1, z2} = {third coordinate 0}; P_perp w0 = (0, 0, 2)
        assertThat(w[2].subtract(d("2")).abs().lessThan(tol)).isTrue();
        Dfp l1 = d("9").multiply(d("0.25")).multiply(d("2")).log();
        Dfp l2 = d("9").multiply(d("0.25")).multiply(d("0.5")).log();
        Dfp a = l2.multiply(2).subtract(l1).divide(3);
        Dfp b = l1.multiply(2).subtract(l2).divide(3);
        assertThat(w[0].subtract(a).abs().lessThan(tol)).isTrue();
        assertThat(w[1].subtract(b).abs().lessThan(tol)).isTrue();
        assertThat(p.certificate())
                .containsKey(
                        "offset equations max_{n in S} |eta c_n exp(-z_n.w~) - alpha_n| / alpha_n");
        assertThat(p.certificate().get("SVM stationarity ||w - sum_n alpha_n z_n||_inf"))
                .isEqualTo("0 (exact rational arithmetic)");
    }

    @Test
    void degenerateSupportVectorIsUnmet() {
        // z1 = (1, 0), z2 = (1, 1): w_hat = (1, 0), z2.w_hat = 1 but alpha_2 = 0
        Classification c =
                MaxMarginTest.problem(new Value[][] {{v(1), v(0)}, {v(1), v(1)}}, new int[] {1, 1});
        Prediction svm = MaxMarginTest.predict(MaxMargin.l2(), c);
        assertThat(svm.quantities().get("support"))
                .extracting(BigDecimal::intValue)
                .containsExactly(0, 1);
        assertThat(svm.quantities().get("alpha"))
                .extracting(BigDecimal::signum)
                .containsExactly(1, 0);
        Prediction p =
                new MaxMarginOffset()
                        .predict(new PredictionInput(c, new Value[] {v(0), v(0)}, 0.1, 34));
        assertThat(p.available()).isFalse();
        assertThat(p.unmet())
                .startsWith("degenerate support vector: point 1 ")
                .contains("alpha_1 = 0")
                .contains("log log t");
    }

    @Test
    void needsAConstantStep() {
        Classification c =
                MaxMarginTest.problem(new Value[][] {{v(1), v(2)}, {v(2), v(1)}}, new int[] {1, 1});
        for (double step : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0, -0.1}) {
            Prediction p =
                    new MaxMarginOffset()
                            .predict(new PredictionInput(c, new Value[] {v(0), v(0)}, step, 34));
            assertThat(p.unmet()).contains("needs a constant step");
        }
    }
}
