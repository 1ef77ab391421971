package dev.occam.numeric;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

import java.math.BigInteger;

/** Exact linear algebra over the rationals, for predictions and certificates on rational data. */
public final class RationalLinearAlgebra {
    private RationalLinearAlgebra() {}

    /** The exact entries; throws when some entry is irrational. */
    public static BigFraction[][] fractions(Value[][] m) {
        BigFraction[][] a = new BigFraction[m.length][];
        for (int i = 0; i < m.length; i++) {
            a[i] = fractions(m[i]);
        }
        return a;
    }

    public static BigFraction[] fractions(Value[] v) {
        BigFraction[] a = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isRational()) {
                throw new IllegalArgumentException("not a rational number: " + v[i].text());
            }
            a[i] = v[i].rational();
        }
        return a;
    }

    public static boolean isRational(Value[][] m) {
        for (Value[] row : m) {
            for (Value v : row) {
                if (!v.isRational()) {
                    return false;
                }
            }
        }
        return true;
    }

    public static boolean isRational(Value[] v) {
        for (Value x : v) {
            if (!x.isRational()) {
                return false;
            }
        }
        return true;
    }

    public static Value[][] values(BigFraction[][] a) {
        Value[][] v = new Value[a.length][];
        for (int i = 0; i < a.length; i++) {
            v[i] = values(a[i]);
        }
        return v;
    }

    public static Value[] values(BigFraction[] a) {
        Value[] v = new Value[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = Value.of(a[i], a[i].toString());
        }
        return v;
    }

    public static BigFraction[][] multiply(BigFraction[][] a, BigFraction[][] b) {
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        BigFraction[][] c = new BigFraction[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != inner) {
                throw new IllegalArgumentException(
                        "cannot multiply: " + a[i].length + " columns, " + inner + " rows");
            }
            for (int j = 0; j < cols; j++) {
                BigFraction s = BigFraction.ZERO;
                for (int k = 0; k < inner; k++) {
                    s = s.add(a[i][k].multiply(b[k][j]));
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    public static BigFraction[] multiply(BigFraction[][] a, BigFraction[] x) {
        BigFraction[] y = new BigFraction[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != x.length) {
                throw new IllegalArgumentException(
                        "cannot multiply: " + a[i].length + " columns, vector of " + x.length);
            }
            BigFraction s = BigFraction.ZERO;
            for (int k = 0; k < x.length; k++) {
                s = s.add(a[i][k].multiply(x[k]));
            }
            y[i] = s;
        }
        return y;
    }

    public static BigFraction[][] transpose(BigFraction[][] a) {
        int cols = a.length == 0 ? 0 : a[0].length;
        BigFraction[][] t = new BigFraction[cols][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /**
     * The unique x with Ax = b; throws ArithmeticException when A is singular. Bareiss'
     * fraction-free elimination on [A | b] scaled to integers (row exchanges only for a zero
     * pivot), then back substitution in fractions: intermediate integers stay the size of minors,
     * where a gcd-reduced fraction LU of a 20 x 20 system of binary fractions spends seconds in
     * gcds.
     */
    public static BigFraction[] solve(BigFraction[][] a, BigFraction[] b) {
        int n = b.length;
        BigInteger[][] m = new BigInteger[n][n + 1];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n)
                throw new IllegalArgumentException("not a square system of size " + n);
            BigInteger common = b[i].getDenominator();
            for (BigFraction x : a[i])
                common = common.divide(common.gcd(x.getDenominator())).multiply(x.getDenominator());
            for (int j = 0; j < n; j++)
                m[i][j] = a[i][j].getNumerator().multiply(common.divide(a[i][j].getDenominator()));
            m[i][n] = b[i].getNumerator().multiply(common.divide(b[i].getDenominator()));
        }
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int p = k;
            while (p < n && m[p][k].signum() == 0) p++;
            if (p == n) throw new ArithmeticException("singular matrix");
            if (p != k) {
                BigInteger[] t = m[p];
                m[p] = m[k];
                m[k] = t;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j <= n; j++) {
                    m[i][j] =
                            m[i][j].multiply(m[k][k])
                                    .subtract(m[i][k].multiply(m[k][j]))
                                    .divide(previous);
                }
                m[i][k] = BigInteger.ZERO;
            }
            previous = m[k][k];
        }
        BigFraction[] x = new BigFraction[n];
        for (int i = n - 1; i >= 0; i--) {
            BigFraction s = new BigFraction(m[i][n]);
            for (int j = i + 1; j < n; j++) s = s.subtract(x[j].multiply(m[i][j]));
            x[i] = s.divide(m[i][i]);
        }
        return x;
    }

    public static BigFraction[][] inverse(BigFraction[][] a) {
        return solver(a).getInverse().getData();
    }

    private static FieldDecompositionSolver<BigFraction> solver(BigFraction[][] a) {
        FieldDecompositionSolver<BigFraction> s =
                new FieldLUDecomposition<>(
                                new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), a))
                        .getSolver();
        if (!s.isNonSingular()) {
            throw new ArithmeticException("singular matrix");
        }
        return s;
    }

    /** Rank by exact Gaussian elimination. */
    public static int rank(BigFraction[][] a) {
        BigFraction[][] m = copy(a);
        int cols = m.length == 0 ? 0 : m[0].length;
        int rank = 0;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int p = rank;
            while (p < m.length && m[p][c].signum() == 0) {
                p++;
            }
            if (p == m.length) {
                continue;
            }
            BigFraction[] tmp = m[p];
            m[p] = m[rank];
            m[rank] = tmp;
            for (int i = rank + 1; i < m.length; i++) {
                if (m[i][c].signum() != 0) {
                    BigFraction f = m[i][c].divide(m[rank][c]);
                    for (int j = c; j < cols; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[rank][j]));
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    public static boolean hasFullRowRank(BigFraction[][] a) {
        return rank(a) == a.length;
    }

    public static boolean isSymmetric(BigFraction[][] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != a.length) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (!a[i][j].equals(a[j][i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BigFraction[][] copy(BigFraction[][] a) {
        BigFraction[][] m = new BigFraction[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = a[i].clone();
        }
        return m;
    }
}
