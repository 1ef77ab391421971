package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limit of gradient flow on a depth-N factorization W = W_N ... W_1 from W_j = alpha I when the
 * measurements commute, here diagonal A_i: every factor stays diagonal and all are equal, and the
 * end-to-end eigenvalues obey d lambda/dt = -N lambda^(2-2/N) dL/d lambda. With psi_N'' = 1 / (N
 * lambda^(2-2/N)) this is mirror flow, d psi_N'(lambda)/dt = -dL/d lambda, so the limit is the
 * Bregman projection of lambda_0 = alpha^N 1 onto {M lambda = y} (M: the diagonals of the A_i) with
 * psi_N = lambda^2/2 (N = 1), lambda log lambda - lambda (N = 2), -lambda^(2/N) (N >= 3), up to
 * positive factors that do not move the projection. Computed by {@link BregmanProjection} (dual
 * Newton, its certificate) on the eigenvalues, then put on the diagonal.
 */
public final class CommutingFactorizationLimit implements Predictor {
    private final int depth;
    private final MirrorMap potential;

    /**
     * @param potential psi_N of {@link #potentialText(int)}, derived by the caller
     */
    public CommutingFactorizationLimit(int depth, MirrorMap potential) {
        this.depth = depth;
        this.potential = potential;
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
        Value[][] m = new Value[ls.rows()][d];
        for (int i = 0; i < ls.rows(); i++) {
            for (int r = 0; r < d; r++)
                for (int c = 0; c < d; c++) {
                    Value a = ls.x()[i][r * d + c];
                    if (r != c && !(a.isRational() && a.rational().equals(BigFraction.ZERO)))
                        return Prediction.unmet(
                                kind(),
                                pre,
                                "A_"
                                        + (i + 1)
                                        + " is not diagonal (entry ("
                                        + r
                                        + ", "
                                        + c
                                        + ")): only diagonal, hence commuting, measurements are supported");
                }
            for (int k = 0; k < d; k++) m[i][k] = ls.x()[i][k * d + k];
        }
        pre.add("every A_i diagonal (checked exactly): the measurements commute");
        Value[] w0 = input.w0();
        Value[] lambda0 = new Value[d];
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++) {
                Value v = w0[r * d + c];
                boolean ok =
                        r == c
                                ? v.isRational() && v.rational().equals(w0[0].rational())
                                : v.isRational() && v.rational().equals(BigFraction.ZERO);
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
        Map<String, String> cert = new LinkedHashMap<>();
        eigen.certificate().forEach((k, v) -> cert.put("eigenvalues: " + k, v));
        Map<String, BigDecimal[]> refs = new LinkedHashMap<>();
        eigen.references().forEach((k, v) -> refs.put("diag " + k, diagonal(v, d)));
        return new Prediction(
                kind(),
                diagonal(eigen.value(), d),
                null,
                cert,
                pre,
                null,
                refs,
                eigen.derived(),
                Map.of());
    }

    private static BigDecimal[] diagonal(BigDecimal[] lambda, int d) {
        BigDecimal[] w = new BigDecimal[d * d];
        java.util.Arrays.fill(w, BigDecimal.ZERO);
        for (int k = 0; k < d; k++) w[k * d + k] = lambda[k];
        return w;
    }
}
