package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

import java.util.Arrays;

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

    /**
     * The minimum-norm least-squares solution of A x = b (A any shape, of any rank), by iterated
     * Tikhonov: x_0 = 0, x_{k+1} = x_k + (A^T A + lambda I)^-1 A^T (b - A x_k), lambda =
     * 10^-(digits / 3) ||A||_F^2. Each iteration shrinks the error along a singular value s by
     * lambda / (s^2 + lambda) and leaves the directions with s^2 far below lambda (numerically
     * zero) at zero, so six iterations reach about 2 digits / 3 below lambda's scale on
     * well-separated spectra.
     */
    public static Dfp[] leastNorm(Dfp[][] a, Dfp[] b, int digits) {
        int m = a.length, n = a[0].length;
        Dfp zero = b[0].getField().getZero();
        Dfp[][] ata = new Dfp[n][n];
        Dfp frob = zero;
        for (Dfp[] row : a) for (Dfp v : row) frob = frob.add(v.multiply(v));
        Dfp lambda = frob.multiply(b[0].getField().newDfp("1e-" + digits / 3));
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++) {
                Dfp sum = i == j ? lambda : zero;
                for (int k = 0; k < m; k++) sum = sum.add(a[k][i].multiply(a[k][j]));
                ata[i][j] = ata[j][i] = sum;
            }
        FieldDecompositionSolver<Dfp> solver = solver(ata);
        Dfp[] x = new Dfp[n];
        Arrays.fill(x, zero);
        for (int it = 0; it < 6; it++) {
            Dfp[] atr = new Dfp[n];
            Arrays.fill(atr, zero);
            for (int k = 0; k < m; k++) {
                Dfp r = b[k];
                for (int j = 0; j < n; j++) r = r.subtract(a[k][j].multiply(x[j]));
                for (int j = 0; j < n; j++) atr[j] = atr[j].add(a[k][j].multiply(r));
            }
            Dfp[] dx = solver.solve(new ArrayFieldVector<>(atr, false)).toArray();
            for (int j = 0; j < n; j++) x[j] = x[j].add(dx[j]);
        }
        return x;
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
