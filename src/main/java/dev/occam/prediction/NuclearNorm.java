package dev.occam.prediction;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code nuclear-norm-completion} and {@code nuclear-norm-sensing}: W* = argmin ||W||_* subject to
 * A(W) = y, the convex program of Candès and Recht (2009) and of Recht, Fazel and Parrilo (2010),
 * which Gunasekar et al. (2017) conjecture factorized gradient descent from a small start reaches.
 * No SDP solver: three stages, each checking the one before.
 *
 * <ol>
 *   <li>{@link NuclearAdmm}, in double: ADMM with singular value thresholding finds the rank r and
 *       a starting point;
 *   <li>{@link NuclearPolish}, in Dfp at the requested digits + 30: Newton steps on the rank-r
 *       manifold solve A(W) = y within the tangent space T, and the least-norm dual nu has P_T(A*
 *       nu) = U V^T;
 *   <li>{@link NuclearCertificate}, in exact rationals: with everything rounded, a strict margin
 *       ||P_T-perp(A* nu)||_op < 1, injectivity of A on T, ||A* nu||_op, the exact feasibility of
 *       the reported point and the duality gap prove that every minimizer lies within a radius b of
 *       it. That is the optimality condition of the nuclear norm with a strict dual certificate
 *       (Candès and Recht 2009, Lemma 3.1; Recht, Fazel, Parrilo 2010), made quantitative for
 *       rounded data.
 * </ol>
 *
 * When the certificate cannot be strict (too few observations, a minimizer that is not unique, a
 * margin of exactly 1) the prediction is unavailable and says why; it still carries the feasible
 * point it found and an upper bound on its nuclear norm, which is enough to refute a ground truth
 * that has a larger one.
 *
 * <p>With a ground truth M (prediction key {@code ground-truth}) the prediction also certifies an
 * interval for the distance of every minimizer to M, which the {@code recovery} claim decides on.
 */
public final class NuclearNorm implements Predictor {
    /** Quantity: [lo] with ||W* - M||_F >= lo for every minimizer W*. */
    public static final String GROUND_TRUTH_LOWER = "ground-truth-distance-lower";

    /** Quantity: [hi] with ||W* - M||_F <= hi for every minimizer W* (only when certified). */
    public static final String GROUND_TRUTH_UPPER = "ground-truth-distance-upper";

    /** Certificate entry that words how the ground-truth interval was obtained. */
    public static final String GROUND_TRUTH = "ground truth";

    /** Reference point name of the ground truth. */
    public static final String GROUND_TRUTH_REFERENCE = "the ground truth M";

    /** Digits of the polish beyond those asked for. */
    private static final int POLISH_GUARD = 30;

    /** Digits the certificate rounds to beyond those asked for. */
    private static final int ROUND_GUARD = 10;

    private final String kind;
    private final String problemKind;
    private final Value[][] groundTruth;

    /**
     * @param kind the prediction kind's name
     * @param problemKind the problem kind it is valid on
     * @param groundTruth M, m x n, or null
     */
    public NuclearNorm(String kind, String problemKind, Value[][] groundTruth) {
        this.kind = kind;
        this.problemKind = problemKind;
        this.groundTruth = groundTruth;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Problem problem = input.problem();
        List<String> pre = new ArrayList<>();
        int[] shape = problem.matrixShape();
        SquaredResiduals ls = problem.squaredResiduals();
        if (!problem.kind().equals(problemKind) || shape == null || ls == null)
            return Prediction.unmet(
                    kind,
                    pre,
                    kind + " needs problem.kind " + problemKind + ", got " + problem.kind());
        if (!Fractions.allRational(ls.x()) || !Fractions.allRational(ls.y()))
            return Prediction.unmet(
                    kind,
                    pre,
                    "the certificate is exact rational arithmetic: every measurement and entry of A must be rational");
        int m = shape[0], n = shape[1];
        BigFraction[][] a = RationalLinearAlgebra.fractions(ls.x());
        BigFraction[] y = RationalLinearAlgebra.fractions(ls.y());
        if (!RationalLinearAlgebra.hasFullRowRank(a))
            return Prediction.unmet(
                    kind, pre, "the measurements are linearly dependent (exact rank of A)");
        pre.add("problem.kind " + problemKind + " with rational data");
        pre.add("measurements linearly independent: exact rank of A");
        int digits = input.digits();
        int polishDigits = Math.max(40, digits + POLISH_GUARD);
        int roundDigits = digits + ROUND_GUARD;
        Map<String, String> cert = new LinkedHashMap<>();
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        Map<String, BigDecimal[]> references = new LinkedHashMap<>();
        BigFraction[] truth = groundTruth == null ? null : Fractions.of(flatten(groundTruth));
        if (truth != null)
            references.put(GROUND_TRUTH_REFERENCE, Fractions.decimals(truth, roundDigits));

        if (Fractions.dot(y, y).signum() == 0) {
            BigFraction[] zero = new BigFraction[m * n];
            Arrays.fill(zero, BigFraction.ZERO);
            cert.put(
                    "optimality",
                    "y = 0: W = 0 is feasible and the unique minimizer, ||W||_* being a norm");
            cert.put("radius", "0 (exact)");
            quantities.put("radius", new BigDecimal[] {BigDecimal.ZERO});
            groundTruth(
                    truth,
                    zero,
                    BigFraction.ZERO,
                    BigFraction.ZERO,
                    BigFraction.ONE,
                    a,
                    y,
                    m,
                    n,
                    roundDigits,
                    polishDigits,
                    cert,
                    quantities);
            return new Prediction(
                    kind,
                    Fractions.decimals(zero, roundDigits),
                    null,
                    cert,
                    pre,
                    null,
                    references,
                    Map.of(),
                    quantities);
        }

        double[][] ad = new double[a.length][];
        for (int i = 0; i < a.length; i++) ad[i] = Fractions.toDouble(a[i]);
        NuclearAdmm.Result admm = NuclearAdmm.solve(ad, Fractions.toDouble(y), m, n);
        int r = admm.rank();
        cert.put(
                "rank r",
                r
                        + " (ADMM with singular value thresholding in double: "
                        + admm.iterations()
                        + " iterations"
                        + (admm.converged() ? "" : ", not converged")
                        + "; singular values "
                        + sigmas(admm.singularValues())
                        + ")");
        DfpField field = new DfpField(polishDigits);
        NuclearPolish.Result polish =
                r == 0
                        ? null
                        : NuclearPolish.polish(
                                DfpVectors.of(field, ls.x()),
                                DfpVectors.of(field, ls.y()),
                                m,
                                n,
                                r,
                                admm.w(),
                                polishDigits);
        if (polish != null)
            cert.put(
                    "polish",
                    polish.steps()
                            + " Newton steps on the rank-"
                            + r
                            + " manifold in "
                            + polishDigits
                            + "-digit arithmetic, last relative step "
                            + sci(polish.lastStep())
                            + (polish.failure() == null ? "" : "; FAILED: " + polish.failure()));
        String failure = r == 0 ? "ADMM found rank 0 although y != 0" : polish.failure();
        NuclearCertificate.Input in = input(admm, polish, r, m, n, polishDigits);
        return judge(
                new Instance(a, y, m, n, truth, digits), r, in, failure, cert, pre, references);
    }

    /** The data as exact rationals, the ground truth (or null), and the digits asked for. */
    record Instance(
            BigFraction[][] a, BigFraction[] y, int m, int n, BigFraction[] truth, int digits) {
        int roundDigits() {
            return digits + ROUND_GUARD;
        }

        int polishDigits() {
            return Math.max(40, digits + POLISH_GUARD);
        }
    }

    /**
     * The prediction from the polished numbers {@code in}: the exact certificate, the acceptance (a
     * radius of at most 10^-digits (1 + ||W||_F)), and the ground-truth interval. Separate from the
     * stages before it so that tests can hand it planted wrong numbers.
     *
     * @param rank the rank ADMM found
     * @param failure why the polish failed, or null
     */
    Prediction judge(
            Instance x,
            int rank,
            NuclearCertificate.Input in,
            String failure,
            Map<String, String> cert,
            List<String> pre,
            Map<String, BigDecimal[]> references) {
        int m = x.m(), n = x.n(), roundDigits = x.roundDigits();
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        NuclearCertificate c = NuclearCertificate.of(x.a(), x.y(), m, n, in, roundDigits);
        cert.put(
                "primal feasibility ||A(W) - y||",
                "0 (exact rational arithmetic: W rounded to "
                        + roundDigits
                        + " digits and projected onto A(W) = y)");
        cert.put("||A||_op", "<= " + up(c.alpha, 12) + " (" + c.alphaHow + ")");
        if (c.mu != null) {
            cert.put(
                    "||A*(nu)||_op",
                    "< mu = "
                            + up(c.mu, 12)
                            + " (exact: mu^2 I - Y^T Y positive definite, Y = A*(nu))");
            cert.put(
                    "nuclear norm of the minimum",
                    "in ["
                            + down(c.dualLower, 20)
                            + ", "
                            + up(c.nuclearUpper, 20)
                            + "] (<nu, y>/mu by weak duality; ||W||_* by the rounded singular triplets)");
            cert.put(
                    "duality gap ||W||_* - <nu, y>/mu",
                    "<= " + up(c.nuclearUpper.subtract(c.dualLower), 3));
            quantities.put(
                    "nuclear-norm-bounds",
                    new BigDecimal[] {
                        down(c.dualLower, roundDigits), up(c.nuclearUpper, roundDigits)
                    });
        } else {
            cert.put("nuclear norm of W", "<= " + up(c.nuclearUpper, 20));
            quantities.put(
                    "nuclear-norm-bounds",
                    new BigDecimal[] {BigDecimal.ZERO, up(c.nuclearUpper, roundDigits)});
        }
        if (c.perp != null) {
            cert.put(
                    "strict margin 1 - ||P_T-perp(A* nu)||_op / mu",
                    ">= "
                            + down(BigFraction.ONE.subtract(c.perp.divide(c.mu)), 6)
                            + " (||P_T-perp(Y)||_op < "
                            + up(c.perp, 12)
                            + ": exact, [[c K_U, N_U^T Y N_V], [N_V^T Y^T N_U, c K_V]] positive definite)");
            quantities.put("perp-norm", new BigDecimal[] {up(c.perp, 16)});
        }
        if (c.offDiagonal != null)
            cert.put(
                    "P_T(A* nu) = U V^T",
                    "off-diagonal blocks ||P Y Q-perp||_op, ||P-perp Y Q||_op < "
                            + up(c.offDiagonal, 2)
                            + "; ||P-perp W Q-perp||_F <= "
                            + up(c.normalPart, 2)
                            + " (exact)");
        if (c.sigmaT != null) {
            cert.put(
                    "injectivity sigma_min(A on T)",
                    ">= "
                            + down(c.sigmaT, 12)
                            + " (exact: K_A - sigma^2 K_B positive definite on a basis of T)");
            quantities.put("injectivity", new BigDecimal[] {down(c.sigmaT, 16)});
        }
        String unmet =
                c.radius == null
                        ? "no strict dual certificate at rank "
                                + rank
                                + ": "
                                + (failure != null ? failure : c.failure)
                        : unaccepted(c.radius, c.w0, x.digits(), cert, quantities);
        BigFraction radius = unmet == null ? c.radius : null;
        if (radius != null) {
            cert.put(
                    "radius",
                    "every minimizer W* has ||W* - W||_F <= "
                            + up(radius, 3)
                            + " (proved from the checks above: docs/nuclear-norm.md)");
            cert.put(
                    "optimality",
                    "strict dual certificate (margin > 0) and A injective on T: W is the minimizer, unique to within the radius");
            quantities.put("radius", new BigDecimal[] {up(radius, 6)});
            pre.add(
                    "A injective on the tangent space T: exact, sigma_min(A on T) >= "
                            + down(c.sigmaT, 12));
            pre.add(
                    "strict dual certificate: exact, ||P_T-perp(A* nu)||_op < "
                            + up(c.perp, 12)
                            + " < 1");
        }
        groundTruth(
                x.truth(),
                c.w0,
                c.nuclearUpper,
                radius,
                c.alpha,
                x.a(),
                x.y(),
                m,
                n,
                roundDigits,
                x.polishDigits(),
                cert,
                quantities);
        return new Prediction(
                kind,
                Fractions.decimals(c.w0, roundDigits),
                null,
                cert,
                pre,
                unmet,
                references,
                Map.of(),
                quantities);
    }

    /**
     * What the certificate reads: the polished point with its least-norm dual, or, when the polish
     * failed, the last point (ADMM's when the polish never started) without a dual. Every
     * numerically nonzero singular triplet of the point goes in, for the bound on its nuclear norm.
     */
    static NuclearCertificate.Input input(
            NuclearAdmm.Result admm, NuclearPolish.Result polish, int r, int m, int n, int digits) {
        DfpField field = new DfpField(digits);
        Dfp[][] w = polish != null ? polish.w() : new Dfp[m][n];
        if (polish == null)
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) w[i][j] = field.newDfp(admm.w()[i][j]);
        NuclearPolish.Svd svd = NuclearPolish.svd(w, Tier.forDigits(digits));
        int k = svd.sigma().length;
        BigDecimal[] flat = new BigDecimal[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) flat[i * n + j] = Decimals.of(w[i][j]);
        BigDecimal[][] u = new BigDecimal[k][], v = new BigDecimal[k][];
        BigDecimal[] s = new BigDecimal[k];
        for (int a = 0; a < k; a++) {
            u[a] = Decimals.of(svd.u()[a]);
            v[a] = Decimals.of(svd.v()[a]);
            s[a] = Decimals.of(svd.sigma()[a]);
        }
        boolean dual = polish != null && polish.failure() == null;
        return new NuclearCertificate.Input(
                dual ? r : 0, flat, u, v, s, dual ? Decimals.of(polish.nu()) : null);
    }

    /**
     * The certified interval [lo, hi] for ||W* - M||_F over every minimizer W*: hi = ||W - M|| + b
     * with a radius b; lo from the radius, from M's infeasibility (||A(M) - y|| / ||A||), or from a
     * nuclear norm: a feasible W with ||W||_* <= U0 < ||M||_* shows ||M - W*||_F >= (||M||_* - U0)
     * / sqrt(min(m, n)) for every minimizer.
     */
    private static void groundTruth(
            BigFraction[] truth,
            BigFraction[] w0,
            BigFraction upper,
            BigFraction radius,
            BigFraction alpha,
            BigFraction[][] a,
            BigFraction[] y,
            int m,
            int n,
            int digits,
            int polishDigits,
            Map<String, String> cert,
            Map<String, BigDecimal[]> quantities) {
        if (truth == null) return;
        BigFraction[] diff = new BigFraction[truth.length];
        for (int k = 0; k < diff.length; k++) diff[k] = w0[k].subtract(truth[k]);
        BigFraction d2 = Fractions.dot(diff, diff);
        BigFraction dUp = NuclearCertificate.sqrtUp(d2, 20),
                dDown = NuclearCertificate.sqrtDown(d2, 20);
        BigFraction lo = BigFraction.ZERO;
        List<String> how = new ArrayList<>();
        BigFraction[] res = RationalLinearAlgebra.multiply(a, truth);
        for (int i = 0; i < res.length; i++) res[i] = res[i].subtract(y[i]);
        BigFraction infeasible = Fractions.dot(res, res);
        if (infeasible.signum() > 0) {
            BigFraction bound = NuclearCertificate.sqrtDown(infeasible, 20).divide(alpha);
            lo = bound;
            how.add("M is not feasible: ||A(M) - y|| / ||A||_op >= " + down(bound, 4));
        } else {
            how.add("M is feasible (A(M) = y exactly)");
            BigFraction nm = truthNuclearLower(truth, m, n, digits, polishDigits);
            if (nm != null) {
                BigFraction excess = nm.subtract(upper);
                how.add(
                        "||M||_* >= "
                                + down(nm, 12)
                                + ", a feasible W has ||W||_* <= "
                                + up(upper, 12));
                if (excess.signum() > 0) {
                    BigFraction bound =
                            excess.divide(
                                    NuclearCertificate.sqrtUp(new BigFraction(Math.min(m, n)), 20));
                    if (bound.compareTo(lo) > 0) lo = bound;
                    how.add(
                            "so M is not a minimizer: ||M - W*||_F >= (||M||_* - ||W||_*) / sqrt(min(m, n)) >= "
                                    + down(bound, 4));
                }
            }
        }
        BigDecimal hi = null;
        if (radius != null) {
            BigFraction fromRadius = dDown.subtract(radius);
            if (fromRadius.compareTo(lo) > 0) lo = fromRadius;
            hi = up(dUp.add(radius), 12);
            how.add(
                    "||W - M||_F in ["
                            + down(dDown, 4)
                            + ", "
                            + up(dUp, 4)
                            + "] with every minimizer within "
                            + up(radius, 3)
                            + " of W");
        } else {
            how.add("the minimizer is not certified, so no upper bound");
        }
        quantities.put(GROUND_TRUTH_LOWER, new BigDecimal[] {down(lo, 12)});
        if (hi != null) quantities.put(GROUND_TRUTH_UPPER, new BigDecimal[] {hi});
        cert.put(
                GROUND_TRUTH,
                "every minimizer W* has ||W* - M||_F in ["
                        + down(lo, 4)
                        + ", "
                        + (hi == null ? "?" : hi.toString())
                        + "]: "
                        + String.join("; ", how));
    }

    /** ||M||_* from below, by M's own singular vectors (Jacobi in Dfp) and an exact norm check. */
    private static BigFraction truthNuclearLower(
            BigFraction[] truth, int m, int n, int digits, int polishDigits) {
        DfpField field = new DfpField(polishDigits);
        Dfp[][] mat = new Dfp[m][n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                mat[i][j] =
                        field.newDfp(truth[i * n + j].getNumerator().toString())
                                .divide(field.newDfp(truth[i * n + j].getDenominator().toString()));
        NuclearPolish.Svd svd = NuclearPolish.svd(mat, Tier.forDigits(polishDigits));
        int r = svd.sigma().length;
        if (r == 0) return BigFraction.ZERO;
        BigDecimal[][] u = new BigDecimal[r][], v = new BigDecimal[r][];
        for (int k = 0; k < r; k++) {
            u[k] = Decimals.of(svd.u()[k]);
            v[k] = Decimals.of(svd.v()[k]);
        }
        return NuclearCertificate.nuclearLower(truth, m, n, u, v, digits);
    }

    private static Value[] flatten(Value[][] m) {
        int cols = m[0].length;
        Value[] out = new Value[m.length * cols];
        for (int i = 0; i < m.length; i++) System.arraycopy(m[i], 0, out, i * cols, cols);
        return out;
    }

    private static String sigmas(double[] s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length; k++) sb.append(k == 0 ? "" : ", ").append(sci(s[k]));
        return sb.toString();
    }

    private static String sci(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /**
     * Why a certified radius is not accepted, or null when it is: it must be within 10^-digits of
     * the reported point relative to 1 + ||W||_F; a radius refused is still shown (cert,
     * quantities), as "not accepted".
     */
    static String unaccepted(
            BigFraction radius,
            BigFraction[] w0,
            int digits,
            Map<String, String> cert,
            Map<String, BigDecimal[]> quantities) {
        BigFraction scale = BigFraction.ONE.add(NuclearCertificate.frobeniusUpper(w0, 10));
        if (radius.compareTo(NuclearCertificate.tenTo(-digits).multiply(scale)) <= 0) return null;
        cert.put(
                "radius (not accepted)", "every minimizer W* has ||W* - W||_F <= " + up(radius, 3));
        quantities.put("radius-not-accepted", new BigDecimal[] {up(radius, 6)});
        return "the certified radius "
                + up(radius, 3)
                + " exceeds 1e-"
                + digits
                + " (relative to 1 + ||W||_F): the polished point or its dual is not accurate enough to certify";
    }

    static BigDecimal up(BigFraction f, int digits) {
        return new BigDecimal(f.getNumerator())
                .divide(
                        new BigDecimal(f.getDenominator()),
                        new MathContext(digits, RoundingMode.CEILING));
    }

    static BigDecimal down(BigFraction f, int digits) {
        return new BigDecimal(f.getNumerator())
                .divide(
                        new BigDecimal(f.getDenominator()),
                        new MathContext(digits, RoundingMode.FLOOR));
    }
}
