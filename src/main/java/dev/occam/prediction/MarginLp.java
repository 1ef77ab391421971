package dev.occam.prediction;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The l1 and l-infinity max-margin LPs in double through ojalgo, their duals, and coordinate ranges
 * over the (nearly) optimal face. Primal: max gamma s.t. z_n.w >= gamma, ||w|| <= 1. Dual: min
 * ||Z^T lambda||_* over the simplex (||.||_* = l1 for linf, linf for l1).
 */
final class MarginLp {
    private MarginLp() {}

    /** A primal point (w, gamma); null w when ojalgo reports no feasible optimum. */
    record Primal(double gamma, double[] w) {}

    /** A dual point lambda in the simplex with value ||Z^T lambda||_*. */
    record Dual(double value, double[] lambda) {}

    static Primal primal(double[][] z, boolean l1) {
        return primal(z, l1, Double.NaN, -1, false);
    }

    /**
     * With {@code fixed} a number: maximize (or minimize) w_coordinate over z_n.w >= fixed, ||w||
     * <= 1 instead of maximizing the margin.
     */
    static Primal primal(double[][] z, boolean l1, double fixed, int coordinate, boolean maximize) {
        int d = z[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] u = new Variable[d];
        Variable[] v = new Variable[d];
        boolean free = Double.isNaN(fixed);
        Variable gamma = free ? model.addVariable("gamma").weight(1) : null;
        for (int j = 0; j < d; j++) {
            if (l1) {
                u[j] = model.addVariable("u" + j).lower(0);
                v[j] = model.addVariable("v" + j).lower(0);
            } else {
                u[j] = model.addVariable("w" + j).lower(-1).upper(1);
            }
        }
        if (l1) {
            Expression ball = model.addExpression("ball").upper(1);
            for (int j = 0; j < d; j++) {
                ball.set(u[j], 1);
                ball.set(v[j], 1);
            }
        }
        for (int n = 0; n < z.length; n++) {
            Expression m = model.addExpression("margin" + n).lower(free ? 0 : fixed);
            for (int j = 0; j < d; j++) {
                if (z[n][j] == 0) continue;
                m.set(u[j], z[n][j]);
                if (l1) m.set(v[j], -z[n][j]);
            }
            if (free) m.set(gamma, -1);
        }
        if (!free) {
            Expression objective = model.addExpression("objective").weight(1);
            objective.set(u[coordinate], 1);
            if (l1) objective.set(v[coordinate], -1);
        }
        Optimisation.Result r = free || maximize ? model.maximise() : model.minimise();
        if (!r.getState().isFeasible()) return new Primal(Double.NaN, null);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = u[j].getValue().doubleValue() - (l1 ? v[j].getValue().doubleValue() : 0);
        }
        return new Primal(free ? gamma.getValue().doubleValue() : r.getValue(), w);
    }

    /** min ||Z^T lambda||_* s.t. lambda >= 0, sum lambda = 1. */
    static Dual dual(double[][] z, boolean l1) {
        int n = z.length;
        int d = z[0].length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[n];
        for (int i = 0; i < n; i++) lambda[i] = model.addVariable("lambda" + i).lower(0);
        Expression simplex = model.addExpression("simplex").level(1);
        for (int i = 0; i < n; i++) simplex.set(lambda[i], 1);
        Variable[] s = new Variable[l1 ? 1 : d];
        for (int k = 0; k < s.length; k++) s[k] = model.addVariable("s" + k).lower(0).weight(1);
        for (int j = 0; j < d; j++) {
            Variable bound = s[l1 ? 0 : j];
            Expression upper = model.addExpression("upper" + j).upper(0);
            Expression lower = model.addExpression("lower" + j).lower(0);
            for (int i = 0; i < n; i++) {
                if (z[i][j] == 0) continue;
                upper.set(lambda[i], z[i][j]);
                lower.set(lambda[i], z[i][j]);
            }
            upper.set(bound, -1);
            lower.set(bound, 1);
        }
        Optimisation.Result r = model.minimise();
        if (!r.getState().isFeasible()) return new Dual(Double.NaN, null);
        double[] l = new double[n];
        for (int i = 0; i < n; i++) l[i] = lambda[i].getValue().doubleValue();
        return new Dual(r.getValue(), l);
    }
}
