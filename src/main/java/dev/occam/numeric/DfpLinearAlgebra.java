package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

/** Small dense systems in Dfp, e.g. the Newton steps of high-precision prediction solvers. */
public final class DfpLinearAlgebra {
    private DfpLinearAlgebra() {
    }

    /** x with Ax = b by Gaussian elimination with partial pivoting; throws ArithmeticException if singular. */
    public static Dfp[] solve(Dfp[][] a, Dfp[] b) {
        int n = b.length;
        Dfp[][] m = new Dfp[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("not a square system of size " + n);
            }
            m[i] = new Dfp[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (m[i][k].abs().greaterThan(m[p][k].abs())) {
                    p = i;
                }
            }
            if (m[p][k].isZero()) {
                throw new ArithmeticException("singular matrix");
            }
            Dfp[] tmp = m[p];
            m[p] = m[k];
            m[k] = tmp;
            for (int i = k + 1; i < n; i++) {
                Dfp f = m[i][k].divide(m[k][k]);
                for (int j = k; j <= n; j++) {
                    m[i][j] = m[i][j].subtract(f.multiply(m[k][j]));
                }
            }
        }
        Dfp[] x = new Dfp[n];
        for (int i = n - 1; i >= 0; i--) {
            Dfp s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s = s.subtract(m[i][j].multiply(x[j]));
            }
            x[i] = s.divide(m[i][i]);
        }
        return x;
    }

    /** The inverse, column by column. */
    public static Dfp[][] inverse(Dfp[][] a) {
        int n = a.length;
        Dfp[][] inv = new Dfp[n][n];
        for (int j = 0; j < n; j++) {
            Dfp[] e = new Dfp[n];
            for (int i = 0; i < n; i++) {
                e[i] = i == j ? a[0][0].getOne() : a[0][0].getZero();
            }
            Dfp[] col = solve(a, e);
            for (int i = 0; i < n; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }
}
