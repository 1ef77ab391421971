package dev.occam.prediction;

import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;

/**
 * argmin ||w||_1 on {Xw = y}, the alpha -> 0 limit of the hyperbolic-entropy interpolant: the LP
 * min sum (p + m) s.t. X(p - m) = y, p, m >= 0 and its dual max y.lambda s.t. ||X^T lambda||_inf <=
 * 1, both through ojalgo in double ({@link UnitCostLp}). On rational data the primal is then
 * re-solved exactly on its support (X_S w_S = y, unique when the columns of X_S are independent),
 * and the dual point is rounded to rationals and scaled into ||X^T lambda||_inf <= 1, so that
 * y.lambda is an exact lower bound on min ||w||_1: the gap ||w||_1 - y.lambda is the certificate.
 */
final class L1Interpolant {
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
        BigFraction[] exact = UnitCostLp.onSupport(xq, yq, UnitCostLp.support(w));
        BigFraction[] point = exact != null ? exact : Fractions.of(w);
        BigFraction bound = dualBound(xq, yq, Fractions.of(lambda));
        BigFraction norm = BigFraction.ZERO;
        for (BigFraction v : point) norm = norm.add(Fractions.abs(v));
        String how =
                exact != null
                        ? "re-solved exactly on its support of "
                                + UnitCostLp.support(w).length
                                + " coordinates (Xw = y exactly)"
                        : "the LP's point in double (no exact re-solve on its support)";
        return new Result(
                Fractions.decimals(point, digits + 10),
                how
                        + "; duality gap ||w||_1 - y.lambda = "
                        + Fractions.decimal(norm.subtract(bound), 3)
                        + " with lambda rounded to rationals and scaled into ||X^T lambda||_inf <= 1 (exact)");
    }

    /**
     * y.lambda' for lambda' = lambda / max(1, ||X^T lambda||_inf): a lower bound on min ||w||_1.
     */
    static BigFraction dualBound(BigFraction[][] x, BigFraction[] y, BigFraction[] lambda) {
        BigFraction[][] split = new BigFraction[x.length][];
        for (int i = 0; i < x.length; i++) split[i] = interleaved(x[i]);
        return UnitCostLp.dualBound(split, y, lambda);
    }

    /** min sum (p + m) s.t. X(p - m) = y, p, m >= 0, with the columns x_j, -x_j interleaved. */
    private static double[] primal(double[][] x, double[] y) {
        double[][] split = new double[x.length][2 * x[0].length];
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < x[0].length; j++) {
                split[i][2 * j] = x[i][j];
                split[i][2 * j + 1] = -x[i][j];
            }
        double[] pm = UnitCostLp.primal(split, y);
        if (pm == null) return null;
        double[] w = new double[x[0].length];
        for (int j = 0; j < w.length; j++) w[j] = pm[2 * j] - pm[2 * j + 1];
        return w;
    }

    private static double[] dual(double[][] x, double[] y) {
        return UnitCostLp.dual(x, y, true);
    }

    /** The row of [X, -X] with the columns x_j, -x_j interleaved. */
    private static BigFraction[] interleaved(BigFraction[] row) {
        BigFraction[] out = new BigFraction[2 * row.length];
        for (int j = 0; j < row.length; j++) {
            out[2 * j] = row[j];
            out[2 * j + 1] = row[j].negate();
        }
        return out;
    }
}
