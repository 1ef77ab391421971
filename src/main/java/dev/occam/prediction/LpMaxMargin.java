package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.NormSquaredPotential;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The l_p max-margin separator (1 < p < inf): min 1/2 ||w||_p^2 s.t. z_n.w >= 1, whose KKT system
 * is grad psi(w) = Z^T alpha (psi = 1/2 ||.||_p^2), alpha >= 0, z_n.w >= 1, alpha_n (z_n.w - 1) =
 * 0. An active-set loop solves the equality-constrained problem on a support set S ({@link
 * LpSupportProblem}), drops negative multipliers and adds violated points. Far from p = 2 the maps
 * are powers of degree up to 100 (q = 101 at p = 1.01), from which Newton converges only from
 * nearby; so p is walked from 2, where the l2 SVM gives the answer, to its value in steps of log(p
 * - 1), each started from the last solution (a step that fails is halved). Certified by the four
 * KKT residuals and the duality gap 1/2||w||_p^2 - (sum alpha - 1/2 ||Z^T alpha||_q^2), each of
 * which must be below 10^-digits (relative): a solution that does not pass is reported unmet.
 */
final class LpMaxMargin {
    private static final int MAX_SWAPS = 100;

    /** Continuation steps in log(p - 1): the first try, and the smallest before giving up. */
    private static final double FIRST_STEP = 0.5;

    private static final double SMALLEST_STEP = 1e-3;

    private LpMaxMargin() {}

    /**
     * A solution of the full problem at one p: w, alpha over all points, the support and the swaps
     * it took.
     */
    private record Solved(Dfp[] w, Dfp[] alpha, List<Integer> support, int swaps) {}

    static Prediction predict(
            String kind,
            Value p,
            Classification problem,
            BigFraction[][] z,
            double[][] zd,
            int digits,
            List<String> pre) {
        if (!p.isRational())
            return Prediction.unmet(
                    kind,
                    pre,
                    "the l_p max margin needs p given exactly (a rational), got " + p.text());
        try {
            return solve(kind, p, z, zd, digits, pre);
        } catch (RuntimeException e) {
            // Dfp or a decomposition failing on degenerate data: no answer, and no certificate
            return Prediction.unmet(kind, pre, "the l_p max-margin solver failed: " + e);
        }
    }

    private static Prediction solve(
            String kind, Value p, BigFraction[][] z, double[][] zd, int digits, List<String> pre) {
        DfpField field = new DfpField(digits + 30);
        Dfp[][] zf = new Dfp[z.length][];
        for (int n = 0; n < z.length; n++) {
            zf[n] = new Dfp[z[n].length];
            for (int j = 0; j < z[n].length; j++)
                zf[n][j] =
                        field.newDfp(z[n][j].getNumerator().toString())
                                .divide(field.newDfp(z[n][j].getDenominator().toString()));
        }
        HardMarginSvm.Solution l2 = MaxMargin.svm(z, zd);
        if (l2 == null)
            return Prediction.unmet(kind, pre, "the l2 SVM that seeds the l_p active set failed");
        Dfp tolerance = field.newDfp("1e-" + (digits + 15));
        Dfp[] w = new Dfp[zf[0].length];
        for (int j = 0; j < w.length; j++)
            w[j] =
                    field.newDfp(l2.w()[j].getNumerator().toString())
                            .divide(field.newDfp(l2.w()[j].getDenominator().toString()));
        List<Integer> support = new ArrayList<>(l2.support());
        double target = Math.log(p.rational().subtract(BigFraction.ONE).doubleValue());
        double at = 0;
        double step = FIRST_STEP;
        int steps = 0;
        int swaps = 0;
        Solved solved = null;
        while (solved == null || at != target) {
            boolean last = Math.abs(target - at) <= step;
            double next = last ? target : at + Math.copySign(step, target - at);
            Value pk = last ? p : along(next);
            Solved s = activeSet(new LpSupportProblem(pk), zf, support, w, tolerance);
            if (s == null) {
                step /= 2;
                if (step < SMALLEST_STEP) {
                    return Prediction.unmet(
                            kind,
                            pre,
                            "the l_p active set did not converge at p = "
                                    + pk.text()
                                    + " on the way from p = 2 to "
                                    + p.text()
                                    + " (continuation step in log(p - 1) below "
                                    + SMALLEST_STEP
                                    + ")");
                }
                continue;
            }
            solved = s;
            at = next;
            w = s.w();
            support = s.support();
            swaps += s.swaps();
            steps++;
            step = Math.min(2 * step, 1);
        }
        return certified(
                kind,
                p,
                new LpSupportProblem(p).psi(),
                zf,
                solved.w(),
                solved.alpha(),
                solved.support(),
                swaps,
                steps,
                digits,
                pre);
    }

    /**
     * p = 1 + e^t rounded to 6 decimals after the point of p - 1: an exact rational stop on the
     * way.
     */
    private static Value along(double t) {
        long micro = Math.max(1, Math.round(Math.exp(t) * 1e6));
        BigFraction pf = BigFraction.ONE.add(new BigFraction(micro, 1_000_000));
        return Value.of(pf, Value.text(pf));
    }

    /**
     * The active-set loop at one p from a support guess and a nearby point; null when it does not
     * settle.
     */
    private static Solved activeSet(
            LpSupportProblem problem, Dfp[][] zf, List<Integer> start, Dfp[] near, Dfp tolerance) {
        DfpField field = near[0].getField();
        List<Integer> support = new ArrayList<>(start);
        Dfp[] w = near;
        for (int swaps = 0; swaps < MAX_SWAPS; swaps++) {
            if (support.isEmpty()) return null;
            Dfp[][] zs = new Dfp[support.size()][];
            for (int k = 0; k < zs.length; k++) zs[k] = zf[support.get(k)];
            LpSupportProblem.Solution s = problem.solve(zs, w, tolerance);
            if (s == null) return null;
            int negative = -1;
            for (int k = 0; k < support.size(); k++)
                if (s.lambda()[k].negativeOrNull()
                        && !s.lambda()[k].isZero()
                        && (negative < 0 || s.lambda()[k].lessThan(s.lambda()[negative])))
                    negative = k;
            if (negative >= 0) {
                support.remove(negative);
                w = s.w();
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
                Collections.sort(support);
                continue;
            }
            Dfp[] alpha = new Dfp[zf.length];
            Arrays.fill(alpha, field.getZero());
            for (int k = 0; k < support.size(); k++) alpha[support.get(k)] = s.lambda()[k];
            return new Solved(w, alpha, support, swaps);
        }
        return null;
    }

    private static Prediction certified(
            String kind,
            Value p,
            NormSquaredPotential psi,
            Dfp[][] z,
            Dfp[] w,
            Dfp[] alpha,
            List<Integer> support,
            int swaps,
            int steps,
            int digits,
            List<String> pre) {
        DfpField field = w[0].getField();
        Dfp feasibility = field.getZero(),
                signs = field.getZero(),
                complementarity = field.getZero();
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
        String gate =
                gate(
                        digits,
                        feasibility,
                        signs,
                        complementarity,
                        stationarity,
                        primal.subtract(dual),
                        alpha,
                        psi.gradient(w),
                        primal);
        if (gate != null)
            return Prediction.unmet(
                    kind,
                    pre,
                    "the l_p max-margin solution on the support set "
                            + MaxMargin.indices(support)
                            + " does not certify: "
                            + gate);
        String arithmetic = " (" + (digits + 30) + "-digit arithmetic)";
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "primal feasibility max_n (1 - z_n.w)_+", Decimals.brief(feasibility) + arithmetic);
        cert.put("dual signs max_n (-alpha_n)_+", Decimals.brief(signs));
        cert.put("complementarity max_n |alpha_n (z_n.w - 1)|", Decimals.brief(complementarity));
        cert.put("stationarity ||grad psi(w) - Z^T alpha||_inf", Decimals.brief(stationarity));
        cert.put(
                "duality gap 1/2||w||_p^2 - (sum alpha - 1/2||Z^T alpha||_q^2)",
                Decimals.brief(primal.subtract(dual)));
        cert.put(
                "support set",
                MaxMargin.indices(support)
                        + " after "
                        + swaps
                        + " active-set swaps from the l2 SVM's support, over "
                        + steps
                        + " continuation steps in p from 2");
        cert.put(
                "optimality",
                "KKT conditions of a convex program with linear constraints: sufficient; w_hat is unique (1/2||w||_p^2 is strictly convex)");
        Dfp norm = psi.value(w).multiply(2).sqrt();
        BigDecimal[] wHat = Decimals.of(w);
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        quantities.put("w_hat", wHat);
        quantities.put("alpha", Decimals.of(alpha));
        quantities.put("margin", new BigDecimal[] {Decimals.of(norm.reciprocal())});
        quantities.put("support", MaxMargin.support(support));
        Map<String, Map<String, String>> derived = new LinkedHashMap<>();
        derived.put(
                "max-margin problem",
                MaxMargin.rendered(
                        "min 1/2 ||w||_p^2 s.t. z_n.w >= 1, p = " + p.text(),
                        "\\min \\tfrac12\\|w\\|_{"
                                + p.text()
                                + "}^2 \\ \\text{s.t.}\\ z_n^\\top w \\ge 1"));
        return new Prediction(kind, wHat, null, cert, pre, null, Map.of(), derived, quantities)
                .inMarginNorm(p.doubleValue());
    }

    /**
     * Null when every residual is below 10^-digits: feasibility and complementarity against the
     * constraint's 1, dual signs against the largest multiplier, stationarity against ||grad
     * psi(w)||_inf, the gap against the primal value; else which one is not.
     */
    private static String gate(
            int digits,
            Dfp feasibility,
            Dfp signs,
            Dfp complementarity,
            Dfp stationarity,
            Dfp gap,
            Dfp[] alpha,
            Dfp[] gradient,
            Dfp primal) {
        DfpField field = primal.getField();
        Dfp eps = field.newDfp("1e-" + digits);
        Dfp alphaScale = DfpVectors.normInf(alpha);
        if (alphaScale.isZero()) alphaScale = field.getOne();
        String[] names = {
            "primal feasibility", "dual signs", "complementarity", "stationarity", "duality gap"
        };
        Dfp[] relative = {
            feasibility,
            signs.divide(alphaScale),
            complementarity.divide(alphaScale),
            stationarity.divide(DfpVectors.normInf(gradient)),
            gap.abs().divide(primal)
        };
        for (int i = 0; i < names.length; i++) {
            if (!DualNewton.isFinite(relative[i]) || relative[i].greaterThan(eps)) {
                return names[i]
                        + " "
                        + Decimals.brief(relative[i])
                        + " (relative) exceeds 1e-"
                        + digits;
            }
        }
        return null;
    }
}
