package dev.occam.prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The hard-margin SVM without intercept, min 1/2 ||w||^2 s.t. z_n.w >= 1: ojalgo's primal QP in
 * double, then an exact active-set polish. On a working set S (the QP's near-active points), a
 * maximal independent subset B gives w = sum_{B} alpha_n z_n with z_m.w = 1 for m in B (exact LU
 * of the Gram matrix); points of S that this w leaves inconsistent are dropped, a negative alpha
 * drops its point, and the most violated point outside S joins it, until the KKT system holds
 * exactly.
 */
final class HardMarginSvm {
    /** Relative slack under which a QP constraint counts as active. */
    private static final double ACTIVE = 1e-7;

    /**
     * @param w           w_hat, exact
     * @param alpha       a dual vector over all points, exact, zero off the support
     * @param support     the exact active set {n : z_n.w = 1}, ascending
     * @param independent whether the support vectors are linearly independent (alpha unique)
     * @param qp          the QP's w in double
     * @param repairs     active-set changes the polish needed after the QP's detection
     */
    record Solution(BigFraction[] w, BigFraction[] alpha, List<Integer> support, boolean independent, double[] qp,
                    int repairs) {
    }

    private HardMarginSvm() {
    }

    /** Null when the QP fails or the polish does not settle (the data should be separable). */
    static Solution solve(BigFraction[][] z, double[][] zd) {
        int n = z.length;
        int d = z[0].length;
        double[] qp = qp(zd);
        if (qp == null) return null;
        double[] slack = new double[n];
        List<Integer> working = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double m = 0;
            double size = 0;
            for (int j = 0; j < d; j++) {
                m += zd[i][j] * qp[j];
                size += Math.abs(zd[i][j] * qp[j]);
            }
            slack[i] = m - 1;
            if (slack[i] <= ACTIVE * Math.max(1, size)) working.add(i);
        }
        Comparator<Integer> bySlack = Comparator.<Integer>comparingDouble(i -> slack[i]).thenComparing(i -> i);
        int repairs = 0;
        for (int iteration = 0; iteration < 4 * n + 20; iteration++) {
            if (working.isEmpty()) {
                working.add(argmin(slack));
                repairs++;
            }
            working.sort(bySlack);
            List<Integer> basis = Fractions.independentRows(z, working);
            BigFraction[][] zb = rows(z, basis);
            BigFraction[] a = marginOne(zb);
            BigFraction[] w = Fractions.combination(zb, a, d);
            // points of the working set this w does not put on the margin
            Integer inconsistent = null;
            List<Integer> loose = new ArrayList<>();
            for (int m : working) {
                if (basis.contains(m)) continue;
                int c = Fractions.dot(z[m], w).compareTo(BigFraction.ONE);
                if (c > 0) loose.add(m);
                else if (c < 0) inconsistent = m;
            }
            if (inconsistent != null) {
                working.remove(working.get(working.size() - 1)); // the least active one
                repairs++;
                continue;
            }
            if (!loose.isEmpty()) {
                working.removeAll(loose);
                repairs++;
                continue;
            }
            BigFraction[] alpha = new BigFraction[n];
            java.util.Arrays.fill(alpha, BigFraction.ZERO);
            int negative = -1;
            for (int k = 0; k < basis.size(); k++) {
                alpha[basis.get(k)] = a[k];
                if (a[k].signum() < 0 && (negative < 0 || a[k].compareTo(alpha[negative]) < 0)) negative = basis.get(k);
            }
            if (negative >= 0 && basis.size() < working.size()) {
                BigFraction[] other = nonnegativeAlpha(z, zd, working, w);
                if (other != null) {
                    alpha = other;
                    negative = -1;
                }
            }
            if (negative >= 0) {
                working.remove(Integer.valueOf(negative));
                repairs++;
                continue;
            }
            int violated = -1;
            BigFraction worst = BigFraction.ONE;
            for (int i = 0; i < n; i++) {
                BigFraction m = Fractions.dot(z[i], w);
                if (m.compareTo(worst) < 0) {
                    worst = m;
                    violated = i;
                }
            }
            if (violated >= 0) {
                working.add(violated);
                repairs++;
                continue;
            }
            List<Integer> support = new ArrayList<>();
            for (int i = 0; i < n; i++) if (Fractions.dot(z[i], w).equals(BigFraction.ONE)) support.add(i);
            boolean independent = Fractions.independentRows(z, support).size() == support.size();
            return new Solution(w, alpha, support, independent, qp, repairs);
        }
        return null;
    }

    /** alpha with (Z_B Z_B^T) alpha = 1, exact. */
    private static BigFraction[] marginOne(BigFraction[][] zb) {
        int k = zb.length;
        BigFraction[][] g = new BigFraction[k][k];
        for (int i = 0; i < k; i++) for (int j = 0; j <= i; j++) g[i][j] = g[j][i] = Fractions.dot(zb[i], zb[j]);
        BigFraction[] ones = new BigFraction[k];
        java.util.Arrays.fill(ones, BigFraction.ONE);
        return dev.occam.numeric.RationalLinearAlgebra.solve(g, ones);
    }

    /**
     * When the working set is linearly dependent the multipliers are not unique: an LP vertex of
     * {alpha >= 0 : Z_S^T alpha = w} (ojalgo, double) gives a support whose exact re-solve may be
     * nonnegative. Null when it is not.
     */
    private static BigFraction[] nonnegativeAlpha(BigFraction[][] z, double[][] zd, List<Integer> working, BigFraction[] w) {
        int d = w.length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] a = new Variable[working.size()];
        for (int k = 0; k < a.length; k++) a[k] = model.addVariable("alpha" + k).lower(0).weight(1);
        for (int j = 0; j < d; j++) {
            Expression e = model.addExpression("w" + j).level(w[j].doubleValue());
            for (int k = 0; k < a.length; k++) e.set(a[k], zd[working.get(k)][j]);
        }
        Optimisation.Result r = model.minimise();
        if (!r.getState().isFeasible()) return null;
        List<Integer> support = new ArrayList<>();
        for (int k = 0; k < a.length; k++) if (a[k].getValue().doubleValue() > 1e-10) support.add(working.get(k));
        if (Fractions.independentRows(z, support).size() != support.size()) return null;
        BigFraction[][] m = new BigFraction[d][support.size()];
        for (int j = 0; j < d; j++) for (int k = 0; k < support.size(); k++) m[j][k] = z[support.get(k)][j];
        BigFraction[] x = Fractions.solveUnique(m, w);
        if (x == null) return null;
        BigFraction[] alpha = new BigFraction[z.length];
        java.util.Arrays.fill(alpha, BigFraction.ZERO);
        for (int k = 0; k < support.size(); k++) {
            if (x[k].signum() < 0) return null;
            alpha[support.get(k)] = x[k];
        }
        return alpha;
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
