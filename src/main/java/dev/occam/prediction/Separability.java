package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;

import org.hipparchus.fraction.BigFraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Linear separability through the origin of the signed points z_n = y_n x_n, by the LP max gamma
 * s.t. z_n.w >= gamma, ||w||_inf <= 1 (ojalgo). Separable is decided exactly: the LP's w (its
 * doubles, read as exact rationals) must have min_n z_n.w > 0 in exact arithmetic. When it does
 * not, the dual LP min ||sum lambda_n z_n||_1 over the simplex names the points whose convex
 * combination vanishes.
 */
public final class Separability {
    private static final double POSITIVE = 1e-9;

    private Separability() {}

    /**
     * @param separable whether some w has z_n.w > 0 for every n (certified exactly when true)
     * @param margin the LP's max-margin gamma in ||.||_inf (double; 0 when not separable)
     * @param message how it was decided, or why the data are not separable
     * @param witness a w with min_n z_n.w > 0 (exact), or null
     * @param blocking the points of a vanishing convex combination when not separable, else empty
     */
    public record Result(
            boolean separable,
            double margin,
            String message,
            BigFraction[] witness,
            List<Integer> blocking) {}

    public static Result check(Classification problem) {
        return check(problem.signed());
    }

    /**
     * @param z the signed points z_n = y_n x_n
     */
    public static Result check(Value[][] z) {
        return check(Fractions.of(z), toDouble(z));
    }

    static Result check(BigFraction[][] z, double[][] zd) {
        MarginLp.Primal p = MarginLp.primal(zd, false);
        String lp = "LP max gamma s.t. z_n.w >= gamma, ||w||_inf <= 1 (ojalgo)";
        if (p.w() != null) {
            BigFraction[] w = Fractions.of(p.w());
            BigFraction min = null;
            for (BigFraction[] zn : z) {
                BigFraction m = Fractions.dot(zn, w);
                min = min == null ? m : Fractions.min(min, m);
            }
            if (min.signum() > 0) {
                return new Result(
                        true,
                        p.gamma(),
                        String.format(
                                Locale.ROOT,
                                "linearly separable through the origin: the %s gives gamma = %.6g > 0, and its w has min_n z_n.w = %s > 0 "
                                        + "(exact rational arithmetic)",
                                lp,
                                p.gamma(),
                                Fractions.decimal(min, 6).toString()),
                        w,
                        List.of());
            }
        }
        MarginLp.Dual q = MarginLp.dual(zd, false);
        List<Integer> blocking = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        if (q.lambda() != null) {
            StringBuilder weights = new StringBuilder();
            for (int n = 0; n < z.length; n++) {
                if (q.lambda()[n] > POSITIVE) {
                    blocking.add(n);
                    weights.append(weights.length() == 0 ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%.4g", q.lambda()[n]));
                }
            }
            if (blocking.size() == 1) {
                why.append("point ")
                        .append(blocking.get(0))
                        .append(" cannot be separated: z_")
                        .append(blocking.get(0))
                        .append(" = 0");
            } else {
                why.append("points ").append(join(blocking)).append(" cannot be separated: ");
                why.append(
                        String.format(
                                Locale.ROOT,
                                "the convex combination of z_n = y_n x_n over points %s with weights %s is 0 "
                                        + "(||sum lambda_n z_n||_1 = %.2g)",
                                join(blocking),
                                weights,
                                q.value()));
            }
        } else {
            why.append("the LP found no feasible point");
        }
        double gamma = p.w() == null || !(p.gamma() > 0) ? 0 : p.gamma();
        return new Result(
                false,
                gamma,
                String.format(
                        Locale.ROOT,
                        "the data are not linearly separable through the origin: the %s is 0 (%s)",
                        "LP max-margin " + lp.substring(3),
                        why),
                null,
                blocking);
    }

    private static String join(List<Integer> idx) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < idx.size(); i++) b.append(i == 0 ? "" : ", ").append(idx.get(i));
        return b.toString();
    }

    static double[][] toDouble(Value[][] z) {
        double[][] out = new double[z.length][];
        for (int n = 0; n < z.length; n++) {
            out[n] = new double[z[n].length];
            for (int j = 0; j < z[n].length; j++) out[n][j] = z[n][j].doubleValue();
        }
        return out;
    }
}
