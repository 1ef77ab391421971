package dev.occam.numeric;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

/** Exact linear algebra over the rationals, for predictions and certificates on rational data. */
public final class RationalLinearAlgebra {
    private RationalLinearAlgebra() {
    }

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
                throw new IllegalArgumentException("cannot multiply: " + a[i].length + " columns, " + inner + " rows");
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
                throw new IllegalArgumentException("cannot multiply: " + a[i].length + " columns, vector of " + x.length);
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

    /** The unique x with Ax = b; throws ArithmeticException when A is singular. */
    public static BigFraction[] solve(BigFraction[][] a, BigFraction[] b) {
        return solver(a).solve(new ArrayFieldVector<>(b)).toArray();
    }

    public static BigFraction[][] inverse(BigFraction[][] a) {
        return solver(a).getInverse().getData();
    }

    private static FieldDecompositionSolver<BigFraction> solver(BigFraction[][] a) {
        FieldDecompositionSolver<BigFraction> s =
                new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), a)).getSolver();
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

    /** Symmetric with every pivot of elimination without row exchanges positive (Sylvester's criterion). */
    public static boolean isPositiveDefinite(BigFraction[][] a) {
        if (!isSymmetric(a)) {
            return false;
        }
        BigFraction[][] m = copy(a);
        for (int k = 0; k < m.length; k++) {
            if (m[k][k].signum() <= 0) {
                return false;
            }
            for (int i = k + 1; i < m.length; i++) {
                BigFraction f = m[i][k].divide(m[k][k]);
                for (int j = k; j < m.length; j++) {
                    m[i][j] = m[i][j].subtract(f.multiply(m[k][j]));
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
