package dev.occam.prediction;

import org.hipparchus.fraction.BigFraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The l1 / l-infinity max margin: ojalgo LPs for the primal and the dual, each re-solved exactly on
 * its active set, then certified in exact arithmetic: any w != 0 gives the lower bound min_n z_n.w
 * / ||w|| on gamma*, any lambda >= 0 (not 0) the upper bound ||Z^T lambda||_* / sum lambda; the gap
 * between the best of each is the certificate (0 when both re-solves succeed).
 */
final class PolyhedralMargin {
    private static final double ACTIVE = 1e-9;

    /**
     * Relative margin relaxation of the coordinate-range LPs, and the width that counts as "not
     * unique".
     */
    static final double RELAX = 1e-9;

    static final double WIDE = 1e-6;

    private PolyhedralMargin() {}

    /**
     * @param w the best primal point found (exact)
     * @param lower min_n z_n.w / ||w|| (exact), a lower bound on gamma*
     * @param lambda the best dual point, normalized to the simplex (exact)
     * @param upper ||Z^T lambda||_* (exact), an upper bound on gamma*
     * @param primalExact whether w came from the exact re-solve (else: the LP's doubles)
     * @param dualExact whether lambda came from the exact re-solve
     */
    record Result(
            BigFraction[] w,
            BigFraction lower,
            BigFraction[] lambda,
            BigFraction upper,
            boolean primalExact,
            boolean dualExact) {
        BigFraction gap() {
            return upper.subtract(lower);
        }
    }

    /** Null when an LP fails outright. */
    static Result solve(BigFraction[][] z, double[][] zd, boolean l1) {
        MarginLp.Primal p = MarginLp.primal(zd, l1);
        MarginLp.Dual q = MarginLp.dual(zd, l1);
        if (p.w() == null || q.lambda() == null) return null;
        BigFraction[] wRaw = Fractions.of(p.w());
        BigFraction[] wPolished = polishPrimal(z, p, l1);
        BigFraction[] lRaw = clip(Fractions.of(q.lambda()));
        BigFraction[] lPolished = polishDual(z, zd, q, l1);
        BigFraction lowRaw = lower(z, wRaw, l1);
        BigFraction lowPol = wPolished == null ? null : lower(z, wPolished, l1);
        BigFraction upRaw = upper(z, lRaw, l1);
        BigFraction upPol = lPolished == null ? null : upper(z, lPolished, l1);
        boolean primalExact = lowPol != null && (lowRaw == null || lowPol.compareTo(lowRaw) >= 0);
        boolean dualExact = upPol != null && (upRaw == null || upPol.compareTo(upRaw) <= 0);
        BigFraction[] w = primalExact ? wPolished : wRaw;
        BigFraction low = primalExact ? lowPol : lowRaw;
        BigFraction[] lambda = dualExact ? lPolished : lRaw;
        BigFraction up = dualExact ? upPol : upRaw;
        if (low == null || up == null) return null;
        BigFraction total = Fractions.sum(lambda);
        for (int i = 0; i < lambda.length; i++) lambda[i] = lambda[i].divide(total);
        return new Result(w, low, lambda, up, primalExact, dualExact);
    }

    /** min_n z_n.w / ||w||, or null when w = 0. */
    static BigFraction lower(BigFraction[][] z, BigFraction[] w, boolean l1) {
        BigFraction norm = l1 ? l1(w) : linf(w);
        if (norm.signum() == 0) return null;
        BigFraction min = null;
        for (BigFraction[] zn : z) {
            BigFraction m = Fractions.dot(zn, w);
            min = min == null ? m : Fractions.min(min, m);
        }
        return min.divide(norm);
    }

    /** ||Z^T lambda||_* / sum lambda, or null when lambda is 0 or has a negative entry. */
    static BigFraction upper(BigFraction[][] z, BigFraction[] lambda, boolean l1) {
        for (BigFraction l : lambda) if (l.signum() < 0) return null;
        BigFraction total = Fractions.sum(lambda);
        if (total.signum() == 0) return null;
        BigFraction[] v = Fractions.combination(z, lambda, z[0].length);
        return (l1 ? linf(v) : l1(v)).divide(total);
    }

    static BigFraction l1(BigFraction[] v) {
        BigFraction s = BigFraction.ZERO;
        for (BigFraction x : v) s = s.add(Fractions.abs(x));
        return s;
    }

    static BigFraction linf(BigFraction[] v) {
        BigFraction s = BigFraction.ZERO;
        for (BigFraction x : v) s = Fractions.max(s, Fractions.abs(x));
        return s;
    }

    private static BigFraction[] clip(BigFraction[] v) {
        for (int i = 0; i < v.length; i++) if (v[i].signum() < 0) v[i] = BigFraction.ZERO;
        return v;
    }

    private static double scale(double[][] zd) {
        double s = 0;
        for (double[] row : zd) for (double x : row) s = Math.max(s, Math.abs(x));
        return Math.max(s, 1e-300);
    }

    /**
     * The primal vertex on the LP's active set: margin constraints z_n.w = gamma for the active n;
     * linf: coordinates at the box fixed to +-1, the rest free; l1: the support of w free with
     * sign(w).w = 1. Null when that system does not determine (w, gamma) uniquely.
     */
    private static BigFraction[] polishPrimal(BigFraction[][] z, MarginLp.Primal p, boolean l1) {
        int d = p.w().length;
        double tol = ACTIVE * Math.max(1, Math.abs(p.gamma()));
        List<Integer> free = new ArrayList<>();
        int[] sign = new int[d];
        for (int j = 0; j < d; j++) {
            double wj = p.w()[j];
            sign[j] = wj > 0 ? 1 : wj < 0 ? -1 : 0;
            boolean atBox = !l1 && Math.abs(wj) >= 1 - ACTIVE;
            boolean zero = l1 && Math.abs(wj) <= ACTIVE;
            if (!atBox && !zero) free.add(j);
        }
        List<BigFraction[]> rows = new ArrayList<>();
        List<BigFraction> rhs = new ArrayList<>();
        int cols = free.size() + 1;
        double[] wd = p.w();
        for (BigFraction[] zn : z) {
            double slack = -p.gamma();
            for (int j = 0; j < d; j++) slack += zn[j].doubleValue() * wd[j];
            if (slack > tol * 10 * (1 + norm1(zn))) continue;
            BigFraction[] row = new BigFraction[cols];
            for (int k = 0; k < free.size(); k++) row[k] = zn[free.get(k)];
            row[cols - 1] = BigFraction.MINUS_ONE;
            BigFraction r = BigFraction.ZERO;
            if (!l1)
                for (int j = 0; j < d; j++)
                    if (!free.contains(j)) r = r.subtract(zn[j].multiply(sign[j]));
            rows.add(row);
            rhs.add(r);
        }
        if (l1) {
            BigFraction[] row = new BigFraction[cols];
            for (int k = 0; k < free.size(); k++) row[k] = new BigFraction(sign[free.get(k)]);
            row[cols - 1] = BigFraction.ZERO;
            rows.add(row);
            rhs.add(BigFraction.ONE);
        }
        BigFraction[] x =
                Fractions.solveUnique(
                        rows.toArray(new BigFraction[0][]), rhs.toArray(new BigFraction[0]));
        if (x == null) return null;
        BigFraction[] w = new BigFraction[d];
        for (int j = 0; j < d; j++) w[j] = l1 ? BigFraction.ZERO : new BigFraction(sign[j]);
        for (int k = 0; k < free.size(); k++) w[free.get(k)] = x[k];
        return w;
    }

    private static double norm1(BigFraction[] v) {
        double s = 0;
        for (BigFraction x : v) s += Math.abs(x.doubleValue());
        return s;
    }

    /**
     * The dual vertex on the LP's active set: lambda supported where the LP's lambda is positive,
     * sum lambda = 1; linf primal (l1 dual norm): the coordinates of Z^T lambda that vanish stay 0;
     * l1 primal (linf dual norm): the coordinates at the max stay equal to +-t.
     */
    private static BigFraction[] polishDual(
            BigFraction[][] z, double[][] zd, MarginLp.Dual q, boolean l1) {
        int n = z.length;
        int d = z[0].length;
        double tol = ACTIVE * scale(zd);
        List<Integer> support = new ArrayList<>();
        for (int i = 0; i < n; i++) if (q.lambda()[i] > ACTIVE) support.add(i);
        double[] v = new double[d];
        for (int i : support) for (int j = 0; j < d; j++) v[j] += q.lambda()[i] * zd[i][j];
        double t = 0;
        for (double x : v) t = Math.max(t, Math.abs(x));
        int cols = support.size() + (l1 ? 1 : 0);
        List<BigFraction[]> rows = new ArrayList<>();
        List<BigFraction> rhs = new ArrayList<>();
        BigFraction[] ones = new BigFraction[cols];
        for (int k = 0; k < cols; k++)
            ones[k] = k < support.size() ? BigFraction.ONE : BigFraction.ZERO;
        rows.add(ones);
        rhs.add(BigFraction.ONE);
        for (int j = 0; j < d; j++) {
            boolean active = l1 ? Math.abs(v[j]) >= t - tol * 10 : Math.abs(v[j]) <= tol * 10;
            if (!active) continue;
            BigFraction[] row = new BigFraction[cols];
            for (int k = 0; k < support.size(); k++) row[k] = z[support.get(k)][j];
            if (l1) row[cols - 1] = new BigFraction(v[j] > 0 ? -1 : 1);
            rows.add(row);
            rhs.add(BigFraction.ZERO);
        }
        BigFraction[] x =
                Fractions.solveUnique(
                        rows.toArray(new BigFraction[0][]), rhs.toArray(new BigFraction[0]));
        if (x == null) return null;
        BigFraction[] lambda = new BigFraction[n];
        Arrays.fill(lambda, BigFraction.ZERO);
        for (int k = 0; k < support.size(); k++) lambda[support.get(k)] = x[k];
        return lambda;
    }

    /**
     * Null when the maximizer is unique to the test's resolution, else a message starting
     * "direction not unique: compare margins".
     */
    static String nonUniqueness(double[][] zd, boolean l1, double gamma) {
        int d = zd[0].length;
        double fixed = gamma * (1 - RELAX);
        double widest = 0;
        int at = -1;
        double lo = 0;
        double hi = 0;
        for (int j = 0; j < d; j++) {
            MarginLp.Primal max = MarginLp.primal(zd, l1, fixed, j, true);
            MarginLp.Primal min = MarginLp.primal(zd, l1, fixed, j, false);
            if (max.w() == null || min.w() == null) continue;
            double width = max.w()[j] - min.w()[j];
            if (width > widest) {
                widest = width;
                at = j;
                lo = min.w()[j];
                hi = max.w()[j];
            }
        }
        if (widest <= WIDE) return null;
        return String.format(
                Locale.ROOT,
                "direction not unique: compare margins (on the face z_n.w >= gamma*(1 - %.0e), ||w|| <= 1, "
                        + "w_%d ranges over [%.6g, %.6g])",
                RELAX,
                at,
                lo,
                hi);
    }

    /** The widest coordinate range found, for the "unique" message. */
    static String uniqueText() {
        return String.format(
                Locale.ROOT,
                "unique: every coordinate varies by at most %.0e on the face z_n.w >= gamma*(1 - %.0e), "
                        + "||w|| <= 1 (2d ranging LPs, ojalgo)",
                WIDE,
                RELAX);
    }
}
