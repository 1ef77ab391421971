package dev.occam.certify;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.DDDots;
import dev.occam.numeric.DDValues;
import dev.occam.numeric.Value;

import org.apache.commons.numbers.core.DD;

import java.math.BigDecimal;

/**
 * {@link LeastSquaresFacts}' evaluations for a large X of doubles: products with X accumulated in
 * double-double with proved error bounds ({@link DDDots}), solves with X X^T by refinement ({@link
 * BinaryGram#solve}), and every result an upper bound that accounts for all of it. Points and y are
 * taken to double-double; a value that is not one exactly (a y of 1/3, a point of a higher tier)
 * adds its conversion error, at most 2^-100 of its size.
 */
final class BinaryResiduals {
    private static final double U = 0x1p-53;
    private static final double CONVERSION = DDValues.CONVERSION;

    private final BinaryGram gram;
    private final int n;
    private final int d;

    /** -y as double-doubles, with the conversion errors of y. */
    private final DDValues negY;

    BinaryResiduals(BinaryGram gram, Value[] y) {
        this.gram = gram;
        this.n = gram.rows();
        this.d = gram.columns();
        negY = DDValues.of(y).negate();
    }

    /** A residual X w - y computed in double-double, with a bound on each entry's error. */
    private record Residual(double[] hi, double[] lo, double[] err) {
        /** ||r^|| rounded up, r^ = hi + lo. */
        double norm() {
            return BinaryResiduals.norm(hi, lo);
        }

        double errorNorm() {
            return BinaryResiduals.norm(err, new double[err.length]);
        }
    }

    private Residual computed(BigDecimal[] w) {
        double[] wh = new double[d], wl = new double[d];
        boolean exact = true;
        for (int j = 0; j < d; j++) {
            DD v = DD.from(w[j]);
            wh[j] = v.hi();
            wl[j] = v.lo();
            exact &= new BigDecimal(v.hi()).add(new BigDecimal(v.lo())).compareTo(w[j]) == 0;
        }
        double[] rh = new double[n], rl = new double[n], mag = new double[n], err = new double[n];
        DDDots.rows(gram.data(), n, d, wh, wl, negY.hi(), negY.lo(), rh, rl, mag);
        for (int i = 0; i < n; i++) {
            double e = DDDots.bound(mag[i], d) + negY.err()[i];
            if (!exact) e += mag[i] * 2 * CONVERSION;
            err[i] = Math.nextUp(e);
        }
        return new Residual(rh, rl, err);
    }

    /** An upper bound on ||X w - y||. */
    double residual(BigDecimal[] w) {
        Residual r = computed(w);
        return up(r.norm() + r.errorNorm(), 1);
    }

    /**
     * An upper bound on ||X^+ (X w - y)|| = sqrt(r^T K^-1 r), K = X X^T: with r^ the computed
     * residual (its hi parts; lo parts and errors are e), z ~ K^-1 r^ and s = K z computed with
     * bounds, r^T K^-1 r^ = r^T z + r^T K^-1 (r^ - K z) <= r^T z + ||r^|| ||r^ - K z|| /
     * lambda_min, and ||K^-1/2 r|| <= ||K^-1/2 r^|| + ||e|| / sqrt(lambda_min).
     */
    double rowDistance(BigDecimal[] w) {
        double low = gram.lower();
        if (!(low > 0)) return Double.POSITIVE_INFINITY;
        Residual r = computed(w);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) e[i] = Math.nextUp(r.err()[i] + Math.abs(r.lo()[i]));
        double[] z = solve(r.hi());
        if (z == null) return Double.POSITIVE_INFINITY;
        double quadratic = 0, magnitude = 0, rn = 0;
        for (int i = 0; i < n; i++) {
            quadratic += r.hi()[i] * z[i];
            magnitude += Math.abs(r.hi()[i] * z[i]);
            rn += r.hi()[i] * r.hi()[i];
        }
        double gamma = (n + 2) * U / (1 - (n + 2) * U);
        double q = quadratic + gamma * up(magnitude, n) * 1.01;
        double miss = misfit(r.hi(), z);
        q = up(q + up(Math.sqrt(up(rn, n)), 1) * miss / down(low), 4);
        double en = 0;
        for (double v : e) en += v * v;
        double result =
                Math.sqrt(Math.max(0, q)) + up(Math.sqrt(up(en, n)), 1) / Math.sqrt(down(low));
        return up(result, 4);
    }

    /**
     * An upper bound on ||v - X^T K^-1 X v||, the part of v in the null space of X: with t = X v
     * and z ~ K^-1 t computed, p = v - X^T z, ||P v - p|| <= ||t - K z|| / sqrt(lambda_min) +
     * errors.
     */
    double nullPart(BigDecimal[] v) {
        double low = gram.lower();
        if (!(low > 0)) return Double.POSITIVE_INFINITY;
        double[] vh = new double[d], vl = new double[d];
        double conv = 0;
        for (int j = 0; j < d; j++) {
            DD c = DD.from(v[j]);
            vh[j] = c.hi();
            vl[j] = c.lo();
            conv += Math.abs(c.hi()) * CONVERSION;
        }
        double[] th = new double[n], tl = new double[n], tm = new double[n];
        DDDots.rows(gram.data(), n, d, vh, vl, null, null, th, tl, tm);
        double tErr2 = 0;
        for (int i = 0; i < n; i++) {
            double e = DDDots.bound(tm[i], d) + Math.abs(tl[i]) + tm[i] * 2 * CONVERSION;
            tErr2 += e * e;
        }
        double[] z = solve(th);
        if (z == null) return Double.POSITIVE_INFINITY;
        double miss = misfit(th, z);
        // p = v - X^T z: columns of X with the negated z, starting from v
        double[] nz = new double[n], zero = new double[n];
        for (int i = 0; i < n; i++) nz[i] = -z[i];
        double[] ph = new double[d], pl = new double[d], pm = new double[d];
        DDDots.columns(gram.data(), n, d, nz, zero, vh, vl, ph, pl, pm);
        double tErr = up(Math.sqrt(up(tErr2, n)), 1);
        double result = norm(ph, pl) + bounds(pm, n) + conv + (miss + tErr) / Math.sqrt(down(low));
        return up(result, 4);
    }

    private double[] solve(double[] r) {
        double[][] z = gram.solve(r, new double[n]);
        return z == null ? null : z[0];
    }

    /**
     * An upper bound on ||b - K z|| for a double vector z: K z = X (X^T z) in double-double, the
     * error of X^T z (bounded per column) carried through ||X||_2 <= sqrt(lambda_max).
     */
    private double misfit(double[] b, double[] z) {
        double[] zero = new double[n];
        double[] th = new double[d], tl = new double[d], tm = new double[d];
        DDDots.columns(gram.data(), n, d, z, zero, null, null, th, tl, tm);
        double[] nbh = new double[n], nbl = new double[n];
        for (int i = 0; i < n; i++) nbh[i] = -b[i];
        double[] kh = new double[n], kl = new double[n], km = new double[n];
        DDDots.rows(gram.data(), n, d, th, tl, nbh, nbl, kh, kl, km);
        double carried = Math.sqrt(gram.upper()) * bounds(tm, n);
        return up(norm(kh, kl) + bounds(km, d) + carried, 4);
    }

    /** An upper bound on ||hi + lo||, each entry taken as |hi| + |lo|. */
    private static double norm(double[] hi, double[] lo) {
        double s = 0;
        for (int i = 0; i < hi.length; i++) {
            double v = Math.abs(hi[i]) + Math.abs(lo[i]);
            s += v * v;
        }
        return up(Math.sqrt(up(s, hi.length)), 2);
    }

    /** The norm of the error bounds of {@link DDDots} results of k products, rounded up. */
    private static double bounds(double[] magnitude, int k) {
        double s = 0;
        for (double m : magnitude) {
            double e = DDDots.bound(m, k);
            s += e * e;
        }
        return up(Math.sqrt(up(s, magnitude.length)), 2);
    }

    /** A sum of `terms` nonnegative doubles, or a short chain of operations, rounded up. */
    private static double up(double v, long terms) {
        return Math.nextUp(v * (1 + 2.02 * (terms + 2) * U));
    }

    private static double down(double v) {
        return Math.nextDown(v * (1 - 4 * U));
    }
}
