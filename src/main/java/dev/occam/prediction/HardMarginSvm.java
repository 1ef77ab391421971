package dev.occam.prediction;

import dev.occam.numeric.RationalLinearAlgebra;

import org.hipparchus.fraction.BigFraction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hard-margin SVM without intercept, min 1/2 ||w||^2 s.t. z_n.w >= 1: ojalgo's primal QP in
 * double, then an exact polish: the QP's near-active set, made linearly independent, warm-starts an
 * exact-rational Goldfarb-Idnani dual active-set method, which normally stops at once (no violated
 * point) and otherwise repairs the set in finitely many steps.
 */
final class HardMarginSvm {
    /** Relative slack under which a QP constraint counts as active. */
    private static final double ACTIVE = 1e-7;

    /**
     * @param w w_hat, exact
     * @param alpha a dual vector over all points, exact, zero off the support
     * @param support the exact active set {n : z_n.w = 1}, ascending
     * @param independent whether the support vectors are linearly independent (alpha unique)
     * @param qp the QP's w in double
     * @param repairs active-set changes the polish needed after the QP's detection
     */
    record Solution(
            BigFraction[] w,
            BigFraction[] alpha,
            List<Integer> support,
            boolean independent,
            double[] qp,
            int repairs) {}

    private HardMarginSvm() {}

    /** Null when the QP fails or the polish does not settle (the data should be separable). */
    static Solution solve(BigFraction[][] z, double[][] zd) {
        int n = z.length;
        int d = z[0].length;
        double[] qp = qp(zd);
        return qp == null ? null : polish(z, zd, qp);
    }

    /**
     * The exact polish from an approximate solution {@code qp} (any w: a poor one only costs
     * repairs). Warm start: the near-active points of qp, reduced to a linearly independent subset
     * B, give w = Z_B^T alpha with Z_B w = 1; when alpha >= 0 that is a valid dual-feasible start,
     * else the start is w = 0 with nothing active. Then the Goldfarb-Idnani dual active-set method
     * (with the identity Hessian) in exact arithmetic adds the most violated constraint, dropping
     * active ones whose multiplier reaches 0, until every z_n.w >= 1: finite, and the active set
     * stays linearly independent with alpha >= 0.
     */
    static Solution polish(BigFraction[][] z, double[][] zd, double[] qp) {
        int n = z.length;
        int d = z[0].length;
        double[] slack = new double[n];
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double m = 0;
            double size = 0;
            for (int j = 0; j < d; j++) {
                m += zd[i][j] * qp[j];
                size += Math.abs(zd[i][j] * qp[j]);
            }
            slack[i] = m - 1;
            if (slack[i] <= ACTIVE * Math.max(1, size)) near.add(i);
        }
        near.sort(Comparator.<Integer>comparingDouble(i -> slack[i]).thenComparing(i -> i));
        List<Integer> active = Fractions.independentRows(z, near);
        BigFraction[] u = marginOne(rows(z, active));
        boolean warm = true;
        for (BigFraction x : u) if (x.signum() < 0) warm = false;
        if (!warm) {
            active = new ArrayList<>();
            u = new BigFraction[0];
        }
        List<BigFraction> mult = new ArrayList<>(Arrays.asList(u));
        BigFraction[] w = Fractions.combination(rows(z, active), u, d);
        int repairs = warm ? 0 : 1;
        for (int iteration = 0; iteration < 50 * (n + d) + 100; iteration++) {
            int p = -1;
            BigFraction worst = BigFraction.ZERO;
            for (int i = 0; i < n; i++) {
                BigFraction s = Fractions.dot(z[i], w).subtract(BigFraction.ONE);
                if (s.compareTo(worst) < 0) {
                    worst = s;
                    p = i;
                }
            }
            if (p < 0) return finish(z, w, active, mult, qp, repairs);
            repairs++;
            mult.add(BigFraction.ZERO); // u_p, last
            while (true) {
                BigFraction[][] za = rows(z, active);
                BigFraction[] r =
                        active.isEmpty() ? new BigFraction[0] : gramSolve(za, multiply(za, z[p]));
                BigFraction[] dir = z[p].clone();
                BigFraction[] back = Fractions.combination(za, r, d);
                for (int j = 0; j < d; j++) dir[j] = dir[j].subtract(back[j]);
                BigFraction sp = Fractions.dot(z[p], w).subtract(BigFraction.ONE);
                BigFraction curvature = Fractions.dot(dir, z[p]);
                BigFraction t2 = curvature.signum() == 0 ? null : sp.negate().divide(curvature);
                BigFraction t1 = null;
                int drop = -1;
                for (int k = 0; k < r.length; k++) {
                    if (r[k].signum() <= 0) continue;
                    BigFraction t = mult.get(k).divide(r[k]);
                    if (t1 == null || t.compareTo(t1) < 0) {
                        t1 = t;
                        drop = k;
                    }
                }
                if (t1 == null && t2 == null) return null; // infeasible: not separable
                boolean full = t2 != null && (t1 == null || t2.compareTo(t1) <= 0);
                BigFraction t = full ? t2 : t1;
                if (t2 != null) for (int j = 0; j < d; j++) w[j] = w[j].add(t.multiply(dir[j]));
                for (int k = 0; k < r.length; k++)
                    mult.set(k, mult.get(k).subtract(t.multiply(r[k])));
                mult.set(mult.size() - 1, mult.get(mult.size() - 1).add(t));
                if (full) {
                    active.add(p);
                    break;
                }
                active.remove(drop);
                mult.remove(drop);
                repairs++;
            }
        }
        return null;
    }

    private static Solution finish(
            BigFraction[][] z,
            BigFraction[] w,
            List<Integer> active,
            List<BigFraction> mult,
            double[] qp,
            int repairs) {
        int n = z.length;
        BigFraction[] alpha = new BigFraction[n];
        Arrays.fill(alpha, BigFraction.ZERO);
        for (int k = 0; k < active.size(); k++) alpha[active.get(k)] = mult.get(k);
        List<Integer> support = new ArrayList<>();
        for (int i = 0; i < n; i++)
            if (Fractions.dot(z[i], w).equals(BigFraction.ONE)) support.add(i);
        boolean independent = Fractions.independentRows(z, support).size() == support.size();
        return new Solution(w, alpha, support, independent, qp, repairs);
    }

    private static BigFraction[] multiply(BigFraction[][] rows, BigFraction[] v) {
        BigFraction[] out = new BigFraction[rows.length];
        for (int k = 0; k < rows.length; k++) out[k] = Fractions.dot(rows[k], v);
        return out;
    }

    /** (Z_A Z_A^T)^-1 b, exact. */
    private static BigFraction[] gramSolve(BigFraction[][] za, BigFraction[] b) {
        int k = za.length;
        BigFraction[][] g = new BigFraction[k][k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j <= i; j++) g[i][j] = g[j][i] = Fractions.dot(za[i], za[j]);
        return RationalLinearAlgebra.solve(g, b);
    }

    /** alpha with (Z_B Z_B^T) alpha = 1, exact. */
    private static BigFraction[] marginOne(BigFraction[][] zb) {
        BigFraction[] ones = new BigFraction[zb.length];
        Arrays.fill(ones, BigFraction.ONE);
        return zb.length == 0 ? ones : gramSolve(zb, ones);
    }

    /** The primal QP min 1/2 ||w||^2 s.t. z_n.w >= 1 (ojalgo), or null when it fails. */
    static double[] qp(double[][] zd) {
        int d = zd[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] w = new Variable[d];
        for (int j = 0; j < d; j++) w[j] = model.addVariable("w" + j);
        Expression objective = model.addExpression("objective").weight(0.5);
        for (int j = 0; j < d; j++) objective.set(w[j], w[j], 1);
        for (int n = 0; n < zd.length; n++) {
            Expression c = model.addExpression("margin" + n).lower(1);
            for (int j = 0; j < d; j++) if (zd[n][j] != 0) c.set(w[j], zd[n][j]);
        }
        Optimisation.Result r = model.minimise();
        if (!r.getState().isFeasible()) return null;
        double[] out = new double[d];
        for (int j = 0; j < d; j++) out[j] = w[j].getValue().doubleValue();
        return out;
    }

    private static BigFraction[][] rows(BigFraction[][] z, List<Integer> idx) {
        BigFraction[][] out = new BigFraction[idx.size()][];
        for (int k = 0; k < idx.size(); k++) out[k] = z[idx.get(k)];
        return out;
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] < v[best]) best = i;
        return best;
    }
}
