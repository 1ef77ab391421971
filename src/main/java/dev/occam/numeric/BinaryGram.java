package dev.occam.numeric;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * K = X X^T for a matrix X of doubles (data read from a binary file) too large for exact
 * arithmetic: G = fl(K) in double, a Cholesky factor of G, proved bounds on the extreme eigenvalues
 * of K, and solves K z = r refined to double-double accuracy on products with X itself ({@link
 * DDDots}), never with G.
 *
 * <p>Proofs (u = 2^-53). Each entry of G is a double dot product of d terms: |G - K| <= gamma_d
 * |X||X|^T entrywise, gamma_d = d u / (1 - d u), so ||G - K||_2 <= gamma_d ||X||_F^2 =: e_G. For a
 * shift mu and the double Cholesky factor L of A = sign (G - mu I) (sign = +1 for a lower bound, -1
 * for an upper), A = L L^T + R with R computed in double; its computed R^ differs from R by at most
 * 3u (|G_ij| + mu + |R^_ij|) + gamma_n (|L||L|^T)_ij per entry, so ||R||_2 <= ||R||_F <= ||R^||_F +
 * 3u (||G||_F + mu sqrt(n) + ||R^||_F) + gamma_n ||L||_F^2 =: e_R. Then sign (K - mu I) = L L^T + R
 * + sign (K - G) >= -(e_R + e_G) I, that is lambda_min(K) >= mu - e_R - e_G (sign +1) or
 * lambda_max(K) <= mu + e_R + e_G (sign -1). Every norm is accumulated in double and rounded up by
 * a relative margin that covers its own rounding.
 */
public final class BinaryGram {
    private static final double U = 0x1p-53;

    /** Relative margins tried below the smallest (above the largest) eigenvalue estimate. */
    private static final double[] MARGINS = {1e-6, 1e-3, 0.05, 0.5};

    private static final int REFINEMENTS = 6;

    private final int n;
    private final int d;
    private final double[] x;
    private final double[] g;
    private final double gramError;
    private final double[] chol;
    private final double[] estimate;
    private final double lower;
    private final double upper;
    private final String proof;

    private BinaryGram(int n, int d, double[] x) {
        this.n = n;
        this.d = d;
        this.x = x;
        this.g = gram(x, n, d);
        double frob2 = 0;
        for (double v : x) frob2 += v * v;
        frob2 = up(frob2, n * (long) d);
        double gamma = d * U / (1 - d * U);
        this.gramError = Math.nextUp(gamma * frob2 * (1 + 4 * U) + n * (double) d * 0x1p-1000);
        this.chol = cholesky(g, n, 0, 1);
        double[] estimate = estimateSpectrum();
        this.estimate = estimate;
        double lo = 0, hi = Double.POSITIVE_INFINITY;
        if (estimate[0] > 0) {
            for (double m : MARGINS) {
                double mu = estimate[0] * (1 - m);
                double err = remainder(mu, 1);
                if (Double.isFinite(err) && mu - err - gramError > 0) {
                    lo = Math.nextDown(mu - Math.nextUp(err + gramError));
                    break;
                }
            }
        }
        for (double m : MARGINS) {
            double mu = estimate[1] * (1 + m);
            double err = remainder(mu, -1);
            if (Double.isFinite(err)) {
                hi = Math.nextUp(mu + Math.nextUp(err + gramError));
                break;
            }
        }
        this.lower = lo;
        this.upper = hi;
        this.proof =
                String.format(
                        Locale.ROOT,
                        "%.3e <= eigenvalues of X X^T <= %.3e (double Cholesky of +-(G - mu I), G = fl(X X^T), with proved bounds on the factorization remainder and on ||G - X X^T|| <= %.1e)",
                        lo,
                        hi,
                        gramError);
    }

    /**
     * Above this many entries exact rational arithmetic on X X^T is not attempted for binary data
     * (a 100 x 1000 Gaussian X took minutes exactly, well under a second here).
     */
    public static final int LARGE = 10_000;

    /** Made once per matrix: the run's facts and the prediction read the same X. */
    private static final Map<Value[][], BinaryGram> MADE =
            Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The Gram data of X when it has more than {@link #LARGE} entries, every one exactly a double
     * ({@link Value#isBinary()} or zero); else null (exact arithmetic then decides).
     */
    public static BinaryGram large(Value[][] rows) {
        if (!isLarge(rows)) return null;
        BinaryGram made = MADE.get(rows);
        if (made != null) return made;
        double[] x = binary(rows);
        if (x == null) return null;
        made = new BinaryGram(rows.length, rows[0].length, x);
        MADE.put(rows, made);
        return made;
    }

    /**
     * Whether X has more than {@link #LARGE} entries, all exactly doubles: then exact arithmetic on
     * it is not attempted (its Gram matrix alone has sums of thousands of 2^1000-denominator
     * fractions).
     */
    public static boolean isLarge(Value[][] rows) {
        if (rows.length == 0 || rows.length * (long) rows[0].length <= LARGE) return false;
        for (Value[] row : rows) if (!binary(row)) return false;
        return true;
    }

    /** X row-major when every entry is exactly a double, else null. */
    public static double[] binary(Value[][] rows) {
        int n = rows.length, d = n == 0 ? 0 : rows[0].length;
        if (n == 0 || d == 0) return null;
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                Value v = rows[i][j];
                if (v.isBinary()) x[i * d + j] = v.binary();
                else if (v.isRational() && v.rational().signum() == 0) x[i * d + j] = 0;
                else return null;
            }
        }
        return x;
    }

    /** Whether every entry of the vector is exactly a double. */
    public static boolean binary(Value[] v) {
        for (Value e : v)
            if (!e.isBinary() && !(e.isRational() && e.rational().signum() == 0)) return false;
        return true;
    }

    public int rows() {
        return n;
    }

    public int columns() {
        return d;
    }

    /** X row-major, as read; not to be modified. */
    public double[] data() {
        return x;
    }

    /** A proved lower bound on lambda_min(X X^T), 0 when none positive was proved. */
    public double lower() {
        return lower;
    }

    /** A proved upper bound on lambda_max(X X^T), infinite when none was proved. */
    public double upper() {
        return upper;
    }

    /**
     * Estimates {lambda_min, lambda_max} of X X^T by inverse and direct power iteration on G: not
     * bounds (lambda_min's may be high, lambda_max's low); for predicted rates.
     */
    public double[] estimates() {
        return estimate.clone();
    }

    /** How {@link #lower()} and {@link #upper()} were proved, in words. */
    public String proof() {
        return proof;
    }

    /**
     * z with K z ~ r, as double-double (hi, lo): a double Cholesky solve refined on residuals r - X
     * (X^T z) accumulated in double-double; null when G is not positive definite. The caller
     * certifies whatever it uses z for; this only makes z good.
     */
    public double[][] solve(double[] rh, double[] rl) {
        if (chol == null) return null;
        double[] zh = new double[n], zl = new double[n];
        double[] th = new double[d], tl = new double[d], tm = new double[d];
        double[] kh = new double[n], kl = new double[n], km = new double[n];
        double[] res = new double[n];
        for (int i = 0; i < n; i++) res[i] = rh[i] + rl[i];
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= REFINEMENTS; k++) {
            double[] c = choleskySolve(chol, n, res);
            for (int i = 0; i < n; i++) {
                double s = zh[i] + c[i];
                double e = Rounding.twoSumError(zh[i], c[i], s) + zl[i];
                zh[i] = s + e;
                zl[i] = e - (zh[i] - s);
            }
            DDDots.columns(x, n, d, zh, zl, null, null, th, tl, tm);
            DDDots.rows(x, n, d, th, tl, null, null, kh, kl, km);
            double norm = 0, scale = 0;
            for (int i = 0; i < n; i++) {
                double s = rh[i] - kh[i];
                double e = Rounding.twoSumError(rh[i], -kh[i], s) + (rl[i] - kl[i]);
                res[i] = s + e;
                norm += res[i] * res[i];
                scale += rh[i] * rh[i];
            }
            // stop at double-double's floor: a step that gains less than 4x in the norm
            if (!(norm < previous / 16) || norm <= 0x1p-210 * scale) break;
            previous = norm;
        }
        return new double[][] {zh, zl};
    }

    private double[] estimateSpectrum() {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1 / Math.sqrt(n));
        double max = 0;
        for (int k = 0; k < 60; k++) {
            double[] w = multiply(g, n, v);
            double norm = norm(w);
            if (norm == 0) break;
            if (Math.abs(norm - max) <= 1e-12 * norm) {
                max = norm;
                break;
            }
            max = norm;
            for (int i = 0; i < n; i++) v[i] = w[i] / norm;
        }
        double min = 0;
        if (chol != null) {
            for (int i = 0; i < n; i++) v[i] = ((i * 2654435761L) % 1000 + 1) / 1000.0;
            double inv = 0;
            for (int k = 0; k < 60; k++) {
                double norm0 = norm(v);
                for (int i = 0; i < n; i++) v[i] /= norm0;
                double[] w = choleskySolve(chol, n, v);
                double norm = norm(w);
                boolean settled = Math.abs(norm - inv) <= 1e-12 * norm;
                inv = norm;
                v = w;
                if (settled) break;
            }
            min = inv > 0 ? 1 / inv : 0;
        }
        return new double[] {min, max};
    }

    /** e_R of the class comment for A = sign (G - mu I), or +inf when its double Cholesky fails. */
    private double remainder(double mu, int sign) {
        double[] l = cholesky(g, n, mu, sign);
        if (l == null) return Double.POSITIVE_INFINITY;
        double r2 = 0, g2 = 0, l2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k <= j; k++) s += l[i * n + k] * l[j * n + k];
                double a = sign * (g[i * n + j] - (i == j ? mu : 0));
                double r = a - s;
                double w = i == j ? 1 : 2;
                r2 += w * r * r;
                g2 += w * g[i * n + j] * g[i * n + j];
            }
            for (int k = 0; k <= i; k++) l2 += l[i * n + k] * l[i * n + k];
        }
        long terms = n * (long) n;
        double rf = Math.sqrt(up(r2, terms)), gf = Math.sqrt(up(g2, terms)), lf = up(l2, terms);
        double gammaN = n * U / (1 - n * U);
        double e = rf + 3 * U * (gf + Math.abs(mu) * Math.sqrt(n) + rf) + gammaN * lf;
        return Math.nextUp(e * (1 + 8 * U) + terms * 0x1p-1000);
    }

    /** A sum of `terms` nonnegative doubles computed in double, rounded up past its own error. */
    private static double up(double sum, long terms) {
        return Math.nextUp(sum * (1 + 2.02 * (terms + 2) * U));
    }

    /** Columns per panel of {@link #gram}: 2 x 256 rows of 256 doubles stay in cache. */
    private static final int PANEL = 256;

    /**
     * fl(X X^T), full, row-major. Panels of PANEL columns are taken in order; within a panel, pairs
     * of rows are done on the kernel threads, each 2 x 2 block of entries summed in one pass over
     * the panel (four independent sums). Every entry is the same sequence of operations whatever
     * the number of threads.
     */
    private static double[] gram(double[] x, int n, int d) {
        double[] g = new double[n * n];
        int pairs = (n + 1) / 2;
        for (int k0 = 0; k0 < d; k0 += PANEL) {
            int from = k0, to = Math.min(d, k0 + PANEL);
            KernelThreads.forEach(pairs, p -> panel(x, n, d, g, 2 * p, from, to));
        }
        for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) g[j * n + i] = g[i * n + j];
        return g;
    }

    /** Adds columns [from, to) of rows i, i + 1 times rows j, j + 1 <= i + 1 into g (j <= i). */
    private static void panel(double[] x, int n, int d, double[] g, int i, int from, int to) {
        int a = i * d;
        boolean second = i + 1 < n;
        int b = second ? a + d : a;
        for (int j = 0; j <= i; j += 2) {
            int c = j * d;
            int e = j + 1 < n ? c + d : c; // row j + 1, or row j again when there is none
            double s00 = 0, s01 = 0, s10 = 0, s11 = 0;
            for (int k = from; k < to; k++) {
                double xa = x[a + k], xb = x[b + k], xc = x[c + k], xe = x[e + k];
                s00 += xa * xc;
                s01 += xa * xe;
                s10 += xb * xc;
                s11 += xb * xe;
            }
            g[i * n + j] += s00;
            if (j + 1 <= i) g[i * n + j + 1] += s01;
            if (second) {
                g[(i + 1) * n + j] += s10;
                g[(i + 1) * n + j + 1] += s11; // j + 1 <= i + 1 < n
            }
        }
    }

    /** Lower Cholesky factor of sign (G - mu I) in double, or null when not positive definite. */
    private static double[] cholesky(double[] g, int n, double mu, int sign) {
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double s = sign * (g[j * n + j] - mu);
            for (int k = 0; k < j; k++) s -= l[j * n + k] * l[j * n + k];
            if (!(s > 0)) return null;
            double ljj = Math.sqrt(s);
            l[j * n + j] = ljj;
            final int jj = j, first = j + 1, blocks = (n - first + 31) / 32;
            KernelThreads.forEach(
                    blocks,
                    b -> {
                        for (int i = first + 32 * b; i < Math.min(n, first + 32 * (b + 1)); i++) {
                            double t = sign * g[i * n + jj];
                            for (int k = 0; k < jj; k++) t -= l[i * n + k] * l[jj * n + k];
                            l[i * n + jj] = t / ljj;
                        }
                    });
        }
        return l;
    }

    private static double[] choleskySolve(double[] l, int n, double[] b) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= l[i * n + k] * y[k];
            y[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= l[k * n + i] * y[k];
            y[i] = s / l[i * n + i];
        }
        return y;
    }

    private static double[] multiply(double[] a, int n, double[] v) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += a[i * n + k] * v[k];
            w[i] = s;
        }
        return w;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double e : v) s += e * e;
        return Math.sqrt(s);
    }
}
