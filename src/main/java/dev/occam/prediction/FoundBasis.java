package dev.occam.prediction;

import dev.occam.numeric.JointEigenbasis;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The shared eigenbasis V of commuting symmetric measurements that the spec does not give, found by
 * {@link JointEigenbasis} in digits + 30 digits and accepted when its residuals, ||V^T V - I||_F
 * and ||offdiag(V^T A_i V)||_F / ||A_i||_F, are below 10^-(digits + 10): then each computed
 * eigenvalue is within about that (relative) of the exact one, far below the digits the prediction
 * keeps. The residuals are computed in the same arithmetic, whose own rounding (about 10^-(digits +
 * 36) per entry) is too small to hide a residual at that threshold.
 *
 * <p>The eigenvalue matrix M becomes rationals: an entry within 10^-(digits + 20) of a fraction
 * with denominator at most {@link #DENOMINATOR} is that fraction (it moves by less than the
 * residuals allow anyway), others are their decimals, so that the min-trace LP is certified exactly
 * for M as computed.
 *
 * @param basis V row by row (columns the eigenvectors), null when unmet
 * @param eigenvalues M: row i the eigenvalues of A_i, column k the k-th eigenvector's
 * @param checked the precondition as the report shows it
 * @param unmet why no basis is accepted, or null
 */
record FoundBasis(BigDecimal[][] basis, Value[][] eigenvalues, String checked, String unmet) {
    static final int DENOMINATOR = 1000;

    /**
     * @param x the A_i row by row (d x d each, rational, symmetric and commuting: checked by the
     *     caller)
     */
    static FoundBasis of(Value[][] x, int d, int digits) {
        Value[][][] a = new Value[x.length][d][d];
        for (int i = 0; i < x.length; i++)
            for (int r = 0; r < d; r++) for (int c = 0; c < d; c++) a[i][r][c] = x[i][r * d + c];
        JointEigenbasis found;
        try {
            // Dfp as before quad-double existed: a prediction at 16 or 32 digits is unchanged by it
            found = JointEigenbasis.of(a, Tiers.arbitrary(digits + 30));
        } catch (ArithmeticException e) {
            return new FoundBasis(
                    null, null, null, "no shared eigenbasis found: " + e.getMessage());
        }
        double threshold = Math.pow(10, -(digits + 10));
        String residuals =
                "||V^T V - I||_F = "
                        + sci(found.orthogonality())
                        + ", max_i ||offdiag(V^T A_i V)||_F / ||A_i||_F = "
                        + sci(found.offDiagonal())
                        + " ("
                        + (digits + 30)
                        + "-digit arithmetic)";
        if (!(found.orthogonality() <= threshold && found.offDiagonal() <= threshold))
            return new FoundBasis(
                    null,
                    null,
                    null,
                    "the shared eigenbasis found is not accurate enough: "
                            + residuals
                            + ", above "
                            + sci(threshold));
        BigDecimal[][] lambda = found.eigenvalues();
        Value[][] m = new Value[x.length][d];
        for (int i = 0; i < x.length; i++)
            for (int k = 0; k < d; k++) m[i][k] = rational(lambda[i][k], digits);
        return new FoundBasis(
                found.basis(),
                m,
                "shared eigenbasis V found from a generic combination sum c_i A_i (one-sided Jacobi): "
                        + residuals,
                null);
    }

    /** The fraction near v (see above), or v's decimal rounded to digits + 30 digits, exactly. */
    private static Value rational(BigDecimal v, int digits) {
        BigDecimal tolerance = BigDecimal.ONE.scaleByPowerOfTen(-(digits + 20));
        try {
            BigFraction f = new BigFraction(v.doubleValue(), 1e-12, 100);
            if (f.getDenominator().intValue() <= DENOMINATOR
                    && f.bigDecimalValue(digits + 40, java.math.RoundingMode.HALF_EVEN)
                                    .subtract(v)
                                    .abs()
                                    .compareTo(tolerance)
                            <= 0) return Value.of(f, Value.text(f));
        } catch (org.hipparchus.exception.MathIllegalStateException notConverged) {
            // no small fraction nearby
        }
        BigFraction exact = Fractions.of(v.round(new MathContext(digits + 30)));
        return Value.of(exact, v.round(new MathContext(digits + 30)).toPlainString());
    }

    private static String sci(double x) {
        return String.format(java.util.Locale.ROOT, "%.2e", x);
    }
}
