package dev.occam.certify;

import dev.occam.numeric.Inertia;
import dev.occam.numeric.Interval;
import dev.occam.problem.Curvature;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

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

    /** lambda_max over every symmetric matrix in the entrywise enclosure h (k x k). */
    public static Bound of(Interval[][] h) {
        int k = h.length;
        BigFraction[][] m = new BigFraction[k][k];
        double[][] md = new double[k][k];
        double radius2 = 0; // ||R||_F^2, rounded up
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                // both (i, j) and (j, i) contain the exact symmetric entry: intersect them
                double lo = Math.max(h[i][j].lo(), h[j][i].lo());
                double hi = Math.min(h[i][j].hi(), h[j][i].hi());
                if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi))
                    return new Bound(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
                BigFraction mid = new BigFraction(lo).add(new BigFraction(hi)).divide(2);
                m[i][j] = mid;
                m[j][i] = mid;
                md[i][j] = md[j][i] = mid.doubleValue();
                // (hi - lo)/2 rounded up bounds |H_ij - M_ij|
                double r = Math.nextUp((hi - lo) / 2);
                double r2 = Math.nextUp(r * r);
                radius2 = Math.nextUp(radius2 + (i == j ? r2 : Math.nextUp(2 * r2)));
            }
        }
        double radius = Math.nextUp(Math.sqrt(radius2));
        BigFraction[] top = topBracket(m, md);
        return new Bound(
                Math.nextDown(Math.nextDown(top[0].doubleValue()) - radius),
                Math.nextUp(Math.nextUp(top[1].doubleValue()) + radius),
                true);
    }

    /**
     * [lo, hi] with lo <= lambda_max(m) <= hi in rationals: around the double estimate, widened
     * until exact counts confirm it; bisection from Gershgorin when the estimate is far off.
     */
    static BigFraction[] topBracket(BigFraction[][] m, double[][] md) {
        int k = m.length;
        double estimate = topEstimate(md);
        double scale = 0;
        for (double[] row : md) for (double v : row) scale = Math.max(scale, Math.abs(v));
        if (scale == 0) return new BigFraction[] {BigFraction.ZERO, BigFraction.ZERO};
        double delta = 1e-13 * Math.max(scale, Math.abs(estimate));
        for (int attempt = 0; attempt < 6 && Double.isFinite(estimate); attempt++, delta *= 64) {
            BigFraction lo = new BigFraction(estimate - delta);
            BigFraction hi = new BigFraction(estimate + delta);
            // lambda_max < hi iff all k eigenvalues lie below hi; lambda_max >= lo iff fewer do
            // below lo
            int belowHi = Inertia.below(m, hi);
            if (belowHi != k) continue;
            int belowLo = Inertia.below(m, lo);
            if (belowLo >= 0 && belowLo < k) return new BigFraction[] {lo, hi};
        }
        return Inertia.bracket(m, k - 1, 14);
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
     */
    static Bound lanczos(Curvature curvature, double[] w) {
        int k = curvature.dimension();
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
            curvature.times(w, q[m], hv);
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
        curvature.times(w, y, hv);
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
}
