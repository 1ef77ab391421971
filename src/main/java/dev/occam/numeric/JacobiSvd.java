package dev.occam.numeric;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Singular values and vectors of a real matrix in any precision tier, by one-sided Jacobi
 * (Hestenes): plane rotations applied to pairs of columns until every pair is orthogonal to the
 * tier's precision. Hipparchus decomposes only doubles; Jacobi is also accurate for small singular
 * values in relative terms (Demmel and Veselic), which factorization runs need (sigma_2 of a
 * near-rank-one product decides effective rank and the nuclear norm to many digits).
 *
 * <p>A = U diag(sigma) V^T with sigma sorted decreasingly; columns of U for sigma = 0 are zero.
 */
public final class JacobiSvd {
    /** Sweeps at most: convergence is quadratic, so more means the input is not finite. */
    private static final int MAX_SWEEPS = 60;

    private final Scalar[] sigma;
    private final Vec[] u;
    private final Vec[] v;
    private final int sweeps;

    private JacobiSvd(Scalar[] sigma, Vec[] u, Vec[] v, int sweeps) {
        this.sigma = sigma;
        this.u = u;
        this.v = v;
        this.sweeps = sweeps;
    }

    /**
     * Decomposes the rows x cols matrix given by its entries (exact values, bound to {@code tier}).
     *
     * @throws ArithmeticException when the sweeps do not converge (a non-finite entry)
     */
    public static JacobiSvd of(Value[][] a, Tier tier) {
        int m = a.length;
        int n = a[0].length;
        Vec[] columns = new Vec[n];
        for (int j = 0; j < n; j++) {
            Value[] column = new Value[m];
            for (int i = 0; i < m; i++) column[i] = a[i][j];
            columns[j] = tier.of(column);
        }
        return decompose(columns, tier);
    }

    /** Decomposes the m x n matrix W stored row by row in w = vec(W), in w's tier. */
    public static JacobiSvd ofRows(Vec w, int m, int n) {
        Tier tier = w.tier();
        Vec[] columns = new Vec[n];
        for (int j = 0; j < n; j++) {
            columns[j] = tier.zeros(m);
            for (int i = 0; i < m; i++) columns[j].set(i, w.element(i * n + j));
        }
        return decompose(columns, tier);
    }

    private static JacobiSvd decompose(Vec[] columns, Tier tier) {
        int n = columns.length;
        Vec[] right = new Vec[n];
        for (int j = 0; j < n; j++) {
            right[j] = tier.zeros(n);
            right[j].set(j, tier.scalar(1));
        }
        int sweeps = orthogonalize(columns, right, tier);
        Scalar[] sigma = new Scalar[n];
        for (int j = 0; j < n; j++) sigma[j] = columns[j].dot(columns[j]).sqrt();
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) order[j] = j;
        Arrays.sort(order, Comparator.comparing((Integer j) -> sigma[j].decimal()).reversed());
        Scalar[] s = new Scalar[n];
        Vec[] u = new Vec[n];
        Vec[] v = new Vec[n];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            s[k] = sigma[j];
            u[k] = columns[j].copy();
            if (sigma[j].signum() > 0) u[k].scale(tier.scalar(1).divide(sigma[j]));
            else u[k].setZero();
            v[k] = right[j];
        }
        return new JacobiSvd(s, u, v, sweeps);
    }

    /**
     * Rotates pairs of columns until each pair's cosine is below the tier's epsilon; returns the
     * sweeps used. A column whose squared norm is below tolerance^2 ||A||_F^2 is numerically zero
     * and is not rotated: in a rank-deficient matrix such a column is rounding noise, each rotation
     * against a large column adds noise of that same size to it (eps ||a_p||), and their cosine
     * never settles.
     */
    private static int orthogonalize(Vec[] a, Vec[] v, Tier tier) {
        Scalar one = tier.scalar(1);
        double tolerance = tier.epsilon() * a[0].size();
        double tolerance2 = tolerance * tolerance;
        // ||A||_F^2 is invariant under the rotations
        Scalar negligible = tier.scalar(0);
        for (Vec column : a) negligible = negligible.add(column.dot(column));
        negligible = negligible.multiply(tolerance2);
        for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < a.length - 1; p++) {
                for (int q = p + 1; q < a.length; q++) {
                    Scalar alpha = a[p].dot(a[p]);
                    Scalar beta = a[q].dot(a[q]);
                    Scalar gamma = a[p].dot(a[q]);
                    if (gamma.signum() == 0
                            || alpha.subtract(negligible).signum() <= 0
                            || beta.subtract(negligible).signum() <= 0) continue;
                    // gamma^2 <= tol^2 alpha beta: orthogonal to working precision (in the tier, so
                    // Dfp columns far below double's range are compared correctly)
                    if (gamma.multiply(gamma)
                                    .subtract(alpha.multiply(beta).multiply(tolerance2))
                                    .signum()
                            <= 0) continue;
                    rotated = true;
                    Scalar zeta = beta.subtract(alpha).divide(gamma.multiply(2));
                    Scalar root = one.add(zeta.multiply(zeta)).sqrt();
                    Scalar t =
                            zeta.signum() >= 0
                                    ? one.divide(zeta.add(root))
                                    : one.divide(zeta.subtract(root));
                    Scalar c = one.divide(one.add(t.multiply(t)).sqrt());
                    Scalar s = c.multiply(t);
                    rotate(a[p], a[q], c, s);
                    rotate(v[p], v[q], c, s);
                }
            }
            if (!rotated) return sweep;
        }
        throw new ArithmeticException(
                "one-sided Jacobi did not converge in "
                        + MAX_SWEEPS
                        + " sweeps (non-finite entries?)");
    }

    /** (x, y) <- (c x - s y, s x + c y). */
    private static void rotate(Vec x, Vec y, Scalar c, Scalar s) {
        Vec oldX = x.copy();
        x.scale(c);
        x.axpy(s.negate(), y);
        y.scale(c);
        y.axpy(s, oldX);
    }

    /** The singular values, decreasing (as many as columns; trailing ones may be 0). */
    public Scalar[] singularValues() {
        return sigma.clone();
    }

    /** The k-th left singular vector (0-based), zero when sigma_k = 0. */
    public Vec left(int k) {
        return u[k].copy();
    }

    /** The k-th right singular vector (0-based). */
    public Vec right(int k) {
        return v[k].copy();
    }

    /** Sweeps until convergence: a handful for any matrix (quadratic convergence). */
    public int sweeps() {
        return sweeps;
    }

    /** The sum of the singular values. */
    public Scalar nuclearNorm() {
        Scalar sum = sigma[0].tier().scalar(0);
        for (Scalar s : sigma) sum = sum.add(s);
        return sum;
    }
}
