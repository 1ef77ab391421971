package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

/**
 * Small dense systems in Dfp through Hipparchus' LU decomposition. Positive definiteness, which
 * Hipparchus offers for doubles only, is {@link PositiveDefinite}.
 */
public final class DfpLinearAlgebra {
    private DfpLinearAlgebra() {}

    /** x with Ax = b; throws ArithmeticException if A is singular. */
    public static Dfp[] solve(Dfp[][] a, Dfp[] b) {
        if (b.length != a.length) {
            throw new IllegalArgumentException("not a square system of size " + b.length);
        }
        return solver(a).solve(new ArrayFieldVector<>(b, false)).toArray();
    }

    public static Dfp[][] inverse(Dfp[][] a) {
        return solver(a).getInverse().getData();
    }

    /**
     * Pivots chosen by magnitude (numericPermutationChoice), as partial pivoting does, rather than
     * the first nonzero entry, which may be a rounding residue.
     */
    private static FieldDecompositionSolver<Dfp> solver(Dfp[][] a) {
        for (Dfp[] row : a) {
            if (row.length != a.length) {
                throw new IllegalArgumentException("not a square system of size " + a.length);
            }
        }
        FieldDecompositionSolver<Dfp> s =
                new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(a, false), Dfp::isZero, true)
                        .getSolver();
        if (!s.isNonSingular()) {
            throw new ArithmeticException("singular matrix");
        }
        return s;
    }
}
