package dev.occam.prediction;

import static dev.occam.prediction.NuclearNorm.down;
import static dev.occam.prediction.NuclearNorm.up;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Tier;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code nuclear-norm-psd}: W* = argmin { trace(W) : A(W) = y, W positive semidefinite } on a
 * symmetric matrix problem, the minimum nuclear norm over the positive semidefinite matrices (for
 * them ||W||_* = trace W): what Gunasekar et al. (2017) conjecture gradient flow on W = U U^T from
 * an infinitesimal start reaches, and what Li, Luo and Lyu (2021) show it need not reach. It
 * differs from {@link NuclearNorm}'s minimizer whenever that one is not positive semidefinite ([[1,
 * 2], [2, ?]]: ? = 1 there, indefinite; ? = 4 here).
 *
 * <p>No SDP solver, three stages like {@link NuclearNorm}'s: ADMM with eigenvalue thresholding in
 * double ({@link NuclearAdmm}) for the rank r and a start; Newton on the symmetrized optimality
 * conditions in Dfp ({@link PsdPolish}); an exact rational certificate ({@link PsdCertificate}) of
 * a radius around the reported point that holds every minimizer. The certificate's radius grows
 * like the square root of the duality gap (the off-diagonal block of a positive semidefinite matrix
 * is bounded by the square root of its diagonal blocks), so everything is rounded to 2 digits + 20
 * digits.
 */
public final class NuclearNormPsd implements Predictor {
    /** Quantity: [L0, U0], bounds of the minimum trace. */
    public static final String TRACE_BOUNDS = "trace-bounds";

    private static final String KIND = "nuclear-norm-psd";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Problem problem = input.problem();
        List<String> pre = new ArrayList<>();
        int[] shape = problem.matrixShape();
        SquaredResiduals ls = problem.squaredResiduals();
        if (shape == null || ls == null || !problem.symmetricMatrix())
            return Prediction.unmet(
                    KIND, pre, KIND + " needs a symmetric matrix problem (symmetric: true)");
        if (!Fractions.allRational(ls.x()) || !Fractions.allRational(ls.y()))
            return Prediction.unmet(
                    KIND,
                    pre,
                    "the certificate is exact rational arithmetic: every measurement and entry of A must be rational");
        int d = shape[0];
        BigFraction[][] all = symmetrized(RationalLinearAlgebra.fractions(ls.x()), d);
        BigFraction[] yAll = RationalLinearAlgebra.fractions(ls.y());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.length; i++) order.add(i);
        List<Integer> rows = Fractions.independentRows(all, order);
        BigFraction[][] augmented = new BigFraction[all.length][];
        for (int i = 0; i < all.length; i++) {
            augmented[i] = Arrays.copyOf(all[i], d * d + 1);
            augmented[i][d * d] = yAll[i];
        }
        if (RationalLinearAlgebra.rank(augmented) > rows.size())
            return Prediction.unmet(KIND, pre, "no symmetric W satisfies the measurements");
        BigFraction[][] s = new BigFraction[rows.size()][];
        BigFraction[] y = new BigFraction[rows.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = all[rows.get(k)];
            y[k] = yAll[rows.get(k)];
        }
        pre.add("symmetric matrix problem with rational data");
        pre.add(
                s.length
                        + " independent measurements of the symmetric W (of "
                        + all.length
                        + ", exact rank)");
        int digits = input.digits();
        int roundDigits = 2 * digits + 20, polishDigits = roundDigits + 20;
        Map<String, String> cert = new LinkedHashMap<>();
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        if (Fractions.dot(y, y).signum() == 0) {
            BigFraction[] zero = new BigFraction[d * d];
            Arrays.fill(zero, BigFraction.ZERO);
            cert.put("optimality", "y = 0: W = 0 is feasible, and the only one of trace 0");
            quantities.put("radius", new BigDecimal[] {BigDecimal.ZERO});
            return new Prediction(
                    KIND,
                    Fractions.decimals(zero, roundDigits),
                    null,
                    cert,
                    pre,
                    null,
                    Map.of(),
                    Map.of(),
                    quantities);
        }
        double[][] sd = new double[s.length][];
        for (int i = 0; i < s.length; i++) sd[i] = Fractions.toDouble(s[i]);
        NuclearAdmm.Result admm = NuclearAdmm.solve(sd, Fractions.toDouble(y), d, d, true);
        int r = admm.rank();
        cert.put(
                "rank r",
                r
                        + " (ADMM with eigenvalue thresholding in double: "
                        + admm.iterations()
                        + " iterations"
                        + (admm.converged() ? "" : ", not converged")
                        + ")");
        if (r == 0) return Prediction.unmet(KIND, pre, "ADMM found rank 0 although y != 0");
        DfpField field = new DfpField(polishDigits);
        Dfp[][] sDfp = new Dfp[s.length][];
        for (int i = 0; i < s.length; i++)
            sDfp[i] = DfpVectors.of(field, RationalLinearAlgebra.values(s[i]));
        PsdPolish.Result polish =
                PsdPolish.polish(
                        sDfp,
                        DfpVectors.of(field, RationalLinearAlgebra.values(y)),
                        d,
                        admm.w(),
                        r);
        cert.put(
                "polish",
                polish.steps()
                        + " Newton steps on A(W) = y, (Z W + W Z)/2 = 0 in "
                        + polishDigits
                        + "-digit arithmetic, last relative step "
                        + String.format(Locale.ROOT, "%.3g", polish.lastStep())
                        + (polish.failure() == null ? "" : "; FAILED: " + polish.failure()));
        PsdCertificate c =
                PsdCertificate.of(s, y, d, input(polish, r, d, polishDigits), roundDigits);
        return judge(c, r, digits, roundDigits, polish.failure(), cert, pre, quantities);
    }

    /** The polished W, its top r eigenvectors and the dual (none when the polish failed). */
    private static PsdCertificate.Input input(PsdPolish.Result polish, int r, int d, int digits) {
        NuclearPolish.Svd svd = NuclearPolish.svd(polish.w(), Tier.forDigits(digits));
        int k = Math.min(r, svd.sigma().length);
        BigDecimal[] flat = new BigDecimal[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) flat[i * d + j] = Decimals.of(polish.w()[i][j]);
        BigDecimal[][] u = new BigDecimal[k][];
        for (int a = 0; a < k; a++) u[a] = Decimals.of(svd.u()[a]);
        return new PsdCertificate.Input(
                flat, u, polish.failure() == null ? Decimals.of(polish.nu()) : null);
    }

    private static Prediction judge(
            PsdCertificate c,
            int r,
            int digits,
            int roundDigits,
            String polishFailure,
            Map<String, String> cert,
            List<String> pre,
            Map<String, BigDecimal[]> quantities) {
        cert.put(
                "primal feasibility ||A(W) - y||",
                "0 (exact rational arithmetic: W rounded to "
                        + roundDigits
                        + " digits and projected onto A(W) = y)");
        cert.put("||A||_op", "<= " + up(c.alpha.value(), 12) + " (" + c.alpha.how() + ")");
        if (c.traceUpper != null)
            cert.put(
                    "an exactly feasible positive definite point",
                    "W1 = W + t D, D in the kernel of A (Sylvester's criterion, exact): the minimum trace is <= "
                            + up(c.traceUpper, 20));
        if (c.mu != null) {
            cert.put(
                    "lambda_max(sum_i nu_i S_i)",
                    "< mu = " + up(c.mu, 12) + " (exact: mu I - Y positive definite)");
            cert.put(
                    "minimum trace",
                    "in ["
                            + down(c.dualLower, 20)
                            + ", "
                            + up(c.traceUpper, 20)
                            + "] (<nu, y>/mu by weak duality; trace W1)");
            quantities.put(
                    TRACE_BOUNDS,
                    new BigDecimal[] {
                        down(c.dualLower, roundDigits), up(c.traceUpper, roundDigits)
                    });
        }
        if (c.margin != null) {
            cert.put(
                    "strict complementarity",
                    "mu I - Y >= c on the complement of range(W), c = "
                            + down(c.margin, 6)
                            + " (exact: N^T (kappa I - Y) N positive definite)");
            quantities.put("margin", new BigDecimal[] {down(c.margin, 16)});
        }
        if (c.offDiagonal != null && c.rhoOff != null)
            cert.put(
                    "Y U = U, W in the face of U",
                    "||P Y P-perp||_op < "
                            + up(c.offDiagonal, 2)
                            + "; ||P W P-perp||_F <= "
                            + up(c.rhoOff, 2)
                            + ", ||P-perp W P-perp||_F <= "
                            + up(c.rhoPerp, 2)
                            + " (exact)");
        if (c.sigmaFace != null) {
            cert.put(
                    "injectivity on the face {U S U^T}",
                    ">= "
                            + down(c.sigmaFace, 12)
                            + " (exact: K_A - sigma^2 K_B positive definite)");
            quantities.put("injectivity", new BigDecimal[] {down(c.sigmaFace, 16)});
        }
        String unmet =
                c.radius == null
                        ? "no certificate at rank "
                                + r
                                + ": "
                                + (polishFailure != null ? polishFailure : c.failure)
                        : NuclearNorm.unaccepted(c.radius, c.w0, digits, cert, quantities);
        BigFraction radius = unmet == null ? c.radius : null;
        if (radius != null) {
            cert.put(
                    "radius",
                    "every minimizer W* has ||W* - W||_F <= "
                            + up(radius, 3)
                            + " (proved from the checks above: docs/nuclear-norm.md)");
            cert.put(
                    "optimality",
                    "strictly complementary dual and A injective on the face: W is the minimizer, unique to within the radius");
            quantities.put("radius", new BigDecimal[] {up(radius, 6)});
            pre.add("A injective on the face {U S U^T}: exact, gain >= " + down(c.sigmaFace, 12));
            pre.add("strict complementarity: exact, margin >= " + down(c.margin, 12));
        }
        return new Prediction(
                KIND,
                Fractions.decimals(c.w0, roundDigits),
                null,
                cert,
                pre,
                unmet,
                Map.of(),
                Map.of(),
                quantities);
    }

    /** Each row vec(A_i) replaced by vec((A_i + A_i^T) / 2): the same functional on symmetric W. */
    static BigFraction[][] symmetrized(BigFraction[][] x, int d) {
        BigFraction[][] out = new BigFraction[x.length][d * d];
        for (int k = 0; k < x.length; k++)
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    out[k][i * d + j] = x[k][i * d + j].add(x[k][j * d + i]).divide(2);
        return out;
    }
}
