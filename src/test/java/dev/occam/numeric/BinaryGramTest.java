package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The floating-point proofs for large matrices of doubles, on matrices whose Gram spectrum is known
 * by construction (rows of a Sylvester-Hadamard matrix scaled: X X^T = d diag(s^2) exactly), on
 * exactly dependent rows (a zero eigenvalue that rounding must not hide), and the double-double
 * products against exact decimal arithmetic.
 */
public class BinaryGramTest {

    /** Row i of the Sylvester-Hadamard matrix of order d (a power of 2): (-1)^popcount(i & j). */
    private static double hadamard(int i, int j) {
        return Integer.bitCount(i & j) % 2 == 0 ? 1 : -1;
    }

    /** Each entry as a data file makes it ({@link Value#exact}). */
    public static Value[][] values(double[][] x) {
        Value[][] v = new Value[x.length][];
        for (int i = 0; i < x.length; i++) {
            v[i] = new Value[x[i].length];
            for (int j = 0; j < x[i].length; j++) v[i][j] = Value.exact(x[i][j]);
        }
        return v;
    }

    /** n rows of the order-d Hadamard matrix, row i scaled by s_i (rows of H are orthogonal). */
    private static double[][] scaledHadamard(double[] s, int d) {
        double[][] x = new double[s.length][d];
        for (int i = 0; i < s.length; i++)
            for (int j = 0; j < d; j++) x[i][j] = s[i] * hadamard(i + 1, j);
        return x;
    }

    @Test
    void theBoundsEncloseAKnownSpectrumTightly() {
        int n = 40, d = 512;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = 0.5 + i * 0.0625; // exact doubles; s^2 d exact too
        BinaryGram g = BinaryGram.large(values(scaledHadamard(s, d)));
        assertThat(g).isNotNull();
        double min = d * s[0] * s[0], max = d * s[n - 1] * s[n - 1];
        assertThat(g.lower()).isLessThanOrEqualTo(min).isGreaterThan(0.9 * min);
        assertThat(g.upper()).isGreaterThanOrEqualTo(max).isLessThan(1.1 * max);
    }

    @Test
    void anExactlyRepeatedRowIsNeverProvedIndependent() {
        // X X^T is singular; its double Cholesky may still succeed on rounding, which must not
        // become a positive lower bound
        int n = 30, d = 512;
        SplitMix64 r = new SplitMix64(5);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) x[i][j] = r.nextGaussian();
        x[n - 1] = x[3].clone();
        BinaryGram g = BinaryGram.large(values(x));
        assertThat(g.lower()).isZero();
        // nearly repeated: with v = (e_last - e_3)/sqrt 2, v^T K v = ||x_last - x_3||^2 / 2, so
        // lambda_min <= (1e-12)^2 / 2 (about; the perturbation is 1e-12 rounded to x's ulp)
        double before = x[n - 1][0];
        x[n - 1][0] += 1e-12;
        double gap = x[n - 1][0] - before; // exact (Sterbenz)
        assertThat(BinaryGram.large(values(x)).lower()).isLessThanOrEqualTo(gap * gap / 2);
    }

    @Test
    void smallOrNonBinaryMatricesAreLeftToExactArithmetic() {
        assertThat(BinaryGram.large(values(new double[10][1000]))).isNull(); // 10,000 entries
        Value[][] x = values(scaledHadamard(new double[] {1, 2, 3}, 4096));
        x[1][7] = Value.of(new org.hipparchus.fraction.BigFraction(1, 3), "1/3");
        assertThat(BinaryGram.large(x)).isNull();
    }

    @Test
    void doubleDoubleDotsStayWithinTheirProvedBound() {
        // sums with heavy cancellation: terms of size up to 2^60 summing to about 1
        MathContext mc = new MathContext(200);
        SplitMix64 r = new SplitMix64(9);
        int n = 7, d = 3000;
        double[] x = new double[n * d];
        double[] wh = new double[d], wl = new double[d];
        for (int j = 0; j < d; j++) {
            wh[j] = r.nextGaussian() * Math.scalb(1.0, (int) (r.nextUnit() * 40) - 20);
            wl[j] = Math.ulp(wh[j]) * (r.nextUnit() - 0.5);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j += 2) {
                double a = r.nextGaussian() * Math.scalb(1.0, (int) (r.nextUnit() * 40));
                x[i * d + j] = a;
                // the next term nearly cancels this one
                x[i * d + j + 1] = -a * wh[j] / wh[j + 1] * (1 + 1e-9 * r.nextGaussian());
            }
        }
        double[] ch = new double[n], cl = new double[n];
        for (int i = 0; i < n; i++) ch[i] = r.nextGaussian();
        double[] oh = new double[n], ol = new double[n], mag = new double[n];
        DDDots.rows(x, n, d, wh, wl, ch, cl, oh, ol, mag);
        for (int i = 0; i < n; i++) {
            BigDecimal exact = new BigDecimal(ch[i]);
            for (int j = 0; j < d; j++)
                exact =
                        exact.add(
                                new BigDecimal(x[i * d + j])
                                        .multiply(new BigDecimal(wh[j]).add(new BigDecimal(wl[j]))),
                                mc);
            BigDecimal got = new BigDecimal(oh[i]).add(new BigDecimal(ol[i]));
            double error = got.subtract(exact, mc).abs().doubleValue();
            double bound = DDDots.bound(mag[i], d);
            assertThat(error).as("row %d", i).isLessThanOrEqualTo(bound);
            // and the bound is a double-double one, not vacuous: relative to the terms' size
            assertThat(bound).isLessThan(1e-26 * mag[i]);
        }
        // the columns (X^T z) the same way
        double[] zh = new double[n], zl = new double[n];
        for (int i = 0; i < n; i++) {
            zh[i] = r.nextGaussian();
            zl[i] = Math.ulp(zh[i]) * 0.25;
        }
        double[] th = new double[d], tl = new double[d], tm = new double[d];
        DDDots.columns(x, n, d, zh, zl, null, null, th, tl, tm);
        for (int j = 0; j < d; j++) {
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < n; i++)
                exact =
                        exact.add(
                                new BigDecimal(x[i * d + j])
                                        .multiply(new BigDecimal(zh[i]).add(new BigDecimal(zl[i]))),
                                mc);
            BigDecimal got = new BigDecimal(th[j]).add(new BigDecimal(tl[j]));
            assertThat(got.subtract(exact, mc).abs().doubleValue())
                    .isLessThanOrEqualTo(DDDots.bound(tm[j], n));
        }
    }
}
