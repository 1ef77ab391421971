package dev.occam.prediction;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.DDDots;
import dev.occam.numeric.DDValues;
import dev.occam.numeric.Value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * argmin { ||w - w0||_2 : X w = y } for a large X of doubles (a data file): lambda solves X X^T
 * lambda = y - X w0 by a double Cholesky refined in double-double ({@link BinaryGram#solve}), and
 * w~ = w0 + X^T lambda is formed in double-double. Nothing is exact, so the radius carries every
 * error with a proof (docs/decisions.md, "Predictions on large data files").
 *
 * <p>The certificate. Let w^ = w0 + X^T lambda exactly, for the double-double lambda computed; w~
 * is w^ computed, with |w~_j - w^_j| <= delta_j proved per entry ({@link DDDots#bound}, plus the
 * conversion of w0 to double-double). w^ - w0 and w* - w0 lie in the row space of X, so ||w^ - w*||
 * <= ||X w^ - y|| / sigma_min(X) (as in {@link CertifiedL2Interpolant}), and ||X w^ - y|| <= ||X w~
 * - y|| + ||X||_2 ||delta||. X w~ - y is computed in double-double with a proved bound per entry;
 * sigma_min(X)^2 >= lambda_min and ||X||_2^2 <= lambda_max are proved by {@link BinaryGram}. So
 * ||w~ - w*|| <= ||delta|| + (||r^|| + ||e_r|| + sqrt(lambda_max) ||delta||) / sqrt(lambda_min),
 * and the reported decimals (w~ rounded to digits + 10) add their half ulps.
 */
final class BinaryL2Interpolant {
    private static final double U = 0x1p-53;

    private BinaryL2Interpolant() {}

    /**
     * The certified interpolant, or null when X X^T is not proved positive definite (rows not
     * proved independent).
     */
    static CertifiedL2Interpolant.Solution solve(
            BinaryGram gram, Value[] y, Value[] w0, int digits) {
        if (!(gram.lower() > 0) || !Double.isFinite(gram.upper())) return null;
        int n = gram.rows(), d = gram.columns();
        double[] x = gram.data();
        DDValues yc = DDValues.of(y), w0c = DDValues.of(w0), ny = yc.negate();
        // b = y - X w0 (its errors do not matter: any lambda is certified below)
        double[] bh = new double[n], bl = new double[n], bm = new double[n];
        DDDots.rows(x, n, d, w0c.hi(), w0c.lo(), ny.hi(), ny.lo(), bh, bl, bm);
        double[][] lambda = gram.solve(negate(bh), negate(bl));
        if (lambda == null) return null;
        double[] wh = new double[d], wl = new double[d], wm = new double[d];
        DDDots.columns(x, n, d, lambda[0], lambda[1], w0c.hi(), w0c.lo(), wh, wl, wm);
        double delta2 = 0;
        for (int j = 0; j < d; j++) {
            double e = DDDots.bound(wm[j], n) + w0c.err()[j];
            delta2 += e * e;
        }
        double delta = norm(delta2, d);
        double[] rh = new double[n], rl = new double[n], rm = new double[n];
        DDDots.rows(x, n, d, wh, wl, ny.hi(), ny.lo(), rh, rl, rm);
        double r2 = 0, e2 = 0;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(rh[i]) + Math.abs(rl[i]);
            r2 += a * a;
            double e = DDDots.bound(rm[i], d) + yc.err()[i];
            e2 += e * e;
        }
        double residual = norm(r2, n);
        double feasibility = up(residual + norm(e2, n) + Math.sqrt(gram.upper()) * delta);
        double sigma = Math.nextDown(Math.sqrt(gram.lower()) * (1 - 4 * U));
        double row = up(delta + feasibility / sigma);
        MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
        BigDecimal[] value = new BigDecimal[d];
        BigDecimal halfUlps = BigDecimal.ZERO;
        for (int j = 0; j < d; j++) {
            BigDecimal exact = new BigDecimal(wh[j]).add(new BigDecimal(wl[j]));
            value[j] = exact.round(mc);
            if (value[j].compareTo(exact) != 0) {
                BigDecimal h = value[j].ulp().divide(BigDecimal.valueOf(2));
                halfUlps = halfUlps.add(h.multiply(h));
            }
        }
        double rounding = up(Math.sqrt(halfUlps.doubleValue()));
        MathContext ceiling = new MathContext(6, RoundingMode.CEILING);
        return new CertifiedL2Interpolant.Solution(
                value,
                new BigDecimal(feasibility, ceiling),
                new BigDecimal(gram.lower(), new MathContext(6, RoundingMode.FLOOR)),
                new BigDecimal(row, ceiling),
                new BigDecimal(rounding, ceiling),
                new BigDecimal(up(row + rounding), ceiling),
                -1);
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = -v[i];
        return out;
    }

    /** sqrt of a double sum of `terms` squares, rounded up past its own error. */
    private static double norm(double sumOfSquares, int terms) {
        return up(Math.sqrt(Math.nextUp(sumOfSquares * (1 + 2.02 * (terms + 2) * U))));
    }

    private static double up(double v) {
        return Math.nextUp(v * (1 + 8 * U));
    }
}
