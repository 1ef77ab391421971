package dev.occam.prediction;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The first, double-precision stage of {@link NuclearNorm}: min ||W||_* subject to A(W) = y by ADMM
 * on the splitting W = Z (Hipparchus' SVD in double). Each iteration projects Z - Lambda / rho onto
 * {A(W) = y}, thresholds the singular values of W + Lambda / rho by 1 / rho (singular value
 * thresholding), and moves the multiplier Lambda by rho (W - Z); rho is rebalanced when the primal
 * and dual residuals drift apart (Boyd et al. 2011, section 3.4.1). Its only jobs are the rank of
 * the minimizer and a starting point for the polish: nothing it returns is trusted by the
 * certificate.
 *
 * <p>With {@code psd} it solves min trace(W) subject to A(W) = y and W positive semidefinite
 * ({@link NuclearNormPsd}) instead: the thresholding acts on the eigenvalues of the symmetrized W +
 * Lambda / rho and drops the negative ones, the proximal map of trace plus the cone's indicator.
 */
final class NuclearAdmm {
    private static final int MAX_ITERATIONS = 20_000;
    private static final double TOLERANCE = 1e-13;

    /** Singular values below this fraction of the largest count as zero when the rank is read. */
    static final double RANK_THRESHOLD = 1e-8;

    /**
     * @param w the last projected iterate, feasible to double rounding, m x n
     * @param singularValues of the thresholded iterate Z, decreasing
     * @param rank how many of them exceed {@link #RANK_THRESHOLD} times the largest
     * @param iterations ADMM iterations used
     * @param converged whether both residuals fell below the tolerance
     */
    record Result(
            double[][] w, double[] singularValues, int rank, int iterations, boolean converged) {}

    private NuclearAdmm() {}

    /**
     * @param a the p x (m n) measurement matrix, rows vec(A_i) row by row, with independent rows
     * @param y the p measurements
     */
    static Result solve(double[][] a, double[] y, int m, int n) {
        return solve(a, y, m, n, false);
    }

    /**
     * @param psd whether W is positive semidefinite and the objective its trace (m = n, symmetric
     *     measurements)
     */
    static Result solve(double[][] a, double[] y, int m, int n, boolean psd) {
        int p = a.length, d = m * n;
        RealMatrix am = new Array2DRowRealMatrix(a, false);
        DecompositionSolver gram = new LUDecomposition(am.multiplyTransposed(am)).getSolver();
        double scale = Math.max(norm(y), 1e-300);
        double rho = Math.sqrt(Math.min(m, n)) / scale;
        double[] z = new double[d], lambda = new double[d], w = new double[d];
        double[] sigma = new double[0];
        int it = 0;
        boolean converged = false;
        for (it = 1; it <= MAX_ITERATIONS; it++) {
            for (int k = 0; k < d; k++) w[k] = z[k] - lambda[k] / rho;
            project(am, gram, y, w, p);
            double[][] shifted = new double[m][n];
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) shifted[i][j] = w[i * n + j] + lambda[i * n + j] / rho;
            double[] s;
            RealMatrix u, v;
            if (psd) {
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < i; j++)
                        shifted[i][j] = shifted[j][i] = (shifted[i][j] + shifted[j][i]) / 2;
                EigenDecompositionSymmetric eig =
                        new EigenDecompositionSymmetric(new Array2DRowRealMatrix(shifted, false));
                s = eig.getEigenvalues().clone();
                u = v = eig.getV();
            } else {
                SingularValueDecomposition svd =
                        new SingularValueDecomposition(new Array2DRowRealMatrix(shifted, false));
                s = svd.getSingularValues();
                u = svd.getU();
                v = svd.getV();
            }
            double[] next = new double[d];
            for (int k = 0; k < s.length; k++) {
                double t = s[k] - 1 / rho;
                s[k] = Math.max(t, 0);
                if (t <= 0) continue;
                for (int i = 0; i < m; i++) {
                    double ui = u.getEntry(i, k) * t;
                    if (ui == 0) continue;
                    for (int j = 0; j < n; j++) next[i * n + j] += ui * v.getEntry(j, k);
                }
            }
            sigma = s;
            double primal = 0, dual = 0, wn = 0, ln = 0;
            for (int k = 0; k < d; k++) {
                double r = w[k] - next[k];
                primal += r * r;
                double q = next[k] - z[k];
                dual += q * q;
                lambda[k] += rho * r;
                wn += w[k] * w[k];
                ln += lambda[k] * lambda[k];
            }
            primal = Math.sqrt(primal);
            dual = rho * Math.sqrt(dual);
            z = next;
            if (primal <= TOLERANCE * Math.max(1, Math.sqrt(wn))
                    && dual <= TOLERANCE * Math.max(1, Math.sqrt(ln))) {
                converged = true;
                break;
            }
            if (primal > 10 * dual) rho *= 2;
            else if (dual > 10 * primal) rho /= 2;
        }
        int rank = 0;
        for (double s : sigma) if (s > RANK_THRESHOLD * sigma[0]) rank++;
        double[][] out = new double[m][n];
        for (int i = 0; i < m; i++) System.arraycopy(w, i * n, out[i], 0, n);
        return new Result(out, sigma, rank, Math.min(it, MAX_ITERATIONS), converged);
    }

    /** w <- w - A^T (A A^T)^-1 (A w - y). */
    private static void project(
            RealMatrix a, DecompositionSolver gram, double[] y, double[] w, int p) {
        double[] r = a.operate(w);
        for (int i = 0; i < p; i++) r[i] -= y[i];
        double[] c = a.preMultiply(gram.solve(new ArrayRealVector(r, false)).toArray());
        for (int k = 0; k < w.length; k++) w[k] -= c[k];
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }
}
