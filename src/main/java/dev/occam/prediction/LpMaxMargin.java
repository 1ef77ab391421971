package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.NormSquaredPotential;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;

/**
 * The l_p max-margin separator (1 < p < inf): min 1/2 ||w||_p^2 s.t. z_n.w >= 1, whose KKT system is
 * grad psi(w) = Z^T alpha (psi = 1/2 ||.||_p^2), alpha >= 0, z_n.w >= 1, alpha_n (z_n.w - 1) = 0.
 * On a support set S, w = grad psi*(Z_S^T alpha) (psi* = 1/2 ||.||_q^2) and Z_S w = 1 is solved by the
 * same dual Newton as Bregman projections, in Dfp; an active-set loop started from the l2 SVM's
 * support drops negative multipliers and adds violated points. Certified by the four KKT residuals
 * and the duality gap 1/2||w||_p^2 - (sum alpha - 1/2 ||Z^T alpha||_q^2).
 */
final class LpMaxMargin {
    private static final int MAX_SWAPS = 100;

    private LpMaxMargin() {
    }

    static Prediction predict(String kind, Value p, Classification problem, BigFraction[][] z, double[][] zd, int digits,
                              List<String> pre) {
        DfpField field = new DfpField(digits + 30);
        Dfp[][] zf = new Dfp[z.length][];
        for (int n = 0; n < z.length; n++) {
            zf[n] = new Dfp[z[n].length];
            for (int j = 0; j < z[n].length; j++) zf[n][j] = field.newDfp(z[n][j].getNumerator().toString()).divide(field.newDfp(z[n][j].getDenominator().toString()));
        }
        HardMarginSvm.Solution l2 = MaxMargin.svm(z, zd);
        if (l2 == null) return Prediction.unmet(kind, pre, "the l2 SVM that seeds the l_p active set failed");
        NormSquaredPotential psi = new NormSquaredPotential(p);
        List<Integer> support = new ArrayList<>(l2.support());
        Dfp tolerance = field.newDfp("1e-" + (digits + 15));
        Dfp[] w = null;
        Dfp[] alpha = null;
        int swaps = 0;
        for (; swaps < MAX_SWAPS; swaps++) {
            Dfp[][] zs = new Dfp[support.size()][];
            Dfp[] ones = new Dfp[support.size()];
            Dfp[] start = new Dfp[support.size()];
            for (int k = 0; k < zs.length; k++) {
                zs[k] = zf[support.get(k)];
                ones[k] = field.getOne();
                start[k] = field.newDfp(Math.max(l2.alpha()[support.get(k)].doubleValue(), 1e-3));
            }
            Dfp[] zero = new Dfp[zf[0].length];
            java.util.Arrays.fill(zero, field.getZero());
            DualNewton.Solution s = DualNewton.solve(zs, ones, zero, start, psi, tolerance);
            if (s == null) return Prediction.unmet(kind, pre, "dual Newton on the support set " + MaxMargin.indices(support) + " did not converge");
            int negative = -1;
            for (int k = 0; k < support.size(); k++) if (s.lambda()[k].negativeOrNull() && !s.lambda()[k].isZero()
                    && (negative < 0 || s.lambda()[k].lessThan(s.lambda()[negative]))) negative = k;
            if (negative >= 0) {
                support.remove(negative);
                continue;
            }
            w = s.w();
            int violated = -1;
            Dfp worst = tolerance.negate();
            for (int n = 0; n < zf.length; n++) {
                Dfp slack = DfpVectors.dot(zf[n], w).subtract(field.getOne());
                if (slack.lessThan(worst)) {
                    worst = slack;
                    violated = n;
                }
            }
            if (violated >= 0) {
                support.add(violated);
                java.util.Collections.sort(support);
                continue;
            }
            alpha = new Dfp[zf.length];
            java.util.Arrays.fill(alpha, field.getZero());
            for (int k = 0; k < support.size(); k++) alpha[support.get(k)] = s.lambda()[k];
            break;
        }
        if (alpha == null) return Prediction.unmet(kind, pre, "the l_p active set did not settle in " + MAX_SWAPS + " swaps");
        return certified(kind, p, psi, zf, w, alpha, support, swaps, digits, pre);
    }

    private static Prediction certified(String kind, Value p, NormSquaredPotential psi, Dfp[][] z, Dfp[] w, Dfp[] alpha,
                                        List<Integer> support, int swaps, int digits, List<String> pre) {
        DfpField field = w[0].getField();
        Dfp feasibility = field.getZero(), signs = field.getZero(), complementarity = field.getZero();
        for (int n = 0; n < z.length; n++) {
            Dfp slack = DfpVectors.dot(z[n], w).subtract(field.getOne());
            if (slack.negate().greaterThan(feasibility)) feasibility = slack.negate();
            if (alpha[n].negate().greaterThan(signs)) signs = alpha[n].negate();
            Dfp c = alpha[n].multiply(slack).abs();
            if (c.greaterThan(complementarity)) complementarity = c;
        }
        Dfp[] zta = DfpVectors.multiplyTransposed(z, alpha);
        Dfp stationarity = DfpVectors.normInf(DfpVectors.subtract(psi.gradient(w), zta));
        Dfp primal = psi.value(w);
        Dfp sum = field.getZero();
        for (Dfp a : alpha) sum = sum.add(a);
        Value q = Value.of(p.rational().divide(p.rational().subtract(BigFraction.ONE)), "q");
        Dfp dual = sum.subtract(new NormSquaredPotential(q).value(zta));
        String arithmetic = " (" + (digits + 30) + "-digit arithmetic)";
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put("primal feasibility max_n (1 - z_n.w)_+", Decimals.brief(feasibility) + arithmetic);
        cert.put("dual signs max_n (-alpha_n)_+", Decimals.brief(signs));
        cert.put("complementarity max_n |alpha_n (z_n.w - 1)|", Decimals.brief(complementarity));
        cert.put("stationarity ||grad psi(w) - Z^T alpha||_inf", Decimals.brief(stationarity));
        cert.put("duality gap 1/2||w||_p^2 - (sum alpha - 1/2||Z^T alpha||_q^2)", Decimals.brief(primal.subtract(dual)));
        cert.put("support set", MaxMargin.indices(support) + " after " + swaps + " active-set swaps from the l2 SVM's support");
        cert.put("optimality", "KKT conditions of a convex program with linear constraints: sufficient; w_hat is unique (1/2||w||_p^2 is strictly convex)");
        Dfp norm = psi.value(w).multiply(2).sqrt();
        BigDecimal[] wHat = Decimals.of(w);
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        quantities.put("w_hat", wHat);
        quantities.put("alpha", Decimals.of(alpha));
        quantities.put("margin", new BigDecimal[] {Decimals.of(norm.reciprocal())});
        quantities.put("support", MaxMargin.support(support));
        quantities.put("norm:lp", new BigDecimal[] {p.decimal()}); // the margin's norm, with its exponent
        Map<String, Map<String, String>> derived = new LinkedHashMap<>();
        derived.put("max-margin problem", MaxMargin.rendered("min 1/2 ||w||_p^2 s.t. z_n.w >= 1, p = " + p.text(),
                "\\min \\tfrac12\\|w\\|_{" + p.text() + "}^2 \\ \\text{s.t.}\\ z_n^\\top w \\ge 1"));
        return new Prediction(kind, wHat, null, cert, pre, null, Map.of(), derived, quantities);
    }
}
