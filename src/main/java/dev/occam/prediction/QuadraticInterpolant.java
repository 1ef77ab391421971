package dev.occam.prediction;

import org.hipparchus.FieldElement;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldMatrix;
import org.hipparchus.linear.FieldVector;

import java.util.function.Function;

/**
 * argmin ||w - w0||_D on {Xw = y} from its KKT system, in any Hipparchus field: exact in
 * BigFraction when the data are rational, else in Dfp. KKT: D(w - w0) = X^T lambda, Xw = y, so w =
 * w0 + M X^T (X M X^T)^{-1} (y - X w0) with M = D^{-1}.
 *
 * @param <T> BigFraction (exact) or Dfp
 */
final class QuadraticInterpolant<T extends FieldElement<T>> {
    final FieldVector<T> point;
    final FieldVector<T> multipliers;

    /** Xw - y at the computed point. */
    final FieldVector<T> feasibility;

    /** D(w - w0) - X^T lambda at the computed point. */
    final FieldVector<T> stationarity;

    private QuadraticInterpolant(
            FieldVector<T> point,
            FieldVector<T> multipliers,
            FieldVector<T> feasibility,
            FieldVector<T> stationarity) {
        this.point = point;
        this.multipliers = multipliers;
        this.feasibility = feasibility;
        this.stationarity = stationarity;
    }

    /**
     * @param d the metric, or null for the identity
     * @return null when X M X^T is singular (X has dependent rows)
     */
    static <T extends FieldElement<T>> QuadraticInterpolant<T> solve(
            T[][] x, T[] y, T[] w0, T[][] d) {
        FieldMatrix<T> xm = new Array2DRowFieldMatrix<>(x, true);
        FieldVector<T> yv = new ArrayFieldVector<>(y, true);
        FieldVector<T> w0v = new ArrayFieldVector<>(w0, true);
        FieldMatrix<T> dm = d == null ? null : new Array2DRowFieldMatrix<>(d, true);
        Function<FieldMatrix<T>, FieldMatrix<T>> applyM;
        if (dm == null) {
            applyM = m -> m;
        } else {
            FieldDecompositionSolver<T> dSolver = new FieldLUDecomposition<>(dm).getSolver();
            applyM = dSolver::solve;
        }
        FieldMatrix<T> mxt = applyM.apply(xm.transpose()); // M X^T
        FieldMatrix<T> gram = xm.multiply(mxt); // X M X^T
        FieldDecompositionSolver<T> solver = new FieldLUDecomposition<>(gram).getSolver();
        if (!solver.isNonSingular()) return null;
        FieldVector<T> lambda = solver.solve(yv.subtract(xm.operate(w0v)));
        FieldVector<T> w = w0v.add(mxt.operate(lambda));
        FieldVector<T> feasibility = xm.operate(w).subtract(yv);
        FieldVector<T> shift = w.subtract(w0v);
        FieldVector<T> stationarity =
                (dm == null ? shift : dm.operate(shift)).subtract(xm.transpose().operate(lambda));
        return new QuadraticInterpolant<>(w, lambda, feasibility, stationarity);
    }
}
