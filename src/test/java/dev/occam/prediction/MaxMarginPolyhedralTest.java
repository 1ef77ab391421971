package dev.occam.prediction;

import static dev.occam.prediction.MaxMarginTest.problem;
import static dev.occam.prediction.MaxMarginTest.q;
import static dev.occam.prediction.MaxMarginTest.v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * l1 / linf max margins against brute force over directions in 2-D, hand examples, and
 * non-uniqueness detection.
 */
class MaxMarginPolyhedralTest {
    static final String GAP = "duality gap ||Z^T lambda||_";

    static Prediction predict(Predictor p, Classification c) {
        return MaxMarginTest.predict(p, c);
    }

    static String gap(Prediction p) {
        return p.certificate().entrySet().stream()
                .filter(e -> e.getKey().startsWith(GAP))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    /**
     * Brute force: max over unit vectors (in ||.||_p) of min_n z_n.w, on an angle grid refined
     * around the best angle.
     */
    static double bruteForce(double[][] z, boolean l1) {
        double best = Double.NEGATIVE_INFINITY;
        double at = 0;
        double lo = 0;
        double hi = 2 * Math.PI;
        for (int level = 0; level < 6; level++) {
            int steps = 20000;
            double h = (hi - lo) / steps;
            for (int k = 0; k <= steps; k++) {
                double theta = lo + k * h;
                double m = margin(z, theta, l1);
                if (m > best) {
                    best = m;
                    at = theta;
                }
            }
            lo = at - 2 * h;
            hi = at + 2 * h;
        }
        return best;
    }

    static double margin(double[][] z, double theta, boolean l1) {
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double norm = l1 ? Math.abs(c) + Math.abs(s) : Math.max(Math.abs(c), Math.abs(s));
        double m = Double.POSITIVE_INFINITY;
        for (double[] zn : z) m = Math.min(m, (zn[0] * c + zn[1] * s) / norm);
        return m;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoDimensionalMarginsMatchBruteForce(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BigFraction[] truth = TestAlgebra.randomNonZeroVector(r, 2);
        int n = r.nextInt(2, 9);
        Value[][] x = new Value[n][];
        int[] y = new int[n];
        double[][] z = new double[n][2];
        for (int i = 0; i < n; i++) {
            BigFraction[] xi;
            BigFraction m;
            do {
                xi = TestAlgebra.randomVector(r, 2);
                m = TestAlgebra.dot(xi, truth);
            } while (Math.abs(m.doubleValue()) < 0.2);
            x[i] = TestAlgebra.values(xi);
            y[i] = m.signum();
            for (int j = 0; j < 2; j++) z[i][j] = y[i] * xi[j].doubleValue();
        }
        Classification c = problem(x, y);
        for (boolean l1 : new boolean[] {true, false}) {
            Prediction p = predict(l1 ? MaxMargin.l1() : MaxMargin.linf(), c);
            assertThat(p.unmet()).isNull();
            double gamma = p.quantities().get("margin")[0].doubleValue();
            assertThat(gamma).as("l1 = " + l1).isCloseTo(bruteForce(z, l1), within(1e-9));
            assertThat(gap(p)).startsWith("0 (exact rational arithmetic");
            // w_hat has margin 1 and norm 1/gamma
            BigDecimal[] w = p.value();
            double norm =
                    l1
                            ? Math.abs(w[0].doubleValue()) + Math.abs(w[1].doubleValue())
                            : Math.max(Math.abs(w[0].doubleValue()), Math.abs(w[1].doubleValue()));
            assertThat(norm).isCloseTo(1 / gamma, within(1e-12 / gamma));
            double min = Double.POSITIVE_INFINITY;
            for (double[] zn : z)
                min = Math.min(min, zn[0] * w[0].doubleValue() + zn[1] * w[1].doubleValue());
            assertThat(min).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void linfHandExampleIsUniqueAndExact() {
        // z = (1, 2), (2, 1): max min(w1 + 2 w2, 2 w1 + w2) over the box is 3 at w = (1, 1) only
        Classification c = problem(new Value[][] {{v(1), v(2)}, {v(2), v(1)}}, new int[] {1, 1});
        Prediction p = predict(MaxMargin.linf(), c);
        assertThat(p.exact()).containsExactly(new BigFraction(1, 3), new BigFraction(1, 3));
        assertThat(p.quantities().get("margin")[0].compareTo(new BigDecimal(3))).isZero();
        assertThat(p.certificate().get("uniqueness")).startsWith("unique");
        assertThat(p.quantities().get("direction-unique")[0].intValue()).isEqualTo(1);
        // l1: max on the simplex w1 + w2 = 1 at w = (1/2, 1/2), margin 3/2
        Prediction l1 = predict(MaxMargin.l1(), c);
        assertThat(l1.exact()).containsExactly(new BigFraction(1, 3), new BigFraction(1, 3));
        assertThat(l1.quantities().get("margin")[0].compareTo(new BigDecimal("1.5"))).isZero();
        assertThat(l1.certificate().get("uniqueness")).startsWith("unique");
        assertThat(gap(l1)).startsWith("0 (exact rational arithmetic");
    }

    @Test
    void nonUniqueMaximizersAreDetected() {
        // linf: z = (1, 0), (1, 1/2): margin 1 for every w = (1, w2) with w2 in [0, 1]
        Prediction linf =
                predict(
                        MaxMargin.linf(),
                        problem(new Value[][] {{v(1), v(0)}, {v(1), q(1, 2)}}, new int[] {1, 1}));
        assertThat(linf.unmet()).isNull();
        assertThat(linf.quantities().get("margin")[0].doubleValue()).isCloseTo(1, within(1e-15));
        assertThat(linf.certificate().get("uniqueness"))
                .startsWith("direction not unique: compare margins");
        assertThat(linf.quantities().get("direction-unique")[0].intValue()).isZero();
        // l1: z = (1, 1): margin 1 on the whole face w >= 0, w1 + w2 = 1
        Prediction l1 =
                predict(MaxMargin.l1(), problem(new Value[][] {{v(1), v(1)}}, new int[] {1}));
        assertThat(l1.certificate().get("uniqueness"))
                .startsWith("direction not unique: compare margins");
        assertThat(l1.quantities().get("margin")[0].doubleValue()).isCloseTo(1, within(1e-15));
        // the l2 max margin of the same data is unique by strict convexity
        assertThat(
                        predict(
                                        MaxMargin.l2(),
                                        problem(new Value[][] {{v(1), v(1)}}, new int[] {1}))
                                .exact())
                .containsExactly(new BigFraction(1, 2), new BigFraction(1, 2));
    }
}
