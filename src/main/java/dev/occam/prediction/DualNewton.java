package dev.occam.prediction;

import dev.occam.problem.ConvexPotential;
import dev.occam.problem.DfpVectors;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

/**
 * Bregman projection argmin D_psi(w, w0) on {Xw = y} through its dual: with theta0 = grad psi(w0),
 * w(lambda) = (grad psi)^{-1}(theta0 + X^T lambda) satisfies stationarity by construction, and
 * damped Newton finds the n multipliers with X w(lambda) = y (Jacobian X J X^T, J the inverse map's
 * Jacobian). n unknowns only, in Dfp at the caller's precision.
 */
final class DualNewton {
    private static final int MAX_ITERATIONS = 500;

    /** The point, the multipliers, how many Newton steps, and the final residual ||Xw - y||. */
    record Solution(Dfp[] w, Dfp[] lambda, int iterations, Dfp residual) {}

    private DualNewton() {}

    /**
     * Null when Newton stalls above the tolerance (no feasible point in the potential's domain,
     * typically).
     */
    static Solution solve(
            Dfp[][] x, Dfp[] y, Dfp[] theta0, Dfp[] lambda0, ConvexPotential psi, Dfp tolerance) {
        Dfp[] lambda = lambda0.clone();
        Dfp[] w = psi.inverse(DfpVectors.add(theta0, DfpVectors.multiplyTransposed(x, lambda)));
        Dfp[] r = DfpVectors.subtract(y, DfpVectors.multiply(x, w));
        Dfp rn = DfpVectors.norm2(r);
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            if (rn.lessThan(tolerance) || rn.isZero()) return new Solution(w, lambda, k, rn);
            Dfp[] s = DfpVectors.add(theta0, DfpVectors.multiplyTransposed(x, lambda));
            Dfp[][] jac = psi.inverseJacobian(s);
            Dfp[][] xj = new Dfp[x.length][];
            for (int i = 0; i < x.length; i++)
                xj[i] =
                        DfpVectors.multiplyTransposed(
                                jac, x[i]); // (J^T x_i) = row i of X J (J symmetric)
            Dfp[][] gram = new Dfp[x.length][x.length];
            for (int i = 0; i < x.length; i++)
                for (int j = 0; j < x.length; j++) gram[i][j] = DfpVectors.dot(xj[i], x[j]);
            FieldDecompositionSolver<Dfp> solver =
                    new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(gram, false))
                            .getSolver();
            if (!solver.isNonSingular()) return null;
            Dfp[] delta = solver.solve(new ArrayFieldVector<>(r, false)).toArray();
            Dfp t = rn.getField().getOne();
            Dfp quarter = t.divide(4);
            boolean accepted = false;
            for (int halvings = 0; halvings < 60; halvings++) {
                Dfp[] trial = DfpVectors.add(lambda, DfpVectors.scale(t, delta));
                Dfp[] wt =
                        psi.inverse(
                                DfpVectors.add(theta0, DfpVectors.multiplyTransposed(x, trial)));
                Dfp[] rt = DfpVectors.subtract(y, DfpVectors.multiply(x, wt));
                Dfp rtn = DfpVectors.norm2(rt);
                if (isFinite(rtn)
                        && rtn.lessThan(
                                rn.multiply(t.getField().getOne().subtract(t.multiply(quarter))))) {
                    lambda = trial;
                    w = wt;
                    r = rt;
                    rn = rtn;
                    accepted = true;
                    break;
                }
                t = t.divide(2);
            }
            if (!accepted) return rn.lessThan(tolerance) ? new Solution(w, lambda, k, rn) : null;
        }
        return null;
    }

    static boolean isFinite(Dfp d) {
        return !d.isNaN() && !d.isInfinite();
    }
}
