package dev.occam.certify;

import java.math.BigDecimal;
import java.math.MathContext;

/** Small dense linear algebra in wide decimal arithmetic, for evaluations at computed points. */
final class Dense {
    private Dense() {}

    /**
     * x with Ax = b by Gaussian elimination with partial pivoting; throws ArithmeticException if
     * singular.
     */
    static BigDecimal[] solve(BigDecimal[][] a, BigDecimal[] b, MathContext mc) {
        int n = b.length;
        BigDecimal[][] m = new BigDecimal[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int i = c + 1; i < n; i++) if (m[i][c].abs().compareTo(m[p][c].abs()) > 0) p = i;
            if (m[p][c].signum() == 0) throw new ArithmeticException("singular matrix");
            BigDecimal[] t = m[p];
            m[p] = m[c];
            m[c] = t;
            for (int i = c + 1; i < n; i++) {
                BigDecimal f = m[i][c].divide(m[c][c], mc);
                for (int j = c; j <= n; j++)
                    m[i][j] = m[i][j].subtract(f.multiply(m[c][j], mc), mc);
            }
        }
        BigDecimal[] x = new BigDecimal[n];
        for (int i = n - 1; i >= 0; i--) {
            BigDecimal s = m[i][n];
            for (int j = i + 1; j < n; j++) s = s.subtract(m[i][j].multiply(x[j], mc), mc);
            x[i] = s.divide(m[i][i], mc);
        }
        return x;
    }
}
