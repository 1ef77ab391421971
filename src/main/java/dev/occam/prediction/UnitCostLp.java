package dev.occam.prediction;

import org.hipparchus.fraction.BigFraction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The standard-form LP with unit costs, min 1.x s.t. Ax = b, x >= 0, and its dual max b.nu s.t. A^T
 * nu <= 1, solved in double by ojalgo, with the exact rational kernels that certify a solution on
 * rational data: the primal re-solved on its support, the dual re-solved on an active set or
 * rounded and scaled into feasibility. min ||w||_1 (A = [X, -X]) and min trace (A the eigenvalue
 * rows of commuting measurements) are both of this form.
 */
final class UnitCostLp {
    /** Entries of an LP point below this (relative to its largest, at least 1) are zero. */
    static final double SUPPORT = 1e-9;

    private UnitCostLp() {}

    /** A primal minimizer in double, or null when ojalgo finds no feasible optimum. */
    static double[] primal(double[][] a, double[] b) {
        int n = a.length, d = a[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[d];
        for (int j = 0; j < d; j++) x[j] = model.addVariable("x" + j).lower(0).weight(1);
        for (int i = 0; i < n; i++) {
            Expression row = model.addExpression("row" + i).level(b[i]);
            for (int j = 0; j < d; j++) if (a[i][j] != 0) row.set(x[j], a[i][j]);
        }
        Optimisation.Result r = model.minimise();
        if (!r.getState().isFeasible()) return null;
        double[] out = new double[d];
        for (int j = 0; j < d; j++) out[j] = x[j].getValue().doubleValue();
        return out;
    }

    /**
     * A dual maximizer in double, or null. Columns that come in pairs a_j, -a_j (as in min ||w||_1)
     * may be given once with {@code twoSided}: then |a_j.nu| <= 1 is one range constraint.
     */
    static double[] dual(double[][] a, double[] b, boolean twoSided) {
        int n = a.length, d = a[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] nu = new Variable[n];
        for (int i = 0; i < n; i++) nu[i] = model.addVariable("nu" + i).weight(b[i]);
        for (int j = 0; j < d; j++) {
            Expression c = model.addExpression("col" + j).upper(1);
            if (twoSided) c.lower(-1);
            for (int i = 0; i < n; i++) if (a[i][j] != 0) c.set(nu[i], a[i][j]);
        }
        Optimisation.Result r = model.maximise();
        if (!r.getState().isFeasible()) return null;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = nu[i].getValue().doubleValue();
        return out;
    }

    /** Indices of the entries of x above {@link #SUPPORT} relative to its largest (at least 1). */
    static int[] support(double[] x) {
        double max = 0;
        for (double v : x) max = Math.max(max, Math.abs(v));
        double cut = SUPPORT * Math.max(1, max);
        return IntStream.range(0, x.length).filter(j -> Math.abs(x[j]) > cut).toArray();
    }

    /**
     * The unique x supported on {@code s} with Ax = b, exactly, or null when the columns A_s are
     * dependent or the system has no such solution.
     */
    static BigFraction[] onSupport(BigFraction[][] a, BigFraction[] b, int[] s) {
        BigFraction[][] as = new BigFraction[a.length][s.length];
        for (int i = 0; i < a.length; i++) for (int k = 0; k < s.length; k++) as[i][k] = a[i][s[k]];
        BigFraction[] xs = Fractions.solveUnique(as, b);
        if (xs == null) return null;
        BigFraction[] out = new BigFraction[a[0].length];
        Arrays.fill(out, BigFraction.ZERO);
        for (int k = 0; k < s.length; k++) out[s[k]] = xs[k];
        return out;
    }

    /**
     * The unique nu with (A^T nu)_j = 1 for every j in {@code active} (complementary slackness with
     * a primal point supported there), exactly, or null when those columns do not determine nu.
     */
    static BigFraction[] onActiveSet(BigFraction[][] a, int[] active) {
        BigFraction[][] rows = new BigFraction[active.length][a.length];
        BigFraction[] ones = new BigFraction[active.length];
        for (int k = 0; k < active.length; k++) {
            for (int i = 0; i < a.length; i++) rows[k][i] = a[i][active[k]];
            ones[k] = BigFraction.ONE;
        }
        return Fractions.solveUnique(rows, ones);
    }

    /** The columns j with (A^T nu)_j within {@link #SUPPORT} of 1, from a dual point in double. */
    static int[] active(double[][] a, double[] nu) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < a[0].length; j++) {
            double c = 0;
            for (int i = 0; i < a.length; i++) c += a[i][j] * nu[i];
            if (Math.abs(c - 1) <= SUPPORT) out.add(j);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The reduced costs 1 - A^T nu, exactly. */
    static BigFraction[] reducedCosts(BigFraction[][] a, BigFraction[] nu) {
        BigFraction[] r = new BigFraction[a[0].length];
        for (int j = 0; j < r.length; j++) {
            BigFraction c = BigFraction.ZERO;
            for (int i = 0; i < a.length; i++) c = c.add(a[i][j].multiply(nu[i]));
            r[j] = BigFraction.ONE.subtract(c);
        }
        return r;
    }

    /**
     * b.nu' for nu' = nu / max(1, max_j (A^T nu)_j), which is dual feasible: a lower bound on min
     * 1.x whatever nu is.
     */
    static BigFraction dualBound(BigFraction[][] a, BigFraction[] b, BigFraction[] nu) {
        BigFraction scale = BigFraction.ONE;
        for (BigFraction r : reducedCosts(a, nu))
            scale = Fractions.max(scale, BigFraction.ONE.subtract(r));
        return Fractions.dot(b, nu).divide(scale);
    }
}
