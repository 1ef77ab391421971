package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

import java.util.Arrays;

/**
 * A row-major double-double matrix. When every entry is exactly a double (generated data, small
 * integers, dyadic rationals) the low parts are skipped: a double times a double-double needs one
 * TwoProd instead of three products.
 */
final class DDMat implements Mat {
    private final int rows;
    private final int cols;
    private final double[] hi;
    private final double[] lo;
    private final boolean exactDoubles;

    /**
     * For {@link #multiplyTransposedLog}, made on first use (a matrix belongs to one objective).
     */
    private DD[] logAbs;

    private double[] columnLogMax;

    DDMat(int rows, int cols, double[] hi, double[] lo) {
        this.rows = rows;
        this.cols = cols;
        this.hi = hi;
        this.lo = lo;
        boolean exact = true;
        for (double l : lo) {
            exact &= l == 0;
        }
        this.exactDoubles = exact;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public Tier tier() {
        return DDTier.INSTANCE;
    }

    @Override
    public double get(int i, int j) {
        return hi[i * cols + j];
    }

    /** Each row is a Dot2-style sum (see {@link DDVec#dot}). */
    @Override
    public ExponentialLoss exponentialLoss(Vec logWeights) {
        DDVec b = logWeights == null ? null : DDVec.cast(logWeights);
        if (b != null && b.size() != rows)
            throw new IllegalArgumentException(b.size() + " weights for " + rows + " rows");
        return new DDExponentialLoss(this, b);
    }

    @Override
    public void multiply(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, false);
        DDVec v = DDVec.cast(x);
        DDVec o = DDVec.cast(out);
        double[] xh = v.hi;
        double[] xl = v.lo;
        for (int i = 0, off = 0; i < rows; i++, off += cols) {
            double s = 0;
            double c = 0;
            if (exactDoubles) {
                for (int j = 0; j < cols; j++) {
                    double a = hi[off + j];
                    double p = a * xh[j];
                    double pe = Math.fma(a, xh[j], -p) + a * xl[j];
                    double t = s + p;
                    double z = t - s;
                    c += (s - (t - z)) + (p - z) + pe;
                    s = t;
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    double a = hi[off + j];
                    double p = a * xh[j];
                    double pe = Math.fma(a, xh[j], -p) + (a * xl[j] + lo[off + j] * xh[j]);
                    double t = s + p;
                    double z = t - s;
                    c += (s - (t - z)) + (p - z) + pe;
                    s = t;
                }
            }
            DDVec.storeSum(o.hi, o.lo, i, s, c);
        }
    }

    /**
     * Row by row (contiguous reads), accumulating every output Dot2-style: high parts in out.hi,
     * all rounding errors in out.lo, renormalized once at the end.
     */
    @Override
    public void multiplyTransposed(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, true);
        DDVec v = DDVec.cast(x);
        DDVec o = DDVec.cast(out);
        double[] oh = o.hi;
        double[] ol = o.lo;
        out.setZero();
        for (int i = 0, off = 0; i < rows; i++, off += cols) {
            double rh = v.hi[i];
            double rl = v.lo[i];
            if (exactDoubles) {
                for (int j = 0; j < cols; j++) {
                    double a = hi[off + j];
                    double p = a * rh;
                    double pe = Math.fma(a, rh, -p) + a * rl;
                    double s = oh[j];
                    double t = s + p;
                    double z = t - s;
                    ol[j] += (s - (t - z)) + (p - z) + pe;
                    oh[j] = t;
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    double a = hi[off + j];
                    double p = a * rh;
                    double pe = Math.fma(a, rh, -p) + (a * rl + lo[off + j] * rh);
                    double s = oh[j];
                    double t = s + p;
                    double z = t - s;
                    ol[j] += (s - (t - z)) + (p - z) + pe;
                    oh[j] = t;
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            DDVec.storeSum(oh, ol, j, oh[j], ol[j]);
        }
    }

    /** As {@link DoubleMat#multiplyTransposedLog}, with every term and sum in double-double. */
    @Override
    public void multiplyTransposedLog(Vec logX, Vec x, Scalar shift, Vec signs, Vec logs) {
        Matrices.checkShape(this, logX, signs, true);
        Matrices.checkSameSize(logX, x);
        Matrices.checkSameSize(signs, logs);
        DDVec lx = DDVec.cast(logX);
        DDVec xs = DDVec.cast(x);
        DD c = DDScalar.cast(shift);
        DDVec sg = DDVec.cast(signs);
        DDVec lg = DDVec.cast(logs);
        DD[] la = logAbs();
        boolean nan = Double.isNaN(c.hi());
        for (double h : lx.hi) nan |= Double.isNaN(h);
        if (nan) {
            Arrays.fill(sg.hi, Double.NaN);
            Arrays.fill(lg.hi, Double.NaN);
            return;
        }
        for (int j = 0; j < cols; j++) {
            double pMax = Double.NEGATIVE_INFINITY;
            double nMax = Double.NEGATIVE_INFINITY;
            for (int i = 0, k = j; i < rows; i++, k += cols) {
                double t = lx.hi[i] + la[k].hi();
                if (hi[k] > 0) pMax = Math.max(pMax, t);
                else if (hi[k] < 0) nMax = Math.max(nMax, t);
            }
            if (Math.max(pMax, nMax) - c.hi() - columnLogMax[j] > -DoubleMat.LINEAR_RANGE) {
                // pairs, not objects: a normalized gradient runs this on every iteration
                double sh = 0, sl = 0;
                for (int i = 0, k = j; i < rows; i++, k += cols) {
                    if (hi[k] == 0) continue;
                    double th = DDPairs.multiply(xs.hi[i], xs.lo[i], hi[k], lo[k], lg.lo, j);
                    sh = DDPairs.add(sh, sl, th, lg.lo[j], lg.lo, j);
                    sl = lg.lo[j];
                }
                double sign = Math.signum(sh);
                sg.hi[j] = sign;
                sg.lo[j] = 0;
                if (sign == 0) {
                    lg.hi[j] = Double.NEGATIVE_INFINITY;
                    lg.lo[j] = 0;
                } else {
                    lg.hi[j] = DDMath.log(sign * sh, sign * sl, lg.lo, j);
                }
            } else {
                logSumColumn(j, lx, la, pMax, nMax, c, sg, lg);
            }
        }
    }

    /** Column j as the difference of two log-sum-exps, each shifted by its largest high part. */
    private void logSumColumn(
            int j, DDVec lx, DD[] la, double pMax, double nMax, DD c, DDVec sg, DDVec lg) {
        // pairs in the loop (t: a low-part slot), objects once per column
        double[] t = DDPairs.slot();
        double ph = 0, pl = 0, nh = 0, nl = 0;
        for (int i = 0, k = j; i < rows; i++, k += cols) {
            if (lx.hi[i] == Double.NEGATIVE_INFINITY)
                continue; // x_i = 0 (and DD arithmetic on -inf gives NaN)
            boolean positive = hi[k] > 0;
            double max = positive ? pMax : nMax;
            if (hi[k] == 0 || max == Double.NEGATIVE_INFINITY) continue;
            double ah = DDPairs.add(lx.hi[i], lx.lo[i], la[k].hi(), la[k].lo(), t, 0);
            ah = DDPairs.add(ah, t[0], -max, 0, t, 0);
            double eh = DDMath.exp(ah, t[0], t, 0);
            if (positive) {
                ph = DDPairs.add(ph, pl, eh, t[0], t, 0);
                pl = t[0];
            } else {
                nh = DDPairs.add(nh, nl, eh, t[0], t, 0);
                nl = t[0];
            }
        }
        DD pSum = DD.ofSum(ph, pl);
        DD nSum = DD.ofSum(nh, nl);
        DD positive = pSum.hi() > 0 ? DDMath.log(pSum).add(pMax) : DD.of(Double.NEGATIVE_INFINITY);
        DD negative = nSum.hi() > 0 ? DDMath.log(nSum).add(nMax) : DD.of(Double.NEGATIVE_INFINITY);
        int order =
                positive.hi() != negative.hi()
                        ? Double.compare(positive.hi(), negative.hi())
                        : Double.compare(positive.lo(), negative.lo());
        if (positive.hi() == Double.NEGATIVE_INFINITY && negative.hi() == Double.NEGATIVE_INFINITY)
            order = 0;
        if (order == 0) {
            put(sg, j, DD.ZERO);
            put(lg, j, DD.of(Double.NEGATIVE_INFINITY));
        } else {
            DD big = order > 0 ? positive : negative;
            DD small = order > 0 ? negative : positive;
            put(sg, j, DD.of(Integer.signum(order)));
            put(lg, j, difference(big, small).subtract(c));
        }
    }

    /** log(e^a - e^b) for a > b: a + log(1 - e^(b - a)). */
    private static DD difference(DD a, DD b) {
        if (b.hi() == Double.NEGATIVE_INFINITY) return a;
        return a.add(DDMath.log(DD.ONE.subtract(DDMath.exp(b.subtract(a)))));
    }

    private static void put(DDVec v, int i, DD x) {
        v.hi[i] = x.hi();
        v.lo[i] = x.lo();
    }

    /** log |a_ij| and the largest per column (in double), made on first use. */
    private DD[] logAbs() {
        if (logAbs == null) {
            DD[] l = new DD[hi.length];
            double[] m = new double[cols];
            Arrays.fill(m, Double.NEGATIVE_INFINITY);
            for (int k = 0; k < l.length; k++) {
                l[k] =
                        hi[k] == 0
                                ? DD.of(Double.NEGATIVE_INFINITY)
                                : DDMath.log(DD.ofSum(hi[k], lo[k]).abs());
                m[k % cols] = Math.max(m[k % cols], l[k].hi());
            }
            columnLogMax = m;
            logAbs = l;
        }
        return logAbs;
    }
}
