package dev.occam.certify;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Proved bounds lower <= lambda_min(K) and lambda_max(K) <= upper for the Gram matrix K = A A^T of
 * the rows of A (so sigma_min(A)^2 >= lower, sigma_max(A)^2 <= upper): the eigenvalues estimated in
 * double are moved outward by a relative margin, and Sylvester's criterion proves K - lower I and
 * upper I - K positive definite, in exact rational arithmetic when A is rational (always for inline
 * and generated data), else in {@value #DIGITS}-digit decimal arithmetic. {@code lower} is 0 when
 * no positive bound is proved (rows dependent, or too ill-conditioned for the margins tried).
 *
 * @param gram the Gram matrix in {@value #DIGITS}-digit decimals, null for a {@link BinaryGram}
 */
public record SpectralBounds(double lower, double upper, String proof, BigDecimal[][] gram) {
    static final int DIGITS = 100;
    static final MathContext MC = new MathContext(DIGITS);

    /** Relative margins tried, tightest first. */
    private static final double[] MARGINS = {1e-9, 1e-6, 1e-3, 0.1};

    /**
     * @param name how the proof names K, e.g. "X X^T"
     */
    public static SpectralBounds of(Value[][] rows, String name) {
        BinaryGram large = BinaryGram.large(rows);
        if (large != null) return of(large, name);
        int n = rows.length;
        BigDecimal[][] k = new BigDecimal[n][n];
        double[][] kd = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal s = BigDecimal.ZERO;
                for (int c = 0; c < rows[i].length; c++)
                    s = s.add(rows[i][c].decimal().multiply(rows[j][c].decimal(), MC), MC);
                k[i][j] = s;
                kd[i][j] = s.doubleValue();
            }
        }
        boolean rational = RationalLinearAlgebra.isRational(rows);
        return prove(k, kd, rational ? gram(RationalLinearAlgebra.fractions(rows)) : null, name);
    }

    /**
     * The same for a large matrix of doubles, proved in floating point with bounded remainders
     * ({@link BinaryGram}); no Gram matrix in decimals is kept.
     */
    public static SpectralBounds of(BinaryGram gram, String name) {
        return new SpectralBounds(
                gram.lower(), gram.upper(), gram.proof().replace("X X^T", name), null);
    }

    /**
     * The same for rows known in decimals (formed in {@value #DIGITS}-digit arithmetic, e.g. a
     * Jacobian at computed points): proved in that arithmetic.
     */
    public static SpectralBounds ofRows(BigDecimal[][] rows, String name) {
        int n = rows.length;
        BigDecimal[][] k = new BigDecimal[n][n];
        double[][] kd = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                BigDecimal s = BigDecimal.ZERO;
                for (int c = 0; c < rows[i].length; c++)
                    s = s.add(rows[i][c].multiply(rows[j][c], MC), MC);
                k[i][j] = k[j][i] = s;
                kd[i][j] = kd[j][i] = s.doubleValue();
            }
        }
        return prove(k, kd, null, name);
    }

    /** The same for a symmetric rational K given directly (a quadratic's Hessian). */
    public static SpectralBounds ofSymmetric(BigFraction[][] kq, String name) {
        int n = kq.length;
        BigDecimal[][] k = new BigDecimal[n][n];
        double[][] kd = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] =
                        new BigDecimal(kq[i][j].getNumerator())
                                .divide(new BigDecimal(kq[i][j].getDenominator()), MC);
                kd[i][j] = kq[i][j].doubleValue();
            }
        }
        return prove(k, kd, kq, name);
    }

    /**
     * @param kq K exactly, or null when it is known in decimals only
     */
    private static SpectralBounds prove(
            BigDecimal[][] k, double[][] kd, BigFraction[][] kq, String name) {
        boolean rational = kq != null;
        double lo = 0, hi = Double.POSITIVE_INFINITY;
        double[] ev = estimates(kd);
        if (ev == null) {
            return new SpectralBounds(
                    0,
                    Double.POSITIVE_INFINITY,
                    "no bounds on the eigenvalues of "
                            + name
                            + ": its entries are beyond double's range, where the estimates the proof starts from are made",
                    k);
        }
        for (double m : MARGINS) {
            double mu = ev[ev.length - 1] * (1 - m);
            if (mu > 0 && positive(kq, k, mu, -1)) {
                lo = mu;
                break;
            }
        }
        for (double m : MARGINS) {
            double mu = ev[0] * (1 + m);
            if (positive(kq, k, mu, 1)) {
                hi = mu;
                break;
            }
        }
        String proof =
                String.format(
                        Locale.ROOT,
                        "%s <= eigenvalues of %s <= %s (Sylvester's criterion on %s - mu I "
                                + "and mu I - %s, %s)",
                        Numbers.sci(lo),
                        name,
                        Numbers.sci(hi),
                        name,
                        name,
                        rational ? "exact rational arithmetic" : DIGITS + "-digit arithmetic");
        return new SpectralBounds(lo, hi, proof, k);
    }

    /**
     * The eigenvalues of K in double, descending, or null when K's entries are not finite or the
     * solver fails.
     */
    private static double[] estimates(double[][] kd) {
        for (double[] row : kd) for (double v : row) if (!Double.isFinite(v)) return null;
        try {
            return new EigenDecompositionSymmetric(new Array2DRowRealMatrix(kd, false))
                    .getEigenvalues();
        } catch (MathRuntimeException e) {
            return null;
        }
    }

    private static BigFraction[][] gram(BigFraction[][] x) {
        int n = x.length;
        BigFraction[][] k = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                BigFraction s = BigFraction.ZERO;
                for (int c = 0; c < x[i].length; c++) s = s.add(x[i][c].multiply(x[j][c]));
                k[i][j] = s;
                k[j][i] = s;
            }
        }
        return k;
    }

    /**
     * Whether sign (mu I - K) is positive definite (sign = +1), or K - mu I (sign = -1), exactly
     * when K is rational.
     */
    private static boolean positive(BigFraction[][] kq, BigDecimal[][] k, double mu, int sign) {
        if (!Double.isFinite(mu)) return false;
        return kq != null
                ? PositiveDefinite.shifted(kq, mu, sign)
                : PositiveDefinite.shifted(k, mu, sign, MC);
    }
}
