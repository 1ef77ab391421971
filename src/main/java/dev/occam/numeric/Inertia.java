package dev.occam.numeric;

import org.hipparchus.fraction.BigFraction;

import java.math.BigInteger;

/**
 * Exact eigenvalue counts and brackets of a rational symmetric matrix, without eigenvalues: by
 * Sylvester's law of inertia, the pivots of A - mu I = L D L^T (elimination without exchanges) have
 * as many negative signs as A has eigenvalues below mu. Bisection on mu then brackets any
 * eigenvalue to any width in rationals. A zero pivot (a leading minor of A - mu I vanishes) leaves
 * the count undecided at that mu, and the bisection moves mu instead.
 */
public final class Inertia {
    /** Bisections at most: 2^-400 of the starting interval is below any width asked for. */
    private static final int MAX_BISECTIONS = 400;

    private Inertia() {}

    /**
     * #{eigenvalues of a below mu}, exactly; -1 when a zero pivot leaves it undecided at this mu.
     */
    public static int below(BigFraction[][] a, BigFraction mu) {
        int n = a.length;
        BigFraction[][] m = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) m[i][j] = i == j ? a[i][j].subtract(mu) : a[i][j];
        }
        int negative = 0;
        for (int k = 0; k < n; k++) {
            BigFraction pivot = m[k][k];
            if (pivot.signum() == 0) return -1;
            if (pivot.signum() < 0) negative++;
            for (int i = k + 1; i < n; i++) {
                if (m[i][k].signum() == 0) continue;
                BigFraction f = m[i][k].divide(pivot);
                for (int j = k + 1; j < n; j++) m[i][j] = m[i][j].subtract(f.multiply(m[k][j]));
            }
        }
        return negative;
    }

    /**
     * [lo, hi] with lo <= lambda_k < hi for the k-th smallest eigenvalue (k from 0) of the
     * symmetric rational a, and hi - lo <= 10^-digits max(1, |lo|): bisection on exact counts from
     * the Gershgorin interval.
     */
    public static BigFraction[] bracket(BigFraction[][] a, int k, int digits) {
        if (!RationalLinearAlgebra.isSymmetric(a))
            throw new IllegalArgumentException("the matrix must be symmetric");
        BigFraction lo = null;
        BigFraction hi = null;
        for (int i = 0; i < a.length; i++) {
            BigFraction radius = BigFraction.ZERO;
            for (int j = 0; j < a.length; j++) if (j != i) radius = radius.add(a[i][j].abs());
            BigFraction left = a[i][i].subtract(radius), right = a[i][i].add(radius);
            if (lo == null || left.compareTo(lo) < 0) lo = left;
            if (hi == null || right.compareTo(hi) > 0) hi = right;
        }
        hi = hi.add(BigFraction.ONE); // every eigenvalue lies below hi, and lo is at most the
        // smallest
        BigFraction scale = new BigFraction(BigInteger.TEN.pow(digits));
        for (int step = 0; step < MAX_BISECTIONS; step++) {
            BigFraction magnitude =
                    lo.abs().compareTo(BigFraction.ONE) > 0 ? lo.abs() : BigFraction.ONE;
            if (hi.subtract(lo).multiply(scale).compareTo(magnitude) <= 0) break;
            BigFraction mid = lo.add(hi).divide(2);
            int count = below(a, mid);
            // a zero pivot: try points nearby in the interval's middle third until the count is
            // decided
            for (int nudge = 3; count < 0; nudge++) {
                mid = lo.add(hi.subtract(lo).multiply(new BigFraction(nudge, 2 * nudge + 1)));
                count = below(a, mid);
            }
            if (count > k) hi = mid; // lambda_k < mid
            else lo = mid; // at most k eigenvalues below mid: lambda_k >= mid
        }
        return new BigFraction[] {lo, hi};
    }
}
