package dev.occam.prediction;

import dev.occam.numeric.Norms;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small exact rational kernels for the max-margin polish: data to fractions (the exact value of a
 * rational input, else the exact value of its {@link Value#DIGITS}-digit decimal), dot products,
 * and square-or-overdetermined solves that pick independent rows by exact elimination.
 */
final class Fractions {
    private Fractions() {}

    static BigFraction of(Value v) {
        return v.isRational() ? v.rational() : of(v.decimal());
    }

    static BigFraction of(BigDecimal d) {
        return Norms.exact(d);
    }

    /** The exact value of a double. */
    static BigFraction of(double d) {
        return d == 0 ? BigFraction.ZERO : of(new BigDecimal(d));
    }

    static BigFraction[][] of(Value[][] m) {
        BigFraction[][] out = new BigFraction[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new BigFraction[m[i].length];
            for (int j = 0; j < m[i].length; j++) out[i][j] = of(m[i][j]);
        }
        return out;
    }

    static BigFraction[] of(double[] v) {
        BigFraction[] out = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) out[i] = of(v[i]);
        return out;
    }

    static BigFraction[] of(Value[] v) {
        BigFraction[] out = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) out[i] = of(v[i]);
        return out;
    }

    static boolean allRational(Value[][] m) {
        return RationalLinearAlgebra.isRational(m);
    }

    static boolean allRational(Value[] v) {
        return RationalLinearAlgebra.isRational(v);
    }

    static BigFraction dot(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < a.length; i++)
            if (a[i].signum() != 0 && b[i].signum() != 0) s = s.add(a[i].multiply(b[i]));
        return s;
    }

    static BigFraction sum(BigFraction[] a) {
        BigFraction s = BigFraction.ZERO;
        for (BigFraction x : a) s = s.add(x);
        return s;
    }

    static BigFraction abs(BigFraction a) {
        return a.signum() < 0 ? a.negate() : a;
    }

    static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static BigFraction min(BigFraction a, BigFraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** sum_k c_k rows[k]. */
    static BigFraction[] combination(BigFraction[][] rows, BigFraction[] c, int dim) {
        BigFraction[] out = new BigFraction[dim];
        Arrays.fill(out, BigFraction.ZERO);
        for (int k = 0; k < rows.length; k++) {
            if (c[k].signum() == 0) continue;
            for (int j = 0; j < dim; j++)
                if (rows[k][j].signum() != 0) out[j] = out[j].add(c[k].multiply(rows[k][j]));
        }
        return out;
    }

    static double[] toDouble(BigFraction[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
        return out;
    }

    static BigDecimal decimal(BigFraction f, int digits) {
        return new BigDecimal(f.getNumerator())
                .divide(
                        new BigDecimal(f.getDenominator()),
                        new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    static BigDecimal[] decimals(BigFraction[] v, int digits) {
        BigDecimal[] out = new BigDecimal[v.length];
        for (int i = 0; i < v.length; i++) out[i] = decimal(v[i], digits);
        return out;
    }

    /** "0 (exact rational arithmetic)" or "NONZERO r". */
    static String exactZero(BigFraction r, String arithmetic) {
        return r.signum() == 0
                ? "0 (" + arithmetic + ")"
                : "NONZERO " + decimal(abs(r), 3).toString();
    }

    /**
     * Indices (in the given order) of a maximal linearly independent subset of the rows, by exact
     * incremental elimination.
     */
    static List<Integer> independentRows(BigFraction[][] rows, List<Integer> order) {
        List<Integer> chosen = new ArrayList<>();
        List<BigFraction[]> reduced = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        for (int idx : order) {
            BigFraction[] r = rows[idx].clone();
            for (int k = 0; k < reduced.size(); k++) {
                int p = pivots.get(k);
                if (r[p].signum() == 0) continue;
                BigFraction f = r[p].divide(reduced.get(k)[p]);
                BigFraction[] b = reduced.get(k);
                for (int j = 0; j < r.length; j++)
                    if (b[j].signum() != 0) r[j] = r[j].subtract(f.multiply(b[j]));
            }
            int pivot = -1;
            for (int j = 0; j < r.length; j++)
                if (r[j].signum() != 0) {
                    pivot = j;
                    break;
                }
            if (pivot < 0) continue;
            chosen.add(idx);
            reduced.add(r);
            pivots.add(pivot);
        }
        return chosen;
    }

    /**
     * The unique x with Mx = r, or null when the columns of M are dependent (x not unique) or the
     * system is inconsistent. Rows beyond an independent subset are verified exactly.
     */
    static BigFraction[] solveUnique(BigFraction[][] m, BigFraction[] r) {
        int cols = m.length == 0 ? 0 : m[0].length;
        if (cols == 0) return new BigFraction[0];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m.length; i++) order.add(i);
        List<Integer> rows = independentRows(m, order);
        if (rows.size() < cols) return null;
        BigFraction[][] a = new BigFraction[cols][];
        BigFraction[] b = new BigFraction[cols];
        for (int k = 0; k < cols; k++) {
            a[k] = m[rows.get(k)];
            b[k] = r[rows.get(k)];
        }
        BigFraction[] x = RationalLinearAlgebra.solve(a, b);
        for (int i = 0; i < m.length; i++) if (!dot(m[i], x).equals(r[i])) return null;
        return x;
    }
}
