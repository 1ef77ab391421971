package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;
import dev.occam.problem.Problem;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The max-margin separator of the signed points z_n = y_n x_n through the origin, reported as w_hat
 * = argmin ||w|| s.t. z_n.w >= 1 (so the margin is gamma = 1/||w_hat||):
 *
 * <ul>
 *   <li>l2: the hard-margin SVM, ojalgo's primal QP then an exact active-set polish; certified by
 *       the four KKT residuals (primal feasibility, dual signs, complementarity, stationarity),
 *       each exactly 0 in rational arithmetic;
 *   <li>l1, linf: the LP max gamma s.t. z_n.w >= gamma, ||w|| <= 1 and its dual, both re-solved
 *       exactly on their active sets; certified by the exact duality gap; ranging LPs detect a
 *       maximizer that is not unique ("direction not unique: compare margins").
 * </ul>
 *
 * Quantities: "w_hat", "alpha" (dual weights of min ||w|| s.t. z_n.w >= 1; for l2, w_hat = sum
 * alpha_n z_n), "margin" (gamma), "support" (point indices with z_n.w_hat = 1), and for l1/linf
 * "direction-unique" (1 or 0); the norm the margin is measured in is {@link
 * Prediction#marginNorm()}.
 */
public final class MaxMargin implements Predictor {
    static final String EXACT = "exact rational arithmetic";
    static final String EXACT_ROUNDED =
            "exact rational arithmetic on the data rounded to " + Value.DIGITS + " digits";

    /** "l2", "l1", "linf" or "lp". */
    private final String norm;

    /** The exponent for "lp", else null. */
    private final Value p;

    private MaxMargin(String norm) {
        this(norm, null);
    }

    private MaxMargin(String norm, Value p) {
        this.norm = norm;
        this.p = p;
    }

    /** 1 < p < infinity, exact. */
    public static MaxMargin lp(Value p) {
        return new MaxMargin("lp", p);
    }

    public static MaxMargin l2() {
        return new MaxMargin("l2");
    }

    public static MaxMargin l1() {
        return new MaxMargin("l1");
    }

    public static MaxMargin linf() {
        return new MaxMargin("linf");
    }

    @Override
    public String kind() {
        return "max-margin";
    }

    /** "l2", "l1" or "linf". */
    public String norm() {
        return norm;
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Classification problem = classification(input.problem(), kind());
        List<String> pre = new ArrayList<>();
        pre.add("labels y_n in {-1, +1}: guaranteed by the classification problem");
        Signed data = Signed.of(problem, pre);
        if (data.unmet() != null) return Prediction.unmet(kind(), pre, data.unmet());
        BigFraction[][] z = data.z();
        double[][] zd = data.zd();
        boolean rational = Fractions.allRational(data.zv());
        int digits = input.digits() + 10;
        if (norm.equals("lp")) return LpMaxMargin.predict(kind(), p, problem, z, zd, digits, pre);
        return norm.equals("l2")
                ? l2(z, zd, rational, digits, pre)
                : polyhedral(z, zd, rational, digits, pre);
    }

    static Classification classification(Problem problem, String kind) {
        if (problem instanceof Classification c) return c;
        throw new IllegalArgumentException(
                kind + " needs problem.kind classification, not " + problem.kind());
    }

    /** The l2 solution with its exact KKT data, or null when the polish fails. */
    static HardMarginSvm.Solution svm(BigFraction[][] z, double[][] zd) {
        return HardMarginSvm.solve(z, zd);
    }

    private Prediction l2(
            BigFraction[][] z, double[][] zd, boolean rational, int digits, List<String> pre) {
        HardMarginSvm.Solution s = svm(z, zd);
        if (s == null)
            return Prediction.unmet(
                    kind(),
                    pre,
                    "the hard-margin SVM QP (ojalgo) failed or its exact active-set polish did not settle");
        String arithmetic = rational ? EXACT : EXACT_ROUNDED;
        Map<String, String> cert = new LinkedHashMap<>(kkt(z, s.w(), s.alpha(), arithmetic));
        cert.put(
                "optimality",
                "KKT conditions of a convex QP with linear constraints: sufficient; w_hat is unique (strictly convex objective)");
        cert.put(
                "support set",
                indices(s.support()) + ": z_n.w_hat = 1 exactly, every other z_n.w_hat > 1");
        cert.put(
                "dual weights alpha",
                s.independent()
                        ? "unique: the support vectors are linearly independent"
                        : "not unique: the support vectors are linearly dependent (one valid alpha shown)");
        BigFraction normSquared = Fractions.dot(s.w(), s.w());
        BigDecimal gamma = margin(normSquared, digits);
        cert.put("margin gamma = 1/||w_hat||_2", gamma.round(new MathContext(20)).toString());
        double qpError = 0;
        for (int j = 0; j < s.qp().length; j++)
            qpError = Math.max(qpError, Math.abs(s.qp()[j] - s.w()[j].doubleValue()));
        // no wall time here: results must be the same on every run and machine (docs/decisions.md)
        cert.put(
                "ojalgo primal QP",
                String.format(
                        Locale.ROOT,
                        "max_j |w_QP - w_hat| = %.2g; %d active-set repairs",
                        qpError,
                        s.repairs()));
        Map<String, BigDecimal[]> q = new LinkedHashMap<>();
        q.put("w_hat", Fractions.decimals(s.w(), digits));
        q.put("alpha", Fractions.decimals(s.alpha(), digits));
        q.put("margin", new BigDecimal[] {gamma});
        q.put("support", support(s.support()));
        otherNorms(z, zd, digits, q);
        return new Prediction(
                kind(),
                q.get("w_hat"),
                rational ? s.w() : null,
                cert,
                pre,
                null,
                Map.of(),
                derived(),
                q);
    }

    /** Prefix of the quantities naming other max-margin directions (l1, linf) beside the l2 one. */
    public static final String REFERENCE_DIRECTION = "reference-direction:";

    /**
     * The l1 and linf max-margin directions where each is unique: where another method's direction
     * may go instead of w_hat's (sign descent and Adam head for linf's), so that a direction claim
     * that fails can name where the run went.
     */
    private static void otherNorms(
            BigFraction[][] z, double[][] zd, int digits, Map<String, BigDecimal[]> q) {
        for (boolean l1 : new boolean[] {true, false}) {
            PolyhedralMargin.Result r = PolyhedralMargin.solve(z, zd, l1);
            if (r == null
                    || PolyhedralMargin.nonUniqueness(zd, l1, r.lower().doubleValue()) != null)
                continue;
            q.put(
                    REFERENCE_DIRECTION + "the l" + (l1 ? "1" : "inf") + " max-margin direction",
                    Fractions.decimals(r.w(), digits));
        }
    }

    /**
     * The four KKT residuals of min 1/2||w||^2 s.t. z_n.w >= 1 at (w, alpha), each as a violation
     * that is 0 when it holds.
     */
    static Map<String, String> kkt(
            BigFraction[][] z, BigFraction[] w, BigFraction[] alpha, String arithmetic) {
        BigFraction feasibility = BigFraction.ZERO;
        BigFraction signs = BigFraction.ZERO;
        BigFraction complementarity = BigFraction.ZERO;
        for (int n = 0; n < z.length; n++) {
            BigFraction slack = Fractions.dot(z[n], w).subtract(BigFraction.ONE);
            feasibility = Fractions.max(feasibility, slack.negate());
            signs = Fractions.max(signs, alpha[n].negate());
            complementarity =
                    Fractions.max(complementarity, Fractions.abs(alpha[n].multiply(slack)));
        }
        BigFraction[] r = Fractions.combination(z, alpha, w.length);
        BigFraction stationarity = BigFraction.ZERO;
        for (int j = 0; j < w.length; j++)
            stationarity = Fractions.max(stationarity, Fractions.abs(w[j].subtract(r[j])));
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "primal feasibility max_n (1 - z_n.w)_+",
                Fractions.exactZero(feasibility, arithmetic));
        cert.put("dual signs max_n (-alpha_n)_+", Fractions.exactZero(signs, arithmetic));
        cert.put(
                "complementarity max_n |alpha_n (z_n.w - 1)|",
                Fractions.exactZero(complementarity, arithmetic));
        cert.put(
                "stationarity ||w - sum_n alpha_n z_n||_inf",
                Fractions.exactZero(stationarity, arithmetic));
        return cert;
    }

    /** 1/sqrt(||w||^2). */
    static BigDecimal margin(BigFraction normSquared, int digits) {
        MathContext mc = new MathContext(digits + 10);
        BigDecimal n = Fractions.decimal(normSquared, digits + 10).sqrt(mc);
        return BigDecimal.ONE.divide(n, new MathContext(digits));
    }

    private Prediction polyhedral(
            BigFraction[][] z, double[][] zd, boolean rational, int digits, List<String> pre) {
        boolean l1 = norm.equals("l1");
        String p = l1 ? "1" : "inf";
        String dualNorm = l1 ? "inf" : "1";
        PolyhedralMargin.Result r = PolyhedralMargin.solve(z, zd, l1);
        if (r == null)
            return Prediction.unmet(kind(), pre, "the l" + p + " max-margin LP (ojalgo) failed");
        String unique = PolyhedralMargin.nonUniqueness(zd, l1, r.lower().doubleValue());
        String arithmetic = rational ? EXACT : EXACT_ROUNDED;
        BigFraction minMargin = null;
        for (BigFraction[] zn : z) {
            BigFraction m = Fractions.dot(zn, r.w());
            minMargin = minMargin == null ? m : Fractions.min(minMargin, m);
        }
        BigFraction[] wHat = new BigFraction[r.w().length];
        for (int j = 0; j < wHat.length; j++) wHat[j] = r.w()[j].divide(minMargin);
        List<Integer> support = new ArrayList<>();
        for (int n = 0; n < z.length; n++) {
            BigFraction m = Fractions.dot(z[n], wHat);
            if (r.primalExact() ? m.equals(BigFraction.ONE) : m.doubleValue() - 1 <= 1e-9)
                support.add(n);
        }
        BigFraction[] alpha = new BigFraction[z.length];
        for (int n = 0; n < z.length; n++) alpha[n] = r.lambda()[n].divide(r.upper());
        Map<String, String> cert = new LinkedHashMap<>();
        BigFraction gap = r.gap();
        String how =
                r.primalExact() && r.dualExact()
                        ? "primal and dual LP vertices re-solved exactly on their active sets"
                        : "the LP's "
                                + (r.primalExact() ? "" : "primal ")
                                + (r.primalExact() || r.dualExact() ? "" : "and ")
                                + (r.dualExact() ? "" : "dual ")
                                + "doubles evaluated in "
                                + arithmetic;
        cert.put(
                "duality gap ||Z^T lambda||_" + dualNorm + " - min_n z_n.w / ||w||_" + p,
                gap.signum() == 0
                        ? "0 (" + arithmetic + "; " + how + ")"
                        : (gap.signum() < 0 ? "NEGATIVE " : "")
                                + Fractions.decimal(Fractions.abs(gap), 3)
                                + " ("
                                + how
                                + ")");
        cert.put(
                "primal margin min_n z_n.w / ||w||_" + p,
                Fractions.decimal(r.lower(), 20).toString());
        cert.put(
                "dual bound ||sum_n lambda_n z_n||_" + dualNorm + ", lambda in the simplex",
                Fractions.decimal(r.upper(), 20).toString());
        cert.put("uniqueness", unique == null ? PolyhedralMargin.uniqueText() : unique);
        cert.put(
                "support set",
                indices(support)
                        + (r.primalExact()
                                ? ": z_n.w_hat = 1 exactly"
                                : ": z_n.w_hat - 1 <= 1e-9"));
        cert.put(
                "ojalgo LPs",
                String.format(
                        Locale.ROOT,
                        "primal, dual, %d ranging LPs, exact re-solves",
                        2 * zd[0].length));
        Map<String, BigDecimal[]> q = new LinkedHashMap<>();
        q.put("w_hat", Fractions.decimals(wHat, digits));
        q.put("alpha", Fractions.decimals(alpha, digits));
        q.put("margin", new BigDecimal[] {Fractions.decimal(r.lower(), digits)});
        q.put("support", support(support));
        q.put(
                "direction-unique",
                new BigDecimal[] {unique == null ? BigDecimal.ONE : BigDecimal.ZERO});
        boolean exact = rational && r.primalExact();
        return new Prediction(
                        kind(),
                        q.get("w_hat"),
                        exact ? wHat : null,
                        cert,
                        pre,
                        null,
                        Map.of(),
                        derived(),
                        q)
                .inMarginNorm(l1 ? 1 : Double.POSITIVE_INFINITY);
    }

    private Map<String, Map<String, String>> derived() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (norm.equals("l2")) {
            out.put(
                    "max-margin problem",
                    rendered(
                            "min 1/2 ||w||_2^2 s.t. z_n.w >= 1, z_n = y_n x_n",
                            "\\min \\tfrac12\\|w\\|_2^2 \\ \\text{s.t.}\\ z_n^\\top w \\ge 1"));
            out.put(
                    "KKT system",
                    rendered(
                            "w = sum_n alpha_n z_n, alpha_n >= 0, z_n.w >= 1, alpha_n (z_n.w - 1) = 0",
                            "w = \\sum_n \\alpha_n z_n,\\ \\alpha_n \\ge 0,\\ z_n^\\top w \\ge 1,\\ \\alpha_n (z_n^\\top w - 1) = 0"));
        } else {
            String p = norm.equals("l1") ? "1" : "\\infty";
            out.put(
                    "max-margin problem",
                    rendered(
                            "max gamma s.t. z_n.w >= gamma, ||w||_"
                                    + (norm.equals("l1") ? "1" : "inf")
                                    + " <= 1",
                            "\\max \\gamma \\ \\text{s.t.}\\ z_n^\\top w \\ge \\gamma,\\ \\|w\\|_{"
                                    + p
                                    + "} \\le 1"));
        }
        return out;
    }

    static Map<String, String> rendered(String text, String tex) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("tex", tex);
        return m;
    }

    static String indices(List<Integer> idx) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < idx.size(); i++) b.append(i == 0 ? "" : ", ").append(idx.get(i));
        return b.append("}").toString();
    }

    static BigDecimal[] support(List<Integer> idx) {
        BigDecimal[] out = new BigDecimal[idx.size()];
        for (int i = 0; i < out.length; i++) out[i] = BigDecimal.valueOf(idx.get(i));
        return out;
    }
}
