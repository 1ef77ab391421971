package dev.occam.prediction;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Independent reference algebra for the prediction tests: exact rational row reduction written here
 * (not the project's RationalLinearAlgebra), and double references through Hipparchus SVD.
 */
final class TestAlgebra {
    private TestAlgebra() {}

    /** Small rationals k/m, k in -5..5, m in 1..3. */
    static BigFraction smallRational(SplittableRandom r) {
        return new BigFraction(r.nextInt(-5, 6), r.nextInt(1, 4));
    }

    static BigFraction[][] randomMatrix(SplittableRandom r, int rows, int cols) {
        BigFraction[][] a = new BigFraction[rows][cols];
        for (BigFraction[] row : a) for (int j = 0; j < cols; j++) row[j] = smallRational(r);
        return a;
    }

    static BigFraction[] randomVector(SplittableRandom r, int n) {
        BigFraction[] a = new BigFraction[n];
        for (int i = 0; i < n; i++) a[i] = smallRational(r);
        return a;
    }

    /** A random vector that is not identically zero. */
    static BigFraction[] randomNonZeroVector(SplittableRandom r, int n) {
        while (true) {
            BigFraction[] v = randomVector(r, n);
            for (BigFraction x : v) if (x.signum() != 0) return v;
        }
    }

    /** Random n x d with full row rank (redrawn until it has). */
    static BigFraction[][] randomFullRowRank(SplittableRandom r, int n, int d) {
        while (true) {
            BigFraction[][] x = randomMatrix(r, n, d);
            if (rank(x) == n) return x;
        }
    }

    static Value[] values(BigFraction[] v) {
        Value[] out = new Value[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Value.of(v[i], v[i].toString());
        return out;
    }

    static Value[][] values(BigFraction[][] m) {
        Value[][] out = new Value[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = values(m[i]);
        return out;
    }

    static BigFraction[] multiply(BigFraction[][] m, BigFraction[] v) {
        BigFraction[] out = new BigFraction[m.length];
        for (int i = 0; i < m.length; i++) {
            BigFraction s = BigFraction.ZERO;
            for (int j = 0; j < v.length; j++) s = s.add(m[i][j].multiply(v[j]));
            out[i] = s;
        }
        return out;
    }

    static BigFraction dot(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < a.length; i++) s = s.add(a[i].multiply(b[i]));
        return s;
    }

    static BigFraction[] subtract(BigFraction[] a, BigFraction[] b) {
        BigFraction[] out = new BigFraction[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i].subtract(b[i]);
        return out;
    }

    static BigFraction[][] copy(BigFraction[][] a) {
        BigFraction[][] c = new BigFraction[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    /** Reduced row echelon form in place; returns the pivot columns. */
    static List<Integer> rref(BigFraction[][] a) {
        List<Integer> pivots = new ArrayList<>();
        int rows = a.length, cols = a[0].length, r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int p = -1;
            for (int i = r; i < rows; i++)
                if (a[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            if (p < 0) continue;
            BigFraction[] t = a[p];
            a[p] = a[r];
            a[r] = t;
            BigFraction inv = a[r][c].reciprocal();
            for (int j = 0; j < cols; j++) a[r][j] = a[r][j].multiply(inv);
            for (int i = 0; i < rows; i++) {
                if (i == r || a[i][c].signum() == 0) continue;
                BigFraction f = a[i][c];
                for (int j = 0; j < cols; j++) a[i][j] = a[i][j].subtract(f.multiply(a[r][j]));
            }
            pivots.add(c);
            r++;
        }
        return pivots;
    }

    static int rank(BigFraction[][] a) {
        return rref(copy(a)).size();
    }

    /** A basis of {v : a v = 0}, exactly. */
    static List<BigFraction[]> nullSpace(BigFraction[][] a) {
        BigFraction[][] r = copy(a);
        List<Integer> pivots = rref(r);
        int cols = a[0].length;
        List<BigFraction[]> basis = new ArrayList<>();
        for (int free = 0; free < cols; free++) {
            if (pivots.contains(free)) continue;
            BigFraction[] v = new BigFraction[cols];
            Arrays.fill(v, BigFraction.ZERO);
            v[free] = BigFraction.ONE;
            for (int k = 0; k < pivots.size(); k++) v[pivots.get(k)] = r[k][free].negate();
            basis.add(v);
        }
        return basis;
    }

    static double[][] toDouble(BigFraction[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = toDouble(m[i]);
        return out;
    }

    static double[] toDouble(BigFraction[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
        return out;
    }

    static double[] toDouble(BigDecimal[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
        return out;
    }

    /** w0 + pinv(X)(y - X w0) in double via SVD. */
    static double[] minL2Double(double[][] x, double[] y, double[] w0) {
        RealMatrix xm = MatrixUtils.createRealMatrix(x);
        double[] b = y.clone();
        double[] xw0 = xm.operate(w0);
        for (int i = 0; i < b.length; i++) b[i] -= xw0[i];
        RealMatrix pinv = new SingularValueDecomposition(xm).getSolver().getInverse();
        double[] u = pinv.operate(b);
        double[] w = new double[w0.length];
        for (int i = 0; i < w.length; i++) w[i] = w0[i] + u[i];
        return w;
    }

    /** Orthonormal basis of null(X) (columns), from the SVD; X must have full row rank. */
    static double[][] nullBasisDouble(double[][] x) {
        int n = x.length, d = x[0].length;
        RealMatrix xm = MatrixUtils.createRealMatrix(x);
        // SVD of X^T (d x n, tall) avoids the thin-SVD truncation: use SVD of X^T X padded?
        // simpler: of the d x d matrix
        RealMatrix square = MatrixUtils.createRealMatrix(d, d);
        square.setSubMatrix(x, 0, 0);
        SingularValueDecomposition svd = new SingularValueDecomposition(square);
        RealMatrix v = svd.getV();
        double[][] out = new double[d][d - n];
        for (int k = 0; k < d - n; k++)
            for (int i = 0; i < d; i++) out[i][k] = v.getEntry(i, n + k);
        // sanity: X N = 0
        for (int k = 0; k < d - n; k++) {
            double[] col = new double[d];
            for (int i = 0; i < d; i++) col[i] = out[i][k];
            for (double e : xm.operate(col))
                if (Math.abs(e) > 1e-10) throw new IllegalStateException("null basis off: " + e);
        }
        return out;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    /** Residual of projecting v onto the row space of X, in double (least squares via SVD). */
    static double rowSpaceResidual(double[][] x, double[] v) {
        RealMatrix xt = MatrixUtils.createRealMatrix(x).transpose();
        double[] lambda =
                new SingularValueDecomposition(xt)
                        .getSolver()
                        .solve(MatrixUtils.createRealVector(v))
                        .toArray();
        double[] fit = xt.operate(lambda);
        return maxAbsDiff(fit, v);
    }

    static BigDecimal decimal(BigFraction f, int significant) {
        return new BigDecimal(f.getNumerator())
                .divide(new BigDecimal(f.getDenominator()), new MathContext(significant));
    }
}
