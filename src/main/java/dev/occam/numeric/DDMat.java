package dev.occam.numeric;

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

    @Override public int rows() { return rows; }

    @Override public int cols() { return cols; }

    @Override public Tier tier() { return DDTier.INSTANCE; }

    @Override public double get(int i, int j) { return hi[i * cols + j]; }

    /** Each row is a Dot2-style sum (see {@link DDVec#dot}). */
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
}
