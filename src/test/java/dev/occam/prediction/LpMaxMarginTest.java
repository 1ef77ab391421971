package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;

import org.assertj.core.data.Offset;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;

class LpMaxMarginTest {
    private static Value v(long n, long d) {
        return Value.of(new BigFraction(n, d), n + "/" + d);
    }

    /**
     * One support vector z = (1, 1/4): min ||w||_3 s.t. z.w = 1 is Hoelder's equality case, w ~
     * sign(z)|z|^(q-1) = (1, 1/2) with q = 3/2, scaled to z.w = 1: w = (8/9, 4/9). The l2 SVM would
     * be z/||z||^2 = (16/17, 4/17): the active set must leave the other two points inactive.
     */
    @Test
    void singleSupportVectorGivesHoeldersDirection() {
        Classification c =
                new Classification(
                        new Value[][] {
                            {v(1, 1), v(1, 4)}, {v(-1, 1), v(-2, 1)}, {v(2, 1), v(3, 1)}
                        },
                        new int[] {1, -1, 1},
                        null,
                        Classification.Loss.EXPONENTIAL);
        Prediction p =
                MaxMargin.lp(v(3, 1))
                        .predict(
                                new PredictionInput(
                                        c, new Value[] {v(0, 1), v(0, 1)}, Double.NaN, 30));
        assertThat(p.unmet()).isNull();
        MathContext mc = new MathContext(30);
        assertThat(p.value()[0].subtract(new BigDecimal(8).divide(new BigDecimal(9), mc)).abs())
                .isLessThan(new BigDecimal("1e-29"));
        assertThat(p.value()[1].subtract(new BigDecimal(4).divide(new BigDecimal(9), mc)).abs())
                .isLessThan(new BigDecimal("1e-29"));
        assertThat(p.quantities().get("support"))
                .extracting(BigDecimal::intValue)
                .containsExactly(0);
        // margin = 1/||w||_3 = 9 / (8^3 + 4^3)^(1/3)
        double margin = 9 / Math.cbrt(512 + 64);
        assertThat(p.quantities().get("margin")[0].doubleValue())
                .isCloseTo(margin, Offset.offset(1e-15));
        assertThat(
                        p.certificate()
                                .get(
                                        "duality gap 1/2||w||_p^2 - (sum alpha - 1/2||Z^T alpha||_q^2)"))
                .matches("0|[0-9.]+E-[4-9][0-9].*");
    }

    /**
     * Starting from a wrong support guess the active set repairs itself: here l2 and l_1.5 supports
     * differ.
     */
    @Test
    void activeSetMatchesBruteForceOverDirections() {
        Classification c =
                new Classification(
                        new Value[][] {{v(3, 1), v(1, 1)}, {v(1, 1), v(3, 1)}, {v(2, 1), v(-1, 2)}},
                        new int[] {1, 1, 1},
                        null,
                        Classification.Loss.EXPONENTIAL);
        Prediction p =
                MaxMargin.lp(v(3, 2))
                        .predict(
                                new PredictionInput(
                                        c, new Value[] {v(0, 1), v(0, 1)}, Double.NaN, 30));
        assertThat(p.unmet()).isNull();
        double best = 0;
        for (int k = 0; k < 2_000_000; k++) {
            double a = 2 * Math.PI * k / 2_000_000, w1 = Math.cos(a), w2 = Math.sin(a);
            double n = Math.pow(Math.pow(Math.abs(w1), 1.5) + Math.pow(Math.abs(w2), 1.5), 1 / 1.5);
            double m = Math.min(Math.min(3 * w1 + w2, w1 + 3 * w2), 2 * w1 - 0.5 * w2) / n;
            best = Math.max(best, m);
        }
        // the optimum sits on a kink of the min, so sampling 2e6 directions only reaches it to
        // ~1e-5,
        // and never exceeds it
        double margin = p.quantities().get("margin")[0].doubleValue();
        assertThat(margin)
                .isCloseTo(best, Offset.offset(1e-5))
                .isGreaterThanOrEqualTo(best - 1e-12);
    }

    /**
     * X = [[2, 1/2], [1/2, -1], [3, 2], [-1, -3]], y = [1, -1, 1, -1]
     * (gd-separable-max-margin.yaml's data).
     */
    private static Classification twoD() {
        return new Classification(
                new Value[][] {
                    {v(2, 1), v(1, 2)},
                    {v(1, 2), v(-1, 1)},
                    {v(3, 1), v(2, 1)},
                    {v(-1, 1), v(-3, 1)}
                },
                new int[] {1, -1, 1, -1},
                null,
                Classification.Loss.EXPONENTIAL);
    }

    /** z = (1, 2, 1/2), (-2, 1, -1), (1/2, 1, 2), (1, 1/2, 2), all labels +1. */
    private static Classification threeD() {
        return new Classification(
                new Value[][] {
                    {v(1, 1), v(2, 1), v(1, 2)},
                    {v(-2, 1), v(1, 1), v(-1, 1)},
                    {v(1, 2), v(1, 1), v(2, 1)},
                    {v(1, 1), v(1, 2), v(2, 1)}
                },
                new int[] {1, 1, 1, 1},
                null,
                Classification.Loss.EXPONENTIAL);
    }

    private static Prediction lp(Classification c, long n, long d) {
        return MaxMargin.lp(v(n, d))
                .predict(new PredictionInput(c, new Value[c.dimension()], Double.NaN, 30));
    }

    /**
     * 2-D, p from 1.01 to 100. By hand: z_1 = (2, 1/2) and z_2 = (-1/2, 1) stay the support for
     * every p (their multipliers stay positive), so w_hat solves z_1.w = z_2.w = 1: w_hat = (2/9,
     * 10/9) and the margin is 1/||w_hat||_p = 9/(2^p + 10^p)^(1/p) = 0.9 (1 + 0.2^p)^(-1/p).
     * Checked independently against the dual form of max gamma s.t. z_n.w >= gamma, ||w||_p <= 1,
     * i.e. min ||sum alpha_n z_n||_q over the simplex = min of ||.||_q over the segments between
     * the z_n, by golden-section search (140 steps) in mpmath at 40 digits (agreeing to 30 digits),
     * and scipy SLSQP on the primal (to 1e-14). The old solver did not converge at p = 1.01, 50 and
     * 100.
     */
    @ParameterizedTest(name = "p = {0}/{1}")
    @CsvSource({"101, 100", "11, 10", "3, 2", "3, 1", "10, 1", "50, 1", "100, 1"})
    void twoDimensionalMarginsFromNearOneToOneHundred(long n, long d) {
        Prediction p = lp(twoD(), n, d);
        assertThat(p.unmet()).isNull();
        double exponent = (double) n / d;
        double margin = 0.9 * Math.pow(1 + Math.pow(0.2, exponent), -1 / exponent);
        assertThat(p.quantities().get("margin")[0].doubleValue())
                .isCloseTo(margin, Offset.offset(1e-15));
        assertThat(
                        p.value()[0]
                                .subtract(
                                        new BigDecimal(2)
                                                .divide(new BigDecimal(9), new MathContext(40)))
                                .abs())
                .isLessThan(new BigDecimal("1e-35"));
        assertThat(
                        p.value()[1]
                                .subtract(
                                        new BigDecimal(10)
                                                .divide(new BigDecimal(9), new MathContext(40)))
                                .abs())
                .isLessThan(new BigDecimal("1e-35"));
        assertThat(p.quantities().get("support"))
                .extracting(BigDecimal::intValue)
                .containsExactly(0, 1);
    }

    /**
     * 3-D, p from 1.01 to 100: the support is {1, 3} (two points in three dimensions, so Newton
     * runs) up to p between 5 and 10 and {0, 1, 3} beyond, where w_hat = Z_S^-1 1 = (-1/2, 3/5,
     * 3/5) and the margin is 1/(0.5^p + 2 0.6^p)^(1/p) by hand. Truths: the minimum of ||.||_q over
     * the triangles of the z_n (the dual form above) by nested golden-section search in mpmath at
     * 40 digits (110 steps on each level), to 30 digits; scipy SLSQP on the primal agrees to 3e-9
     * at p = 1.01 and 1e-14 elsewhere.
     */
    @ParameterizedTest(name = "p = {0}/{1}")
    @CsvSource({
        "101, 100, 0.717178111538339566406128928424",
        "11, 10, 0.740206810555368964167028072578",
        "3, 2, 0.873034404143749834148147592397",
        "2, 1, 1.02703189850556501859684988419",
        "3, 1, 1.21891039595297944233038140721",
        "5, 1, 1.39893011922810697987196398691",
        "10, 1, 1.54302553622094518582377732324",
        "50, 1, 1.64371936800616859869097683153",
        "100, 1, 1.65515415896179927277412510348",
    })
    void threeDimensionalMarginsFromNearOneToOneHundred(long n, long d, String margin) {
        Prediction p = lp(threeD(), n, d);
        assertThat(p.unmet()).isNull();
        BigDecimal got = p.quantities().get("margin")[0];
        assertThat(got.subtract(new BigDecimal(margin)).abs())
                .as("margin %s", got)
                .isLessThan(new BigDecimal("1e-20"));
        if (n / d >= 10) {
            double e = (double) n / d;
            assertThat(got.doubleValue())
                    .isCloseTo(
                            Math.pow(Math.pow(0.5, e) + 2 * Math.pow(0.6, e), -1 / e),
                            Offset.offset(1e-15));
        }
    }

    /**
     * p must be exact; an irrational one used to end in a NullPointerException out of the
     * certificate.
     */
    @Test
    void anIrrationalExponentIsUnmetNotAnException() {
        Value sqrt2 = Value.irrational(BigDecimal.valueOf(2).sqrt(Value.CONTEXT), "Sqrt(2)");
        Prediction p =
                MaxMargin.lp(sqrt2)
                        .predict(new PredictionInput(twoD(), new Value[2], Double.NaN, 30));
        assertThat(p.unmet()).contains("exactly");
    }
}
