package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Positive definiteness by Sylvester's criterion (every leading principal minor positive, that is
 * every pivot of elimination without row exchanges), for each number type occam proves it in: exact
 * rationals, Dfp and wide decimals. Hipparchus' Cholesky decomposition is for doubles only, and a
 * proof cannot rest on double rounding.
 */
public final class PositiveDefinite {
    private PositiveDefinite() {}

    /**
     * Exactly: symmetric and positive semidefinite, by symmetric elimination with the largest
     * remaining diagonal entry as pivot (Cholesky with complete pivoting, in rationals). A PSD
     * matrix has no negative diagonal entry, and when its largest diagonal entry is 0 the whole
     * remaining block is 0 (|m_ij|^2 <= m_ii m_jj); elimination by a positive pivot leaves a Schur
     * complement that is PSD iff the matrix was. So the test fails exactly when a negative diagonal
     * entry appears, or a zero diagonal with a nonzero entry in its row.
     */
    public static boolean semidefinite(BigFraction[][] a) {
        if (!RationalLinearAlgebra.isSymmetric(a)) return false;
        int n = a.length;
        BigFraction[][] m = new BigFraction[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        boolean[] done = new boolean[n];
        for (int step = 0; step < n; step++) {
            int p = -1;
            for (int i = 0; i < n; i++) {
                if (done[i]) continue;
                if (m[i][i].signum() < 0) return false;
                if (p < 0 || m[i][i].compareTo(m[p][p]) > 0) p = i;
            }
            if (m[p][p].signum() == 0) {
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        if (!done[i] && !done[j] && m[i][j].signum() != 0) return false;
                return true;
            }
            done[p] = true;
            for (int i = 0; i < n; i++) {
                if (done[i] || m[i][p].signum() == 0) continue;
                BigFraction f = m[i][p].divide(m[p][p]);
                for (int j = 0; j < n; j++)
                    if (!done[j]) m[i][j] = m[i][j].subtract(f.multiply(m[p][j]));
            }
        }
        return true;
    }

    /**
     * Exactly: symmetric with every leading principal minor positive, by Bareiss' fraction-free
     * elimination on the matrix scaled to integers: each pivot is a leading minor times a positive
     * power of the common denominator, and the integers stay the size of a determinant instead of
     * growing with every gcd-reduced fraction (a 20 x 20 Gram matrix of binary fractions takes
     * milliseconds instead of seconds).
     */
    public static boolean test(BigFraction[][] a) {
        if (!RationalLinearAlgebra.isSymmetric(a)) {
            return false;
        }
        int n = a.length;
        BigInteger common = BigInteger.ONE;
        for (BigFraction[] row : a) {
            for (BigFraction x : row) {
                BigInteger d = x.getDenominator();
                common = common.divide(common.gcd(d)).multiply(d);
            }
        }
        BigInteger[][] m = new BigInteger[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j].getNumerator().multiply(common.divide(a[i][j].getDenominator()));
            }
        }
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            if (m[k][k].signum() <= 0) {
                return false;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    m[i][j] =
                            m[i][j].multiply(m[k][k])
                                    .subtract(m[i][k].multiply(m[k][j]))
                                    .divide(previous);
                }
            }
            previous = m[k][k];
        }
        return true;
    }

    /** Symmetric (to the last digit) with every pivot of elimination without exchanges positive. */
    public static boolean test(Dfp[][] a) {
        int n = a.length;
        Dfp[][] m = new Dfp[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (!a[i][j].equals(a[j][i])) {
                    return false;
                }
            }
            m[i] = a[i].clone();
        }
        for (int k = 0; k < n; k++) {
            if (m[k][k].negativeOrNull()) {
                return false;
            }
            for (int i = k + 1; i < n; i++) {
                Dfp f = m[i][k].divide(m[k][k]);
                for (int j = k; j < n; j++) {
                    m[i][j] = m[i][j].subtract(f.multiply(m[k][j]));
                }
            }
        }
        return true;
    }

    /**
     * Whether elimination without exchanges in {@code mc} meets only positive pivots (for a
     * symmetric A: positive definite).
     */
    public static boolean test(BigDecimal[][] a, MathContext mc) {
        int n = a.length;
        BigDecimal[][] m = new BigDecimal[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        for (int c = 0; c < n; c++) {
            if (m[c][c].signum() <= 0) return false;
            for (int i = c + 1; i < n; i++) {
                BigDecimal f = m[i][c].divide(m[c][c], mc);
                for (int j = c; j < n; j++) m[i][j] = m[i][j].subtract(f.multiply(m[c][j], mc), mc);
            }
        }
        return true;
    }

    /**
     * Whether mu I - A (sign = +1) or A - mu I (sign = -1) is positive definite, exactly: mu bounds
     * the eigenvalues of a symmetric A from above or from below.
     */
    public static boolean shifted(BigFraction[][] a, double mu, int sign) {
        int n = a.length;
        BigFraction m = new BigFraction(mu);
        BigFraction[][] s = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigFraction v = i == j ? m.subtract(a[i][j]) : a[i][j].negate();
                s[i][j] = sign > 0 ? v : v.negate();
            }
        }
        return test(s);
    }

    /** {@link #shifted(BigFraction[][], double, int)} in decimal arithmetic of {@code mc}. */
    public static boolean shifted(BigDecimal[][] a, double mu, int sign, MathContext mc) {
        int n = a.length;
        BigDecimal m = new BigDecimal(mu);
        BigDecimal[][] s = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal v = i == j ? m.subtract(a[i][j], mc) : a[i][j].negate();
                s[i][j] = sign > 0 ? v : v.negate();
            }
        }
        return test(s, mc);
    }
}
