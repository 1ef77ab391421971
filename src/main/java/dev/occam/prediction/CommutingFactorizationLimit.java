package dev.occam.prediction;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit of gradient flow on a depth-N factorization W = W_N ... W_1 from W_j = alpha I when the
 * measurements commute: diagonal A_i, or A_i = V D_i V^T for a given rational orthogonal basis V
 * (checked exactly), in which the argument below runs in V's coordinates: every factor stays
 * diagonal and all are equal, and the end-to-end eigenvalues obey d lambda/dt = -N lambda^(2-2/N)
 * dL/d lambda. With psi_N'' = 1 / (N lambda^(2-2/N)) this is mirror flow, d psi_N'(lambda)/dt =
 * -dL/d lambda, so the limit is the Bregman projection of lambda_0 = alpha^N 1 onto {M lambda = y}
 * (M: the diagonals of the A_i) with psi_N = lambda^2/2 (N = 1), lambda log lambda - lambda (N =
 * 2), -lambda^(2/N) (N >= 3), up to positive factors that do not move the projection. Computed by
 * {@link BregmanProjection} (dual Newton, its certificate) on the eigenvalues, then put on the
 * diagonal.
 */
public final class CommutingFactorizationLimit implements Predictor {
    /**
     * The reference point argmin tr W (the alpha -> 0 limit), as reports and quantities name it.
     */
    public static final String MIN_TRACE = "argmin tr W";

    private final int depth;
    private final MirrorMap potential;
    private final BigFraction[][] basis;

    /**
     * @param potential psi_N of {@link #potentialText(int)}, derived by the caller
     * @param basis the shared eigenbasis V (rational orthogonal, checked), or null for the standard
     *     basis
     */
    public CommutingFactorizationLimit(int depth, MirrorMap potential, BigFraction[][] basis) {
        this.depth = depth;
        this.potential = potential;
        this.basis = basis;
    }

    /** psi_N as a formula in x, up to a positive factor. */
    public static String potentialText(int depth) {
        return switch (depth) {
            case 1 -> "x^2/2";
            case 2 -> "x*Log(x) - x";
            default -> "-x^(2/" + depth + ")";
        };
    }

    @Override
    public String kind() {
        return "commuting-factorization-limit";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Problem problem = input.problem();
        int[] shape = problem.matrixShape();
        SquaredResiduals ls = problem.squaredResiduals();
        List<String> pre = new ArrayList<>();
        if (shape == null || shape[0] != shape[1] || ls == null)
            return Prediction.unmet(kind(), pre, "needs a square matrix-sensing problem");
        int d = shape[0];
        Value[][] m;
        BigDecimal[][] v = null;
        if (basis != null) {
            String notOrthogonal = orthogonality(d);
            if (notOrthogonal != null) return Prediction.unmet(kind(), pre, notOrthogonal);
            pre.add("V^T V = I (checked exactly)");
            m = new Value[ls.rows()][d];
            for (int i = 0; i < ls.rows(); i++) {
                BigFraction[][] b = inBasis(ls.x()[i], d);
                if (b == null)
                    return Prediction.unmet(kind(), pre, "A_" + (i + 1) + " is not rational");
                String off = offDiagonal(b);
                if (off != null)
                    return Prediction.unmet(
                            kind(),
                            pre,
                            "V^T A_"
                                    + (i + 1)
                                    + " V is not diagonal (entry "
                                    + off
                                    + "): the measurements must be diagonal in the basis V");
                for (int k = 0; k < d; k++) m[i][k] = Value.of(b[k][k], Value.text(b[k][k]));
            }
            pre.add("every V^T A_i V diagonal (checked exactly): the measurements commute");
        } else {
            String notCommuting = nonCommuting(ls.x(), d);
            if (notCommuting != null) return Prediction.unmet(kind(), pre, notCommuting);
            if (diagonal(ls.x(), d)) {
                m = new Value[ls.rows()][d];
                for (int i = 0; i < ls.rows(); i++)
                    for (int k = 0; k < d; k++) m[i][k] = ls.x()[i][k * d + k];
                pre.add("every A_i diagonal (checked exactly): the measurements commute");
            } else {
                pre.add("the A_i symmetric and A_i A_j = A_j A_i for every pair (checked exactly)");
                FoundBasis found = FoundBasis.of(ls.x(), d, input.digits());
                if (found.unmet() != null) return Prediction.unmet(kind(), pre, found.unmet());
                pre.add(found.checked());
                m = found.eigenvalues();
                v = found.basis();
            }
        }
        if (basis != null) v = decimals(basis, input.digits() + 20);
        Value[] w0 = input.w0();
        Value[] lambda0 = new Value[d];
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++) {
                Value e = w0[r * d + c];
                boolean ok =
                        r == c
                                ? e.isRational() && e.rational().equals(w0[0].rational())
                                : e.isRational() && e.rational().equals(BigFraction.ZERO);
                if (!ok)
                    return Prediction.unmet(
                            kind(),
                            pre,
                            "the start W_0 is not lambda_0 I (algorithm.init balanced, every factor alpha I)");
            }
        for (int k = 0; k < d; k++) lambda0[k] = w0[0];
        pre.add("W_0 = " + w0[0].text() + " I: every factor alpha I, balanced and commuting");
        Prediction eigen =
                new BregmanProjection(potential)
                        .predict(
                                new PredictionInput(
                                        new LeastSquares(m, ls.y()),
                                        lambda0,
                                        input.step(),
                                        input.digits()));
        pre.addAll(eigen.preconditions());
        if (!eigen.available()) return Prediction.unmet(kind(), pre, eigen.unmet());
        int digits = input.digits();
        BigDecimal[][] basisV = v;
        Map<String, String> cert = new LinkedHashMap<>();
        eigen.certificate().forEach((k, c) -> cert.put("eigenvalues: " + k, c));
        Map<String, BigDecimal[]> refs = new LinkedHashMap<>();
        eigen.references().forEach((k, r) -> refs.put("diag " + k, embed(r, basisV, d, digits)));
        MinTraceLp lp =
                Fractions.allRational(ls.y())
                        ? MinTraceLp.solve(Fractions.of(m), Fractions.of(ls.y()), digits)
                        : null;
        if (lp != null) {
            refs.put(MIN_TRACE, embed(lp.point(), basisV, d, digits));
            cert.put(
                    "reference "
                            + MIN_TRACE
                            + " (min-trace LP over the eigenvalues"
                            + (v != null && basis == null ? " as computed" : "")
                            + ")",
                    lp.certificate());
        }
        return new Prediction(
                kind(),
                embed(eigen.value(), basisV, d, digits),
                null,
                cert,
                pre,
                null,
                refs,
                eigen.derived(),
                Map.of());
    }

    /**
     * Why the A_i (rows of X, d x d row by row) are not commuting symmetric rationals, or null:
     * each symmetric, and A_i A_j = A_j A_i for every pair, in exact arithmetic.
     */
    public static String nonCommuting(Value[][] x, int d) {
        List<BigFraction[][]> a = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!RationalLinearAlgebra.isRational(x[i]))
                return "A_"
                        + (i + 1)
                        + " is not rational: commutation is checked in exact arithmetic";
            BigFraction[][] ai = matrix(RationalLinearAlgebra.fractions(x[i]), d);
            if (!RationalLinearAlgebra.isSymmetric(ai))
                return "A_"
                        + (i + 1)
                        + " is not symmetric: the shared eigenbasis needs symmetric A_i";
            a.add(ai);
        }
        for (int i = 0; i < a.size(); i++)
            for (int j = i + 1; j < a.size(); j++) {
                BigFraction[][] ab = RationalLinearAlgebra.multiply(a.get(i), a.get(j)),
                        ba = RationalLinearAlgebra.multiply(a.get(j), a.get(i));
                for (int r = 0; r < d; r++)
                    for (int c = 0; c < d; c++)
                        if (!ab[r][c].equals(ba[r][c]))
                            return "the measurements do not commute: (A_"
                                    + (i + 1)
                                    + " A_"
                                    + (j + 1)
                                    + ")_"
                                    + (r + 1)
                                    + (c + 1)
                                    + " = "
                                    + Value.text(ab[r][c])
                                    + " but (A_"
                                    + (j + 1)
                                    + " A_"
                                    + (i + 1)
                                    + ")_"
                                    + (r + 1)
                                    + (c + 1)
                                    + " = "
                                    + Value.text(ba[r][c])
                                    + "; the commuting-measurement limit needs A_i A_j = A_j A_i";
            }
        return null;
    }

    /** Whether every A_i (rational) is diagonal. */
    private static boolean diagonal(Value[][] x, int d) {
        for (Value[] row : x)
            for (int r = 0; r < d; r++)
                for (int c = 0; c < d; c++)
                    if (r != c && row[r * d + c].rational().signum() != 0) return false;
        return true;
    }

    /** "(r, c)" of the first nonzero off-diagonal entry, or null. */
    private static String offDiagonal(BigFraction[][] b) {
        for (int r = 0; r < b.length; r++)
            for (int c = 0; c < b.length; c++)
                if (r != c && b[r][c].signum() != 0) return "(" + r + ", " + c + ")";
        return null;
    }

    /** V diag(lambda) V^T (diag(lambda) without a basis), row by row. */
    private static BigDecimal[] embed(BigDecimal[] lambda, BigDecimal[][] v, int d, int digits) {
        MathContext mc = new MathContext(digits + 20);
        BigDecimal[] w = new BigDecimal[d * d];
        Arrays.fill(w, BigDecimal.ZERO);
        if (v == null) {
            for (int k = 0; k < d; k++) w[k * d + k] = lambda[k];
            return w;
        }
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++)
                for (int k = 0; k < d; k++)
                    w[r * d + c] =
                            w[r * d + c].add(
                                    v[r][k].multiply(lambda[k], mc).multiply(v[c][k], mc), mc);
        return w;
    }

    private static BigDecimal[][] decimals(BigFraction[][] a, int digits) {
        BigDecimal[][] out = new BigDecimal[a.length][];
        for (int r = 0; r < a.length; r++) out[r] = Fractions.decimals(a[r], digits);
        return out;
    }

    private static BigFraction[][] matrix(BigFraction[] row, int d) {
        BigFraction[][] a = new BigFraction[d][d];
        for (int r = 0; r < d; r++) for (int c = 0; c < d; c++) a[r][c] = row[r * d + c];
        return a;
    }

    /** V^T A V for A = vec^-1(row), exactly; null if not rational. */
    private BigFraction[][] inBasis(Value[] row, int d) {
        if (!RationalLinearAlgebra.isRational(row)) return null;
        BigFraction[][] a = matrix(RationalLinearAlgebra.fractions(row), d);
        return RationalLinearAlgebra.multiply(
                RationalLinearAlgebra.transpose(basis), RationalLinearAlgebra.multiply(a, basis));
    }

    /** Why V is not a d x d orthogonal matrix, or null. */
    private String orthogonality(int d) {
        if (basis.length != d || basis[0].length != d)
            return "prediction.basis must be " + d + " x " + d;
        BigFraction[][] p =
                RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(basis), basis);
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++)
                if (!p[r][c].equals(r == c ? BigFraction.ONE : BigFraction.ZERO))
                    return "prediction.basis is not orthogonal: (V^T V)_" + r + c + " = " + p[r][c];
        return null;
    }
}
