package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.MathContext;
import java.util.Random;

/**
 * The fused exponential-loss kernels against grad L = -sum_i e^(b_i - z_i.w) z_i computed in
 * 50-digit Dfp, with forward error bounds derived from each kernel's operations (not tolerances).
 * Double (DoubleExponentialLoss): margins summed in order (gamma_d sum_j |z_ij w_j|), the
 * exponent's subtractions (u each), DoubleExp (under 1 ulp, 2u relative), n products and sums
 * (gamma_(n+1)), e^h and the final product (4u). Double-double (DDExponentialLoss): see its test
 * below.
 */
class ExponentialLossTest {
    private static final double U = Math.ulp(1.0) / 2;
    private static final DfpField FIELD = new DfpField(50);
    private final int savedThreads = KernelThreads.threads();

    @AfterEach
    void restoreThreads() {
        KernelThreads.set(savedThreads);
    }

    private static double gamma(int k) {
        return k * U / (1 - k * U);
    }

    /** A problem: rows z, log weights b (null: none), and a point w. */
    private record Case(double[][] z, double[] b, double[] w) {
        int n() {
            return z.length;
        }

        int d() {
            return w.length;
        }

        ExponentialLoss kernel() {
            return kernel(DoubleTier.INSTANCE);
        }

        ExponentialLoss kernel(Tier tier) {
            return tier.matrix(z).exponentialLoss(b == null ? null : tier.of(b.clone()));
        }

        /** a_i = b_i - z_i.w in Dfp (doubles convert exactly). */
        Dfp exponent(int i) {
            Dfp m = FIELD.getZero();
            for (int j = 0; j < d(); j++)
                m = m.add(FIELD.newDfp(z[i][j]).multiply(FIELD.newDfp(w[j])));
            return (b == null ? FIELD.getZero() : FIELD.newDfp(b[i])).subtract(m);
        }
    }

    /**
     * Gaussian rows and w, margins of about +-spread; with an offset, column 0 is all 1 and w_0 =
     * -offset, so the margins lie near -offset (L near e^offset).
     */
    private static Case random(
            long seed, int n, int d, double spread, double offset, boolean weights) {
        Random random = new Random(seed);
        double[][] z = new double[n][d];
        for (double[] row : z) for (int j = 0; j < d; j++) row[j] = random.nextGaussian();
        double[] w = new double[d];
        for (int j = 0; j < d; j++) w[j] = random.nextGaussian() * spread / Math.sqrt(d);
        if (offset != 0) {
            for (double[] row : z) row[0] = 1;
            w[0] = -offset;
        }
        double[] b = null;
        if (weights) {
            b = new double[n];
            for (int i = 0; i < n; i++) b[i] = Math.log(0.5 + random.nextDouble());
        }
        return new Case(z, b, w);
    }

    /**
     * The exact gradient, and |computed - exact| bounds per component: sum_i e^(a_i) |z_ij| ((1 +
     * rho_i)(1 + gamma_(n+1))(1 + 4u) - 1), with rho_i the relative error of the term e_i from the
     * error beta_i of its exponent (margin and subtractions) and DoubleExp's 2u; times (1 + 1e-9)
     * for the rounding of the bound itself.
     */
    private static double[][] exactAndBound(Case c, double h) {
        int n = c.n(), d = c.d();
        double[] exact = new double[d];
        double[] bound = new double[d];
        Dfp[] g = new Dfp[d];
        for (int j = 0; j < d; j++) g[j] = FIELD.getZero();
        for (int i = 0; i < n; i++) {
            Dfp a = c.exponent(i);
            Dfp e = DfpMath.exp(a);
            double s = 0;
            for (int j = 0; j < d; j++) s += Math.abs(c.z[i][j] * c.w[j]);
            double margin = gamma(c.d()) * s * (1 + 2 * U);
            double alpha = margin + U * (Math.abs(a.toDouble()) + margin);
            double beta = alpha + U * (Math.abs(a.toDouble() - h) + alpha);
            double rho = Math.expm1(beta) * (1 + 2 * U) + 2 * U;
            double factor = (1 + rho) * (1 + gamma(n + 1)) * (1 + 4 * U) - 1;
            for (int j = 0; j < d; j++) {
                Dfp zij = FIELD.newDfp(c.z[i][j]);
                g[j] = g[j].subtract(e.multiply(zij));
                bound[j] += e.toDouble() * Math.abs(c.z[i][j]) * factor;
            }
        }
        for (int j = 0; j < d; j++) {
            exact[j] = g[j].toDouble();
            bound[j] *= 1 + 1e-9;
        }
        return new double[][] {exact, bound};
    }

    private static double largestExponent(Case c) {
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.n(); i++) largest = Math.max(largest, c.exponent(i).toDouble());
        return largest;
    }

    private static double[] gradient(ExponentialLoss kernel, Case c) {
        Vec out = DoubleTier.INSTANCE.zeros(c.d());
        kernel.gradient(new DoubleVec(c.w.clone()), out);
        return out.toDoubleArray();
    }

    /** The kernel's gradient at c.w in the tier for these digits. */
    private static Vec gradient(Case c, int digits) {
        Tier tier = Tier.forDigits(digits);
        Vec out = tier.zeros(c.d());
        c.kernel(tier).gradient(tier.of(c.w.clone()), out);
        return out;
    }

    private static void assertWithinBound(Case c, double[] computed) {
        double h = 32 * Math.ceil(largestExponent(c) / 32);
        double[][] eb = exactAndBound(c, h);
        for (int j = 0; j < c.d(); j++)
            assertThat(Math.abs(computed[j] - eb[0][j]))
                    .as("component %d: computed %s, exact %s", j, computed[j], eb[0][j])
                    .isLessThanOrEqualTo(eb[1][j]);
    }

    /**
     * Shapes that reach every remainder of the four-column and four-row loops; margins of a few
     * units (terms near 1) and near -650 and 600 (L near e^650 and e^-600, where a shift error of
     * one step would be e^32 times the bound).
     */
    @ParameterizedTest
    @CsvSource({
        "1,1,3,0,false",
        "2,3,3,0,true",
        "5,2,3,0,false",
        "8,2,3,0,true",
        "39,7,10,0,false",
        "39,7,10,0,true",
        "100,10,30,0,false",
        "64,5,10,650,false",
        "64,5,10,650,true",
        "64,5,10,-600,true"
    })
    void gradientIsTheExactGradientWithinItsErrorBound(
            int n, int d, double spread, double offset, boolean b) {
        Case c = random(n * 31L + d, n, d, spread, offset, b);
        assertWithinBound(c, gradient(c.kernel(), c));
    }

    /**
     * Where L underflows (margins near 780: L ~ e^-780) the gradient is 0, as the general path's
     * e^(log L) is; where it overflows (margins near -800) it is not finite, as there.
     */
    @Test
    void gradientUnderflowsAndOverflowsWithTheLoss() {
        Random random = new Random(7);
        int n = 30, d = 4;
        double[][] z = new double[n][d];
        for (double[] row : z) {
            row[0] = 780 + random.nextDouble();
            for (int j = 1; j < d; j++) row[j] = random.nextGaussian();
        }
        Case far = new Case(z, null, new double[] {1, 0, 0, 0});
        for (double g : gradient(far.kernel(), far)) assertThat(g).isZero();
        Case near = new Case(z, null, new double[] {-1.02, 0, 0, 0});
        for (double g : gradient(near.kernel(), near)) assertThat(Double.isFinite(g)).isFalse();
    }

    /**
     * The shift is a function of w alone: a kernel that has just seen margins of -600 (shift 608)
     * gives the same bits at w as a fresh one, in both directions.
     */
    @Test
    void resultDoesNotDependOnEarlierCalls() {
        Case small = random(3, 50, 6, 3, 0, true);
        double[] far = small.w.clone();
        for (int j = 0; j < far.length; j++) far[j] *= -200;
        Case large = new Case(small.z, small.b, far);
        ExponentialLoss used = small.kernel();
        gradient(used, large);
        assertThat(gradient(used, small)).isEqualTo(gradient(small.kernel(), small));
        gradient(used, small);
        assertThat(gradient(used, large)).isEqualTo(gradient(large.kernel(), large));
    }

    /**
     * Above the parallel threshold (700 x 100: four row blocks), the same bits on 1 and 2 threads.
     */
    @Test
    void blocksGiveTheSameBitsOnOneAndTwoThreads() {
        Case c = random(11, 700, 100, 20, 0, true);
        assertThat(RowBlocks.of(700, 100).count()).isGreaterThan(1);
        KernelThreads.set(1);
        double[] one = gradient(c.kernel(), c);
        KernelThreads.set(2);
        double[] two = gradient(c.kernel(), c);
        assertThat(two).isEqualTo(one);
        assertWithinBound(c, one);
    }

    /**
     * The kernel's loops are the plain loops to the bit: each margin summed over j in order, the
     * shift, DoubleExp's terms, each component of Z^T e summed over i in order within a row block
     * and the blocks added in order, then -e^h. Narrow widths (d <= 4: two or four lanes, padded
     * with zero columns) and wide ones, one block and several (70000 x 1, 20000 x 4); a row of
     * zeros and entries of -0.0 (whose products are -0.0), and points where a padded lane meets an
     * infinity.
     */
    @ParameterizedTest
    @CsvSource({
        "1,1,false",
        "2,1,true",
        "5,2,false",
        "8,2,true",
        "9,3,false",
        "37,3,true",
        "8,4,false",
        "37,4,true",
        "37,5,false",
        "8,6,true",
        "70000,1,false",
        "20000,4,true"
    })
    void loopsAreThePlainLoopsToTheBit(int n, int d, boolean b) {
        Case c = random(n * 13L + d, n, d, 4, 0, b);
        java.util.Arrays.fill(c.z[0], 0.0);
        c.z[n - 1][0] = -0.0;
        c.w[d - 1] = -c.w[d - 1];
        assertThat(gradient(c.kernel(), c)).isEqualTo(plainGradient(c));
        c.w[0] = Double.POSITIVE_INFINITY;
        assertThat(gradient(c.kernel(), c)).isEqualTo(plainGradient(c));
    }

    private static double[] plainGradient(Case c) {
        int n = c.n(), d = c.d();
        double[] a = new double[n];
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double m = 0.0;
            for (int j = 0; j < d; j++) m += c.z[i][j] * c.w[j];
            a[i] = (c.b == null ? 0 : c.b[i]) - m;
            if (a[i] > largest || Double.isNaN(a[i])) largest = a[i];
        }
        double h =
                largest == Double.NEGATIVE_INFINITY
                        ? 0
                        : Double.isFinite(largest) ? 32 * Math.ceil(largest / 32) : largest;
        RowBlocks blocks = RowBlocks.of(n, d);
        double[] g = new double[d];
        for (int k = 0; k < blocks.count(); k++) {
            double[] partial = new double[d];
            for (int i = blocks.start(k); i < blocks.start(k + 1); i++) {
                double e = DoubleExp.exp(a[i] - h);
                for (int j = 0; j < d; j++) partial[j] += c.z[i][j] * e;
            }
            for (int j = 0; j < d; j++) g[j] = k == 0 ? partial[j] : g[j] + partial[j];
        }
        double scale = -DoubleExp.exp(h);
        for (int j = 0; j < d; j++) g[j] *= scale;
        return g;
    }

    @Test
    void notANumberPropagates() {
        Case c = random(5, 9, 3, 3, 0, false);
        c.w[1] = Double.NaN;
        for (double g : gradient(c.kernel(), c)) assertThat(g).isNaN();
    }

    /**
     * The double-double kernel against 50-digit Dfp. Bound per component, from its operations: each
     * exponent a_i carries the Dot2 margin's error (2^-106 |m_i| + (d 2^-53)^2 sum_j |z_ij w_j|)
     * and the DD subtractions' (2^-105 (|a_i| + |a_i - h|)); DDMath.exp adds 1e-31 relative
     * (DDMathTest); Z^T e (Dot2) adds (n 2^-53)^2 of sum_i e_i |z_ij| and 2^-106 of the result; e^h
     * and the final product 1e-31 and 2^-105. Doubled for second-order terms and the bound's own
     * rounding. A shift error of one step or a dropped row is e^32 or one whole term off.
     */
    @ParameterizedTest
    @CsvSource({
        "1,1,3,0,false",
        "8,2,3,0,true",
        "39,7,10,0,false",
        "64,5,10,650,true",
        "64,5,10,-600,false"
    })
    void doubleDoubleGradientIsTheExactGradientWithinItsErrorBound(
            int n, int d, double spread, double offset, boolean b) {
        Case c = random(n * 17L + d, n, d, spread, offset, b);
        Vec out = gradient(c, 32);
        double h = 32 * Math.ceil(largestExponent(c) / 32);
        double u = 0x1p-53;
        Dfp[] g = new Dfp[d];
        for (int j = 0; j < d; j++) g[j] = FIELD.getZero();
        double[] bound = new double[d];
        for (int i = 0; i < n; i++) {
            Dfp ad = c.exponent(i);
            double a = ad.toDouble();
            Dfp e = DfpMath.exp(ad);
            double s = 0;
            for (int j = 0; j < d; j++) s += Math.abs(c.z[i][j] * c.w[j]);
            double exponentError =
                    u * u * (Math.abs(a) + s) + d * d * u * u * s + 2 * u * u * Math.abs(a - h);
            double rho = exponentError + 1e-31 + (n * n * u * u) + 1e-31 + 2 * u * u;
            for (int j = 0; j < d; j++) {
                g[j] = g[j].subtract(e.multiply(FIELD.newDfp(c.z[i][j])));
                bound[j] += e.toDouble() * Math.abs(c.z[i][j]) * rho;
            }
        }
        for (int j = 0; j < d; j++) {
            // the DD value exactly, through its decimal rounded to 60 digits (Dfp reads exponents)
            String decimal = out.decimal(j).round(new MathContext(60)).toString();
            Dfp error = FIELD.newDfp(decimal).subtract(g[j]).abs();
            double limit = 2 * (bound[j] + u * u * Math.abs(g[j].toDouble()));
            assertThat(error.toDouble())
                    .as("component %d: computed %s, exact %s", j, out.decimal(j), g[j])
                    .isLessThanOrEqualTo(limit);
        }
    }

    /**
     * The quad-double kernel against 100-digit Dfp. Bound per component, from its operations, each
     * taken at eps = 2^-204 relative: 32 units of 2^-209 and 256 of 2^-212, for the "few units"
     * that QDMath's exp and QD's products and sums document per operation: the margin (d products
     * and sums) 2 (d + 1) eps sum_j |z_ij w_j|, the subtractions b_i - m_i and a_i - h eps |a_i|
     * and eps |a_i - h|, so the term e_i is off by e^beta - 1 of that sum plus exp's eps; Z^T e 2
     * (n + 1) eps of sum_i e_i |z_ij|; e^h and the final product 3 eps. Doubled for second-order
     * terms and the bound's own rounding. A double-double slip (2^-104) is 2^100 times that, a
     * shift step e^32, a dropped row a whole term.
     */
    @ParameterizedTest
    @CsvSource({
        "1,1,3,0,false",
        "8,2,3,0,true",
        "39,7,10,0,false",
        "64,5,10,650,true",
        "64,5,10,-600,false",
        "32,3,400,-400,true"
    })
    void quadDoubleGradientIsTheExactGradientWithinItsErrorBound(
            int n, int d, double spread, double offset, boolean b) {
        Case c = random(n * 19L + d, n, d, spread, offset, b);
        Vec out = gradient(c, 50);
        assertThat(out).isInstanceOf(QDVec.class);
        assertThat(out.isFinite()).as("finite gradient %s", out).isTrue();
        DfpField field = new DfpField(100);
        double eps = 0x1p-204;
        double h = 32 * Math.ceil(largestExponent(c) / 32);
        Dfp[] g = new Dfp[d];
        for (int j = 0; j < d; j++) g[j] = field.getZero();
        double[] bound = new double[d];
        for (int i = 0; i < n; i++) {
            Dfp m = field.getZero();
            double s = 0;
            for (int j = 0; j < d; j++) {
                m = m.add(field.newDfp(c.z[i][j]).multiply(field.newDfp(c.w[j])));
                s += Math.abs(c.z[i][j] * c.w[j]);
            }
            Dfp ad = (c.b == null ? field.getZero() : field.newDfp(c.b[i])).subtract(m);
            double a = ad.toDouble();
            Dfp e = DfpMath.exp(ad);
            double beta = eps * (2 * (d + 1) * s + Math.abs(a) + Math.abs(a - h));
            double rho = Math.expm1(beta) + eps;
            // (1 + rho)(1 + 2 (n + 1) eps)(1 + 3 eps) - 1 to first order (1 + 1e-60 is 1 in double)
            double factor = rho + (2 * n + 5) * eps;
            for (int j = 0; j < d; j++) {
                g[j] = g[j].subtract(e.multiply(field.newDfp(c.z[i][j])));
                bound[j] += e.toDouble() * Math.abs(c.z[i][j]) * factor;
            }
        }
        for (int j = 0; j < d; j++) {
            String decimal = out.decimal(j).round(new MathContext(100)).toString();
            Dfp error = field.newDfp(decimal).subtract(g[j]).abs();
            assertThat(error.toDouble())
                    .as("component %d: computed %s, exact %s", j, out.decimal(j), g[j])
                    .isLessThanOrEqualTo(2 * bound[j]);
        }
    }
}
