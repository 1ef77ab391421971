package dev.occam.prediction;

import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * argmin ||w||_1 on {Xw = y}, the alpha -> 0 limit of the hyperbolic-entropy interpolant: the LP
 * min sum (p + m) s.t. X(p - m) = y, p, m >= 0 and its dual max y.lambda s.t. ||X^T lambda||_inf <=
 * 1, both through ojalgo in double. On rational data the primal is then re-solved exactly on its
 * support (X_S w_S = y, unique when the columns of X_S are independent), and the dual point is
 * rounded to rationals and scaled into ||X^T lambda||_inf <= 1, so that y.lambda is an exact lower
 * bound on min ||w||_1: the gap ||w||_1 - y.lambda is the certificate.
 */
final class L1Interpolant {
    /** Entries of the LP's point below this (relative to its largest) are off the support. */
    private static final double SUPPORT = 1e-9;

    private L1Interpolant() {}

    /**
     * @param point the minimizer, to the requested digits
     * @param certificate how it was checked, in words
     */
    record Result(BigDecimal[] point, String certificate) {}

    /** Null when an LP fails. */
    static Result solve(SquaredResiduals ls, int digits) {
        int n = ls.rows();
        int d = ls.x()[0].length;
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = ls.y()[i].doubleValue();
            for (int j = 0; j < d; j++) x[i][j] = ls.x()[i][j].doubleValue();
        }
        double[] w = primal(x, y);
        double[] lambda = dual(x, y);
        if (w == null || lambda == null) return null;
        if (!Fractions.allRational(ls.x()) || !Fractions.allRational(ls.y())) {
            BigDecimal[] point = new BigDecimal[d];
            for (int j = 0; j < d; j++) point[j] = new BigDecimal(w[j]);
            return new Result(point, "ojalgo LP in double (the data are not rational)");
        }
        BigFraction[][] xq = Fractions.of(ls.x());
        BigFraction[] yq = Fractions.of(ls.y());
        BigFraction[] exact = polish(xq, yq, w);
        BigFraction[] point = exact != null ? exact : Fractions.of(w);
        BigFraction bound = dualBound(xq, yq, Fractions.of(lambda));
        BigFraction norm = BigFraction.ZERO;
        for (BigFraction v : point) norm = norm.add(Fractions.abs(v));
        String how =
                exact != null
                        ? "re-solved exactly on its support of "
                                + support(w).length
                                + " coordinates (Xw = y exactly)"
                        : "the LP's point in double (no exact re-solve on its support)";
        return new Result(
                Fractions.decimals(point, digits + 10),
                how
                        + "; duality gap ||w||_1 - y.lambda = "
                        + Fractions.decimal(norm.subtract(bound), 3)
                        + " with lambda rounded to rationals and scaled into ||X^T lambda||_inf <= 1 (exact)");
    }

    /** The unique solution of X_S w_S = y on the LP's support, or null. */
    private static BigFraction[] polish(BigFraction[][] x, BigFraction[] y, double[] w) {
        int[] s = support(w);
        BigFraction[][] xs = new BigFraction[x.length][s.length];
        for (int i = 0; i < x.length; i++) for (int k = 0; k < s.length; k++) xs[i][k] = x[i][s[k]];
        BigFraction[] ws = Fractions.solveUnique(xs, y);
        if (ws == null) return null;
        BigFraction[] out = new BigFraction[w.length];
        Arrays.fill(out, BigFraction.ZERO);
        for (int k = 0; k < s.length; k++) out[s[k]] = ws[k];
        return out;
    }

    private static int[] support(double[] w) {
        double max = 0;
        for (double v : w) max = Math.max(max, Math.abs(v));
        double cut = SUPPORT * Math.max(1, max);
        return IntStream.range(0, w.length).filter(j -> Math.abs(w[j]) > cut).toArray();
    }

    /**
     * y.lambda' for lambda' = lambda / max(1, ||X^T lambda||_inf): a lower bound on min ||w||_1.
     */
    static BigFraction dualBound(BigFraction[][] x, BigFraction[] y, BigFraction[] lambda) {
        BigFraction scale = BigFraction.ONE;
        for (int j = 0; j < x[0].length; j++) {
            BigFraction c = BigFraction.ZERO;
            for (int i = 0; i < x.length; i++) c = c.add(x[i][j].multiply(lambda[i]));
            scale = Fractions.max(scale, Fractions.abs(c));
        }
        return Fractions.dot(y, lambda).divide(scale);
    }

    private static double[] primal(double[][] x, double[] y) {
        int n = x.length, d = x[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] p = new Variable[d];
        Variable[] m = new Variable[d];
        for (int j = 0; j < d; j++) {
            p[j] = model.addVariable("p" + j).lower(0).weight(1);
            m[j] = model.addVariable("m" + j).lower(0).weight(1);
        }
        for (int i = 0; i < n; i++) {
            Expression row = model.addExpression("row" + i).level(y[i]);
            for (int j = 0; j < d; j++) {
                if (x[i][j] == 0) continue;
                row.set(p[j], x[i][j]);
                row.set(m[j], -x[i][j]);
            }
        }
        Optimisation.Result r = model.minimise();
        if (!r.getState().isFeasible()) return null;
        double[] w = new double[d];
        for (int j = 0; j < d; j++)
            w[j] = p[j].getValue().doubleValue() - m[j].getValue().doubleValue();
        return w;
    }

    private static double[] dual(double[][] x, double[] y) {
        int n = x.length, d = x[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[n];
        for (int i = 0; i < n; i++) lambda[i] = model.addVariable("lambda" + i).weight(y[i]);
        for (int j = 0; j < d; j++) {
            Expression c = model.addExpression("col" + j).lower(-1).upper(1);
            for (int i = 0; i < n; i++) if (x[i][j] != 0) c.set(lambda[i], x[i][j]);
        }
        Optimisation.Result r = model.maximise();
        if (!r.getState().isFeasible()) return null;
        double[] l = new double[n];
        for (int i = 0; i < n; i++) l[i] = lambda[i].getValue().doubleValue();
        return l;
    }
}
