package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.HyperbolicEntropy;
import dev.occam.problem.LeastSquares;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/**
 * argmin Q_alpha on {x1 + 2 x2 = 1} against its KKT condition solved by hand: beta_i = 2 alpha^2
 * sinh(lambda x_i) with 2 alpha^2 (sinh lambda + 2 sinh 2 lambda) = 1, a scalar equation solved by
 * bisection and Newton in mpmath (40 digits, python3); and the two regimes against argmin ||w||_1 =
 * (0, 1/2) and argmin ||w||_2 = (1/5, 2/5).
 */
class HyperbolicEntropyInterpolantTest {
    private static final LeastSquares ONE =
            new LeastSquares(new Value[][] {{Value.of(1), Value.of(2)}}, new Value[] {Value.of(1)});
    private static final Value[] ZERO = {Value.of(0), Value.of(0)};

    private static Prediction predict(long p, long q) {
        return new HyperbolicEntropyInterpolant(
                        Value.of(new BigFraction(p, q), p + "/" + q), "test")
                .predict(ONE, ZERO, 30);
    }

    private static double distance(BigDecimal[] a, double... b) {
        double s = 0;
        for (int i = 0; i < b.length; i++) s += Math.pow(a[i].doubleValue() - b[i], 2);
        return Math.sqrt(s);
    }

    private static void agrees(BigDecimal[] actual, String... expected) {
        for (int i = 0; i < expected.length; i++)
            assertThat(actual[i].subtract(new BigDecimal(expected[i])).abs())
                    .isLessThan(new BigDecimal("1e-27"));
    }

    @Test
    void solvesTheScalarKktEquation() {
        // alpha = 1/2: lambda = 0.370430809187886882741697518891
        Prediction p = predict(1, 2);
        assertThat(p.available()).isTrue();
        assertThat(p.kind()).isEqualTo("hyperbolic-entropy-interpolant");
        agrees(p.value(), "0.18948040659310940565230590313", "0.405259796703445297173847048435");
    }

    @Test
    void smallAlphaNearsTheL1InterpolantAndLargeAlphaTheL2One() {
        // alpha = 1/1000: lambda = 6.560828136028545853887, beta at distance 7.9e-4 from (0, 1/2);
        // alpha = 10: beta at distance 8.9e-8 from (1/5, 2/5)
        Prediction small = predict(1, 1000);
        agrees(
                small.value(),
                "0.000706855411168662199922815819992",
                "0.49964657229441566890003859209");
        Prediction large = predict(10, 1);
        agrees(
                large.value(),
                "0.199999920000115999772400513849",
                "0.400000039999942000113799743076");
        BigDecimal[] l1 = small.references().get(HyperbolicEntropyInterpolant.L1);
        BigDecimal[] l2 = large.references().get("argmin ||w - w0||_2");
        assertThat(distance(l1, 0, 0.5)).isZero();
        assertThat(distance(l2, 0.2, 0.4)).isLessThan(1e-30);
        assertThat(distance(small.value(), 0, 0.5)).isBetween(7.8e-4, 8.0e-4);
        assertThat(distance(large.value(), 0.2, 0.4)).isBetween(8.9e-8, 9.0e-8);
        // and the order between: alpha = 1/2 is 0.212 from l1, 0.0118 from l2
        Prediction middle = predict(1, 2);
        assertThat(distance(middle.value(), 0, 0.5)).isBetween(0.2118, 0.2119);
        assertThat(distance(middle.value(), 0.2, 0.4)).isBetween(0.01176, 0.01177);
    }

    @Test
    void certificateIsSmallAtTheMinimizerAndLargeAtPlantedPoints() {
        Prediction p = predict(1, 2);
        assertThat(p.certificate()).containsKeys("feasibility ||Xw - y||", "perturbation test");
        assertThat(p.certificate().get("perturbation test")).startsWith("passed");
        assertThat(p.certificate().get("reference argmin ||w||_1 (LP)"))
                .contains("re-solved exactly")
                .contains("duality gap ||w||_1 - y.lambda = 0");
        DfpField field = new DfpField(60);
        Dfp[][] x = DfpVectors.of(field, ONE.x());
        Dfp[] y = DfpVectors.of(field, ONE.y());
        Dfp[] w0 = DfpVectors.of(field, ZERO);
        HyperbolicEntropy psi = new HyperbolicEntropy(Value.of(new BigFraction(1, 2), "1/2"));
        Dfp[] w = {
            field.newDfp("0.18948040659310940565230590313"),
            field.newDfp("0.405259796703445297173847048435")
        };
        HyperbolicEntropyInterpolant.Gap right = HyperbolicEntropyInterpolant.gap(x, y, w0, psi, w);
        assertThat(right.gap().abs().toDouble()).isLessThan(1e-27);
        assertThat(right.dualResidual().toDouble()).isLessThan(1e-27);
        // feasible but not optimal: moved by 1e-3 along the null space (2, -1) / sqrt 5
        Dfp step = field.newDfp("0.001").divide(field.newDfp(5).sqrt());
        Dfp[] moved = {w[0].add(step.multiply(2)), w[1].subtract(step)};
        HyperbolicEntropyInterpolant.Gap wrong =
                HyperbolicEntropyInterpolant.gap(x, y, w0, psi, moved);
        // mpmath, 50 digits, from the same formulas: gap 9.0828721593769341405862837e-7, above
        // Q_alpha(moved) - Q_alpha(w) = 9.033327121332998e-7 as a duality gap must be; the dual
        // residual is 1.80654005380562212551887524e-3
        assertThat(
                        wrong.gap()
                                .subtract(field.newDfp("9.0828721593769341405862837e-7"))
                                .abs()
                                .toDouble())
                .isLessThan(1e-30);
        assertThat(wrong.dualResidual().toDouble()).isCloseTo(1.806540053805622e-3, within(1e-17));
    }

    @Test
    void theL1ReferenceOfASparseSystemIsExact() {
        // x1 + x2 + x3 = 1, x1 - x2 + 2 x3 = 2: the solutions are (0, 0, 1) + t (3, -1, -2), of l1
        // norm 1 + 2t (t > 0) or 1 + 6|t| (t < 0), so (0, 0, 1) is the unique minimizer; the dual
        // lambda = (1, 0) has ||X^T lambda||_inf = 1 and y.lambda = 1: gap 0
        LeastSquares ls =
                new LeastSquares(
                        new Value[][] {
                            {Value.of(1), Value.of(1), Value.of(1)},
                            {Value.of(1), Value.of(-1), Value.of(2)}
                        },
                        new Value[] {Value.of(1), Value.of(2)});
        L1Interpolant.Result r = L1Interpolant.solve(ls.squaredResiduals(), 20);
        assertThat(distance(r.point(), 0, 0, 1)).isZero();
        assertThat(r.certificate()).contains("duality gap ||w||_1 - y.lambda = 0");
        BigFraction[][] x = Fractions.of(ls.x());
        BigFraction[] y = Fractions.of(ls.y());
        assertThat(
                        L1Interpolant.dualBound(
                                x, y, new BigFraction[] {BigFraction.ONE, BigFraction.ZERO}))
                .isEqualTo(BigFraction.ONE);
        // a planted dual point that is not optimal: lambda = (1, -1), X^T lambda = (0, 2, -1),
        // scaled by 1/2, bounds min ||w||_1 below by y.lambda / 2 = -1/2 only
        assertThat(
                        L1Interpolant.dualBound(
                                x, y, new BigFraction[] {BigFraction.ONE, BigFraction.MINUS_ONE}))
                .isEqualTo(new BigFraction(-1, 2));
    }
}
