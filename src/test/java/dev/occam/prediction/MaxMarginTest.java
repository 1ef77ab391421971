package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * l2 max margin (hard-margin SVM) against hand solutions, exact KKT checks written here, and dual
 * coordinate ascent.
 */
class MaxMarginTest {
    static final int DIGITS = 34;
    static final String ZERO = "0 (exact rational arithmetic)";
    static final List<String> KKT =
            List.of(
                    "primal feasibility max_n (1 - z_n.w)_+",
                    "dual signs max_n (-alpha_n)_+",
                    "complementarity max_n |alpha_n (z_n.w - 1)|",
                    "stationarity ||w - sum_n alpha_n z_n||_inf");

    static Value v(long n) {
        return Value.of(n);
    }

    static Value q(long n, long d) {
        return Value.of(new BigFraction(n, d), n + "/" + d);
    }

    static Value dbl(double x) {
        return Value.of(new BigFraction(x), Double.toString(x));
    }

    static Classification problem(Value[][] x, int[] y) {
        return new Classification(x, y, null, Classification.Loss.EXPONENTIAL);
    }

    static Prediction predict(Predictor p, Classification c) {
        Value[] w0 = new Value[c.dimension()];
        Arrays.fill(w0, Value.of(0));
        return p.predict(new PredictionInput(c, w0, Double.NaN, DIGITS));
    }

    /**
     * z1 = (1, 2), z2 = (2, 1) (labels +1), z3 = (3, 3), and x4 = (-1, -4) with label -1 (z4 = (1,
     * 4)). By symmetry w = a (z1 + z2) = (3a, 3a) and z1.w = 9a = 1: w_hat = (1/3, 1/3), alpha =
     * (1/9, 1/9, 0, 0), z3.w = 2, z4.w = 5/3, margin 1/||w_hat|| = 3/sqrt(2).
     */
    @Test
    void handExample() {
        Classification c =
                problem(
                        new Value[][] {{v(1), v(2)}, {v(2), v(1)}, {v(3), v(3)}, {v(-1), v(-4)}},
                        new int[] {1, 1, 1, -1});
        Prediction p = predict(MaxMargin.l2(), c);
        assertThat(p.unmet()).isNull();
        assertThat(p.exact()).containsExactly(new BigFraction(1, 3), new BigFraction(1, 3));
        assertThat(p.value()[0].doubleValue()).isCloseTo(1.0 / 3, within(1e-16));
        for (String k : KKT) assertThat(p.certificate().get(k)).isEqualTo(ZERO);
        assertThat(p.quantities().get("alpha"))
                .extracting(BigDecimal::doubleValue)
                .containsExactly(1.0 / 9, 1.0 / 9, 0.0, 0.0);
        assertThat(p.quantities().get("support"))
                .extracting(BigDecimal::intValue)
                .containsExactly(0, 1);
        assertThat(p.quantities().get("margin")[0].doubleValue())
                .isCloseTo(3 / Math.sqrt(2), within(1e-15));
        BigDecimal margin = p.quantities().get("margin")[0];
        // margin^2 = 9/2 to the reported digits
        assertThat(margin.multiply(margin).subtract(new BigDecimal("4.5")).abs())
                .isLessThan(new BigDecimal("1e-40"));
        assertThat(p.preconditions())
                .anyMatch(s -> s.startsWith("linearly separable through the origin"));
    }

    /**
     * Irrational data (Sqrt(2)) are polished exactly on their 120-digit decimals: z1 = (Sqrt(2),
     * 0), z2 = (0, 1) give w_hat = (1/Sqrt(2), 1).
     */
    @Test
    void irrationalDataArePolishedOnTheirDecimals() {
        Value sqrt2 = Value.irrational(new BigDecimal(2).sqrt(Value.CONTEXT), "Sqrt(2)");
        Classification c = problem(new Value[][] {{sqrt2, v(0)}, {v(0), v(1)}}, new int[] {1, 1});
        Prediction p = predict(MaxMargin.l2(), c);
        assertThat(p.exact()).isNull();
        for (String k : KKT)
            assertThat(p.certificate().get(k))
                    .startsWith("0 (exact rational arithmetic on the data rounded to 120 digits");
        BigDecimal expected =
                BigDecimal.ONE.divide(
                        new BigDecimal(2).sqrt(new MathContext(60)), new MathContext(50));
        assertThat(p.value()[0].subtract(expected).abs()).isLessThan(new BigDecimal("1e-43"));
        // margin 1/sqrt(1/2 + 1) = sqrt(2/3)
        double margin = p.quantities().get("margin")[0].doubleValue();
        assertThat(margin).isCloseTo(Math.sqrt(2.0 / 3), within(1e-15));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    /**
     * Random small-rational separable data: the KKT system checked exactly here, independently of
     * the certificate.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void rationalDataGiveExactKkt(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = r.nextInt(2, 5);
        int n = r.nextInt(3, 12);
        BigFraction[] truth = TestAlgebra.randomNonZeroVector(r, d);
        List<Value[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        while (xs.size() < n) {
            BigFraction[] x = TestAlgebra.randomVector(r, d);
            BigFraction m = TestAlgebra.dot(x, truth);
            if (Math.abs(m.doubleValue()) < 0.3) continue;
            xs.add(TestAlgebra.values(x));
            ys.add(m.signum());
        }
        Classification c =
                problem(
                        xs.toArray(new Value[0][]),
                        ys.stream().mapToInt(Integer::intValue).toArray());
        Prediction p = predict(MaxMargin.l2(), c);
        assertThat(p.unmet()).isNull();
        for (String k : KKT) assertThat(p.certificate().get(k)).as(k).isEqualTo(ZERO);
        BigFraction[] w = p.exact();
        BigFraction[][] z = Fractions.of(c.signed());
        BigDecimal[] alphaDec = p.quantities().get("alpha");
        // alpha as exact fractions: recover from the support set by solving the KKT system here
        List<Integer> support = new ArrayList<>();
        for (BigDecimal s : p.quantities().get("support")) support.add(s.intValue());
        BigFraction[] sum = new BigFraction[d];
        Arrays.fill(sum, BigFraction.ZERO);
        for (int i = 0; i < z.length; i++) {
            BigFraction m = TestAlgebra.dot(z[i], w);
            assertThat(m.compareTo(BigFraction.ONE)).isGreaterThanOrEqualTo(0);
            assertThat(m.equals(BigFraction.ONE)).isEqualTo(support.contains(i));
            assertThat(alphaDec[i].signum()).isGreaterThanOrEqualTo(0);
            if (!support.contains(i)) assertThat(alphaDec[i].signum()).isZero();
        }
        // stationarity to the reported digits: w - sum alpha_n z_n
        for (int j = 0; j < d; j++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < z.length; i++)
                s = s.add(alphaDec[i].multiply(new BigDecimal(z[i][j].doubleValue())));
            // z entries here are k/m with m <= 3 x labels; compare in double only
            assertThat(s.doubleValue()).isCloseTo(w[j].doubleValue(), within(1e-12));
        }
        // optimality: w is the least-norm point of {z_n.w = 1, n in S} and alpha >= 0 (checked), so
        // no feasible point is shorter:
        // cross-check with dual coordinate ascent
        double[] ref = DualCoordinateAscent.solve(toDouble(z), 1e-12);
        for (int j = 0; j < d; j++) assertThat(w[j].doubleValue()).isCloseTo(ref[j], within(1e-7));
    }

    /**
     * Random 30 x 5 separable sets in double (labels from a random hyperplane with margin) against
     * dual coordinate ascent.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomDoubleDataMatchDualCoordinateAscent(long seed) {
        SplittableRandom r = new SplittableRandom(100 + seed);
        int n = 30;
        int d = 5;
        double[] truth = new double[d];
        for (int j = 0; j < d; j++) truth[j] = r.nextDouble(-1, 1);
        double norm = Math.sqrt(dot(truth, truth));
        Value[][] x = new Value[n][d];
        int[] y = new int[n];
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] xi;
            double m;
            do {
                xi = new double[d];
                for (int j = 0; j < d; j++) xi[j] = gaussian(r);
                m = dot(xi, truth) / norm;
            } while (Math.abs(m) < 0.1);
            y[i] = m > 0 ? 1 : -1;
            for (int j = 0; j < d; j++) {
                x[i][j] = dbl(xi[j]);
                z[i][j] = y[i] * xi[j];
            }
        }
        long start = System.nanoTime();
        Prediction p = predict(MaxMargin.l2(), problem(x, y));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(p.unmet()).isNull();
        for (String k : KKT) assertThat(p.certificate().get(k)).as(k).isEqualTo(ZERO);
        double[] ref = DualCoordinateAscent.solve(z, 1e-13);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) w[j] = p.value()[j].doubleValue();
        double err = 0;
        for (int j = 0; j < d; j++) err = Math.max(err, Math.abs(w[j] - ref[j]));
        assertThat(err).isLessThan(1e-7 * Math.sqrt(dot(ref, ref)));
        // the reported margin is 1/||w_hat||
        assertThat(p.quantities().get("margin")[0].doubleValue())
                .isCloseTo(1 / Math.sqrt(dot(w, w)), within(1e-12));
        System.out.printf(
                "seed %d: support %d points, max |w - w_dca| = %.2g, %d ms, %s%n",
                seed,
                p.quantities().get("support").length,
                err,
                ms,
                p.certificate().get("ojalgo primal QP"));
    }

    @Test
    void nonSeparableDataAreUnmetWithTheBlockingPoints() {
        // x0 = (1, 0) labelled +1 and x1 = (1, 0) labelled -1: z0 + z1 = 0
        Classification c =
                problem(
                        new Value[][] {{v(1), v(0)}, {v(1), v(0)}, {v(0), v(1)}},
                        new int[] {1, -1, 1});
        Prediction p = predict(MaxMargin.l2(), c);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet())
                .startsWith(
                        "the data are not linearly separable through the origin: the LP max-margin")
                .contains("is 0 (points 0, 1 cannot be separated");
        assertThat(predict(MaxMargin.linf(), c).unmet()).isEqualTo(p.unmet());
        assertThat(predict(new MaxMarginOffset(), c).unmet()).contains("needs a constant step");
    }

    @Test
    void separabilityReportsTheLpMargin() {
        // z = (1, 2), (2, 1): linf max margin 3 at w = (1, 1)
        Separability.Result s = Separability.check(new Value[][] {{v(1), v(2)}, {v(2), v(1)}});
        assertThat(s.separable()).isTrue();
        assertThat(s.margin()).isCloseTo(3, within(1e-12));
        assertThat(s.witness()).isNotNull();
        Separability.Result zero = Separability.check(new Value[][] {{v(1), v(2)}, {v(0), v(0)}});
        assertThat(zero.separable()).isFalse();
        assertThat(zero.message()).contains("point 1 cannot be separated");
    }

    static double[][] toDouble(BigFraction[][] z) {
        double[][] out = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            out[i] = new double[z[i].length];
            for (int j = 0; j < z[i].length; j++) out[i][j] = z[i][j].doubleValue();
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double gaussian(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * Independent reference: dual coordinate ascent on max sum alpha - 1/2 ||sum alpha_n z_n||^2,
     * alpha >= 0 (the hard-margin SVM dual without intercept), w = sum alpha_n z_n.
     */
    static final class DualCoordinateAscent {
        static double[] solve(double[][] z, double tolerance) {
            int n = z.length;
            int d = z[0].length;
            double[] alpha = new double[n];
            double[] w = new double[d];
            double[] sq = new double[n];
            for (int i = 0; i < n; i++) sq[i] = dot(z[i], z[i]);
            for (int sweep = 0; sweep < 2_000_000; sweep++) {
                double change = 0;
                for (int i = 0; i < n; i++) {
                    double next = Math.max(0, alpha[i] + (1 - dot(z[i], w)) / sq[i]);
                    double delta = next - alpha[i];
                    if (delta == 0) continue;
                    alpha[i] = next;
                    for (int j = 0; j < d; j++) w[j] += delta * z[i][j];
                    change = Math.max(change, Math.abs(delta));
                }
                if (change < tolerance) break;
            }
            return w;
        }
    }
}
