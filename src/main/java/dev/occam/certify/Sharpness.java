package dev.occam.certify;

import dev.occam.numeric.Interval;
import dev.occam.problem.Curvature;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.math.BigInteger;

/**
 * lambda_max of a loss Hessian at a point, as an interval that contains it.
 *
 * <p>Up to {@link #EXACT_LIMIT} parameters: the Hessian's entrywise enclosure [M - R, M + R] with M
 * exactly rational (midpoints of doubles) and R >= 0; lambda_max(M) is bracketed in rationals by
 * exact inertia counts (Sylvester: #{lambda < mu} = negative pivots of M - mu I), starting from a
 * double eigenvalue estimate so that two or three counts suffice; every symmetric H in the
 * enclosure has |lambda_max(H) - lambda_max(M)| <= ||H - M||_2 <= ||R||_F (Weyl). Both ends are
 * certified.
 *
 * <p>Above it (an exact count costs O(k^3) rational operations): Lanczos on {@link Curvature#times}
 * with full reorthogonalization gives a Ritz vector y; y^T H y / y^T y <= lambda_max(H) for every
 * y, and evaluated in interval arithmetic over the enclosure it is a certified lower end. The upper
 * end theta + ||r|| bounds lambda_max only if theta approximates the top eigenvalue, which Lanczos
 * does not prove: that end is an estimate.
 */
public final class Sharpness {
    /** Largest parameter count decided by exact inertia: 200^3/3 rational operations per count. */
    public static final int EXACT_LIMIT = 200;

    /** Lanczos steps at most (the top Ritz value converges first). */
    private static final int LANCZOS_STEPS = 80;

    private Sharpness() {}

    /**
     * [lo, hi] containing lambda_max; {@code upperCertified} false when hi is Lanczos's estimate.
     */
    public record Bound(double lo, double hi, boolean upperCertified) {
        public double mid() {
            return lo + (hi - lo) / 2;
        }

        /** Whether the whole interval lies strictly above x (certified). */
        public boolean above(double x) {
            return lo > x;
        }

        /** Whether the whole interval lies strictly below x; false when hi is an estimate. */
        public boolean below(double x) {
            return upperCertified && hi < x;
        }
    }

    /** lambda_max of the Hessian of the loss at the exact double point w. */
    public static Bound at(Curvature curvature, double[] w) {
        return curvature.dimension() <= EXACT_LIMIT
                ? of(curvature.enclose(w))
                : lanczos(curvature, w);
    }

    /**
     * lambda_max over every symmetric matrix in the entrywise enclosure h (k x k): first by
     * congruence ({@link #congruent}), which costs O(k^3) interval operations; when near-equal
     * eigenvalues defeat it, by exact integer inertia on the midpoint matrix ({@link #exact}).
     */
    public static Bound of(Interval[][] h) {
        int k = h.length;
        double[][] mid = new double[k][k];
        double scale = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Interval e = h[i][j];
                if (!Double.isFinite(e.lo()) || !Double.isFinite(e.hi()))
                    return new Bound(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
                mid[i][j] = e.lo() / 2 + e.hi() / 2;
                scale = Math.max(scale, Math.max(Math.abs(e.lo()), Math.abs(e.hi())));
            }
        }
        if (scale == 0) return new Bound(0, 0, true);
        for (int i = 0; i < k; i++)
            for (int j = 0; j < i; j++) mid[i][j] = mid[j][i] = (mid[i][j] + mid[j][i]) / 2;
        Bound b = congruent(h, mid, scale);
        return b != null ? b : exact(h);
    }

    /**
     * With V the double eigenvectors of the midpoint matrix, D = V^T (H - mu I) V is congruent to H
     * - mu I for every H in the enclosure whenever V is nonsingular; evaluated in interval
     * arithmetic it is nearly diagonal, and when it is strictly diagonally dominant for every
     * matrix in its enclosure (which also proves V nonsingular), Sylvester's law of inertia gives
     * #{lambda(H) < mu} as its number of negative diagonal entries. Two such counts around the
     * estimate bracket lambda_max; null when dominance fails at every width tried.
     */
    static Bound congruent(Interval[][] h, double[][] mid, double scale) {
        int k = h.length;
        EigenDecompositionSymmetric eig;
        try {
            eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(mid, false));
        } catch (RuntimeException notConverged) {
            return null;
        }
        double[] values = eig.getEigenvalues();
        double[][] v = new double[k][k]; // columns: eigenvectors
        for (int j = 0; j < k; j++) {
            double[] col = eig.getEigenvector(j).toArray();
            for (int i = 0; i < k; i++) v[i][j] = col[i];
        }
        double top = Double.NEGATIVE_INFINITY;
        for (double x : values) top = Math.max(top, x);
        double width = 0;
        for (Interval[] row : h) for (Interval e : row) width = Math.max(width, e.hi() - e.lo());
        double delta = Math.max(1e-14 * k * scale, 2 * k * width);
        for (int attempt = 0; attempt < 4; attempt++, delta *= 16) {
            double lo = top - delta, hi = top + delta;
            if (congruentCount(h, v, hi) != k) continue;
            int c = congruentCount(h, v, lo);
            if (c >= 0 && c < k) return new Bound(lo, hi, true);
        }
        return null;
    }

    /**
     * #{lambda < mu} for every H in h by the congruence V^T (H - mu I) V, or -1 if undecided. The
     * products are midpoint-radius interval products in double: each computed dot product of length
     * n is within gamma_n |x|^T |y| of the exact one (gamma_n = n u / (1 - n u), Higham, Accuracy
     * and Stability of Numerical Algorithms, Thm 3.1), bounded here by 2 (k + 2) u |x|^T |y| plus
     * an underflow allowance, and every radius computed in floating point is inflated by a relative
     * 2^-40 to cover its own rounding.
     */
    static int congruentCount(Interval[][] h, double[][] v, double mu) {
        int k = h.length;
        double gamma = 2 * (k + 2) * 0x1p-53, tiny = k * 0x1p-1000, inflate = 1 + 0x1p-40;
        double[][] am = new double[k][k], ar = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double lo = h[i][j].lo(), hi = h[i][j].hi();
                double m = lo / 2 + hi / 2;
                double r = Math.max(Math.nextUp(m - lo), Math.nextUp(hi - m));
                if (i == j) {
                    double shifted = m - mu; // off by at most u |m - mu|
                    r = Math.nextUp(r + Math.ulp(shifted));
                    m = shifted;
                }
                am[i][j] = m;
                ar[i][j] = Math.max(r, 0);
            }
        }
        // T = A V: midpoint and radius
        double[][] tm = new double[k][k], tr = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0, abs = 0, rad = 0;
                for (int l = 0; l < k; l++) {
                    double vj = v[l][j];
                    s += am[i][l] * vj;
                    abs += Math.abs(am[i][l] * vj);
                    rad += ar[i][l] * Math.abs(vj);
                }
                tm[i][j] = s;
                tr[i][j] = (gamma * abs + rad + tiny) * inflate;
            }
        }
        int negative = 0;
        double[] dm = new double[k], dr = new double[k];
        for (int i = 0; i < k; i++) {
            // row i of D = V^T T
            for (int j = 0; j < k; j++) {
                double s = 0, abs = 0, rad = 0;
                for (int l = 0; l < k; l++) {
                    double vi = v[l][i];
                    s += vi * tm[l][j];
                    abs += Math.abs(vi * tm[l][j]);
                    rad += Math.abs(vi) * tr[l][j];
                }
                dm[j] = s;
                dr[j] = (gamma * abs + rad + tiny) * inflate;
            }
            double off = 0;
            for (int j = 0; j < k; j++) if (j != i) off += Math.abs(dm[j]) + dr[j];
            off *= inflate;
            if (dm[i] - dr[i] > off * inflate) continue; // positive and dominant
            if (dm[i] + dr[i] < -off * inflate) negative++;
            else return -1;
        }
        return negative;
    }

    /**
     * lambda_max over the enclosure by exact inertia. M is the matrix of midpoints rounded to a
     * grid g = 2^e about 2^-50 of the largest entry (so M / g is an integer matrix of 52-bit
     * entries, and exact counts run on integers); the rounding to the grid joins the radius R, and
     * the bracket of lambda_max(M) is widened by ||R||_F (Weyl).
     */
    static Bound exact(Interval[][] h) {
        int k = h.length;
        double[][] mid = new double[k][k];
        double scale = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                // both (i, j) and (j, i) contain the exact symmetric entry: intersect them
                double lo = Math.max(h[i][j].lo(), h[j][i].lo());
                double hi = Math.min(h[i][j].hi(), h[j][i].hi());
                if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi))
                    return new Bound(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
                mid[i][j] = mid[j][i] = lo / 2 + hi / 2;
                scale = Math.max(scale, Math.max(Math.abs(lo), Math.abs(hi)));
            }
        }
        if (scale == 0) return new Bound(0, 0, true);
        double grid = Math.scalb(1.0, Math.getExponent(scale) - 50);
        long[][] m = new long[k][k];
        double radius2 = 0; // ||R||_F^2, rounded up
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double lo = Math.max(h[i][j].lo(), h[j][i].lo());
                double hi = Math.min(h[i][j].hi(), h[j][i].hi());
                m[i][j] = m[j][i] = Math.round(mid[i][j] / grid); // exact: a power-of-2 scaling
                double center = m[i][j] * grid; // exact: |m| < 2^52
                // max(center - lo, hi - center), each difference rounded up
                double r = Math.max(Math.nextUp(center - lo), Math.nextUp(hi - center));
                r = Math.max(r, 0);
                double r2 = Math.nextUp(r * r);
                radius2 = Math.nextUp(radius2 + (i == j ? r2 : Math.nextUp(2 * r2)));
            }
        }
        double rF = Math.nextUp(Math.sqrt(radius2));
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) mid[i][j] = m[i][j] * grid;
        long[] top = topBracket(m, mid, grid);
        return new Bound(Math.nextDown(top[0] * grid - rF), Math.nextUp(top[1] * grid + rF), true);
    }

    /**
     * {lo, hi} (in grid units) with lo <= lambda_max(m) <= hi: around the double estimate, widened
     * until exact integer counts confirm it; bisection on counts when the estimate is far off.
     */
    static long[] topBracket(long[][] m, double[][] md, double grid) {
        int k = m.length;
        double estimate = topEstimate(md) / grid;
        double bound = 0; // Gershgorin, in grid units
        for (long[] row : m) {
            double s = 0;
            for (long v : row) s += Math.abs((double) v);
            bound = Math.max(bound, s);
        }
        bound = Math.ceil(bound * (1 + 1e-9)) + 1;
        double delta = Math.max(8, 1e-14 * Math.abs(estimate));
        for (int attempt = 0; attempt < 6 && Double.isFinite(estimate); attempt++, delta *= 64) {
            long lo = (long) Math.floor(estimate - delta);
            long hi = (long) Math.ceil(estimate + delta);
            // lambda_max < hi iff all k eigenvalues lie below hi; lambda_max >= lo iff fewer
            // than k do below lo
            if (below(m, hi) != k) continue;
            int belowLo = below(m, lo);
            if (belowLo >= 0 && belowLo < k) return new long[] {lo, hi};
        }
        // bisection on exact counts over the Gershgorin interval
        long lo = (long) -bound, hi = (long) bound;
        // invariant: lambda_max in [lo, hi) (counts at both ends are defined by Gershgorin)
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            int c = below(m, mid);
            // a vanishing leading minor says nothing about the count: step to a point where none
            // vanishes (each minor is a nonzero polynomial in mu, so few integers are excluded)
            for (long step = 1; c < 0 && step < hi - lo; step++) {
                long p = mid + (step % 2 == 1 ? (step + 1) / 2 : -(step / 2));
                if (p <= lo || p >= hi) continue;
                c = below(m, p);
                if (c >= 0) mid = p;
            }
            if (c < 0) break; // every point inside is excluded: [lo, hi) still holds
            if (c == k) hi = mid;
            else lo = mid;
        }
        return new long[] {lo, hi};
    }

    /**
     * #{eigenvalues of m below mu} for the integer symmetric m, exactly, -1 when a leading minor of
     * m - mu I vanishes: by Sylvester's law of inertia the pivots of LDL^T, i.e. the ratios of
     * successive leading minors, have that many negative signs; the minors come from Bareiss's
     * fraction-free elimination (exact integer divisions, entries of O(k) times the input's bits).
     */
    static int below(long[][] m, long mu) {
        int n = m.length;
        BigInteger[][] a = new BigInteger[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i][j] = BigInteger.valueOf(m[i][j]).subtract(BigInteger.valueOf(i == j ? mu : 0));
        BigInteger previous = BigInteger.ONE;
        int negative = 0;
        for (int p = 0; p < n; p++) {
            BigInteger pivot = a[p][p];
            if (pivot.signum() == 0) return -1;
            if (pivot.signum() != previous.signum()) negative++;
            for (int i = p + 1; i < n; i++) {
                for (int j = p + 1; j < n; j++) {
                    a[i][j] =
                            a[i][j].multiply(pivot)
                                    .subtract(a[i][p].multiply(a[p][j]))
                                    .divide(previous);
                }
            }
            previous = pivot;
        }
        return negative;
    }

    private static double topEstimate(double[][] md) {
        try {
            double[] values =
                    new EigenDecompositionSymmetric(new Array2DRowRealMatrix(md, false))
                            .getEigenvalues();
            double top = Double.NEGATIVE_INFINITY;
            for (double v : values) top = Math.max(top, v);
            return top;
        } catch (RuntimeException notConverged) {
            return Double.NaN;
        }
    }

    /**
     * Lanczos with full reorthogonalization; the Rayleigh quotient of its Ritz vector, enclosed.
     * The Hessian is formed once (the enclosure forms it anyway) and multiplied by each Lanczos
     * vector.
     */
    static Bound lanczos(Curvature curvature, double[] w) {
        int k = curvature.dimension();
        double[][] h = new double[k][k];
        curvature.hessian(w, h);
        int steps = Math.min(k, LANCZOS_STEPS);
        double[][] q = new double[steps + 1][];
        double[] alpha = new double[steps], beta = new double[steps];
        double[] v = new double[k];
        // a fixed start with every coordinate excited (deterministic runs)
        for (int i = 0; i < k; i++) v[i] = 1 + (i % 7) * 0.1;
        normalize(v);
        q[0] = v;
        int m = 0;
        double[] hv = new double[k];
        for (; m < steps; m++) {
            multiply(h, q[m], hv);
            alpha[m] = dot(q[m], hv);
            for (int r = 0; r < 2; r++) // twice is enough (Parlett's "twice is enough")
            for (int j = 0; j <= m; j++) axpy(-dot(q[j], hv), q[j], hv);
            beta[m] = Math.sqrt(dot(hv, hv));
            if (beta[m] <= 1e-14 * Math.abs(alpha[m]) || m == steps - 1) {
                m++;
                break;
            }
            q[m + 1] = hv.clone();
            for (int i = 0; i < k; i++) q[m + 1][i] /= beta[m];
        }
        // the top Ritz pair of the tridiagonal T (m x m)
        double[][] t = new double[m][m];
        for (int i = 0; i < m; i++) {
            t[i][i] = alpha[i];
            if (i + 1 < m) t[i][i + 1] = t[i + 1][i] = beta[i];
        }
        var eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(t, false));
        double[] values = eig.getEigenvalues();
        int top = 0;
        for (int i = 1; i < m; i++) if (values[i] > values[top]) top = i;
        double theta = values[top];
        double[] s = eig.getEigenvector(top).toArray();
        double[] y = new double[k];
        for (int j = 0; j < m; j++) axpy(s[j], q[j], y);
        // residual ||H y - theta y|| / ||y||: the estimate of the upper end
        multiply(h, y, hv);
        axpy(-theta, y, hv);
        double residual = Math.sqrt(dot(hv, hv) / dot(y, y));
        double lower = rayleighLower(curvature.enclose(w), y);
        return new Bound(lower, Math.max(lower, theta + residual), false);
    }

    /** A certified lower end of y^T H y / y^T y over the enclosure h. */
    static double rayleighLower(Interval[][] h, double[] y) {
        int k = y.length;
        Interval num = Interval.point(0);
        for (int i = 0; i < k; i++) {
            Interval row = Interval.point(0);
            for (int j = 0; j < k; j++) row = row.add(h[i][j].multiply(Interval.point(y[j])));
            num = num.add(row.multiply(Interval.point(y[i])));
        }
        Interval den = Interval.point(0);
        for (double yi : y) den = den.add(Interval.point(yi).pow(2));
        Interval q = num.divide(den);
        return q.lo();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }

    private static void normalize(double[] v) {
        double n = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) v[i] /= n;
    }

    private static void multiply(double[][] h, double[] v, double[] out) {
        for (int i = 0; i < h.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) sum += h[i][j] * v[j];
            out[i] = sum;
        }
    }
}
