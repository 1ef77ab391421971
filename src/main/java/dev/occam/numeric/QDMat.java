package dev.occam.numeric;

import java.util.Arrays;

/**
 * A row-major quad-double matrix, interleaved as {@link QDVec}. When every entry is exactly a
 * double (generated data, small integers, dyadic rationals) the products take the cheaper
 * quad-double times double kernel.
 */
final class QDMat implements Mat {
    /**
     * See {@link #multiplyTransposedLog}: below about e^-596 (2^-860) the lowest components of a
     * quad-double are subnormal, so the linear sum is used only down to e^-580.
     */
    static final double LINEAR_RANGE = 580;

    private final int rows;
    private final int cols;
    private final double[] a;
    private final boolean exactDoubles;

    /** One scratch array per thread (see {@link QDVec}): products only read the matrix. */
    private static final ThreadLocal<double[]> SCRATCH =
            ThreadLocal.withInitial(() -> new double[QDMath.SCRATCH + 8]);

    private static final int P = QDMath.SCRATCH;
    private static final int S = P + 4;

    /**
     * For {@link #multiplyTransposedLog}, made on first use (a matrix belongs to one objective).
     */
    private double[] logAbs;

    private double[] columnLogMax;

    QDMat(int rows, int cols, double[] a) {
        this.rows = rows;
        this.cols = cols;
        this.a = a;
        boolean exact = true;
        for (int k = 0; k < a.length; k += 4) exact &= a[k + 1] == 0;
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
        return QDTier.INSTANCE;
    }

    @Override
    public double get(int i, int j) {
        return a[4 * (i * cols + j)];
    }

    private void product(int k, double[] x, int o, double[] t) {
        if (exactDoubles) QD.mul(x, o, a[k], t, P);
        else QD.mul(a, k, x, o, t, P);
    }

    @Override
    public ExponentialLoss exponentialLoss(Vec logWeights) {
        QDVec b = logWeights == null ? null : QDVec.cast(logWeights);
        if (b != null && b.size() != rows)
            throw new IllegalArgumentException(b.size() + " weights for " + rows + " rows");
        return new QDExponentialLoss(this, b);
    }

    @Override
    public void multiply(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, false);
        double[] xa = QDVec.cast(x).a;
        double[] oa = QDVec.cast(out).a;
        double[] t = SCRATCH.get();
        for (int i = 0, k = 0; i < rows; i++) {
            QD.set(t, S, 0);
            for (int j = 0; j < cols; j++, k += 4) {
                product(k, xa, 4 * j, t);
                QD.addFast(t, S, t, P, t, S);
            }
            QD.copy(t, S, oa, 4 * i);
        }
    }

    /** Row by row (contiguous reads), accumulating into the outputs. */
    @Override
    public void multiplyTransposed(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, true);
        double[] xa = QDVec.cast(x).a;
        double[] oa = QDVec.cast(out).a;
        out.setZero();
        double[] t = SCRATCH.get();
        for (int i = 0, k = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++, k += 4) {
                product(k, xa, 4 * i, t);
                QD.addFast(oa, 4 * j, t, P, oa, 4 * j);
            }
        }
    }

    /** As {@link DDMat#multiplyTransposedLog}, with every term and sum in quad-double. */
    @Override
    public void multiplyTransposedLog(Vec logX, Vec x, Scalar shift, Vec signs, Vec logs) {
        Matrices.checkShape(this, logX, signs, true);
        Matrices.checkSameSize(logX, x);
        Matrices.checkSameSize(signs, logs);
        double[] lx = QDVec.cast(logX).a;
        double[] xs = QDVec.cast(x).a;
        double[] c = QDScalar.cast(shift);
        double[] sg = QDVec.cast(signs).a;
        double[] lg = QDVec.cast(logs).a;
        double[] la = logAbs();
        double[] t = SCRATCH.get();
        boolean nan = Double.isNaN(c[0]);
        for (int i = 0; i < rows; i++) nan |= Double.isNaN(lx[4 * i]);
        if (nan) {
            Arrays.fill(sg, Double.NaN);
            Arrays.fill(lg, Double.NaN);
            return;
        }
        for (int j = 0; j < cols; j++) {
            double pMax = Double.NEGATIVE_INFINITY;
            double nMax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                int k = 4 * (i * cols + j);
                double v = lx[4 * i] + la[k];
                if (a[k] > 0) pMax = Math.max(pMax, v);
                else if (a[k] < 0) nMax = Math.max(nMax, v);
            }
            if (Math.max(pMax, nMax) - c[0] - columnLogMax[j] > -LINEAR_RANGE) {
                QD.set(t, S, 0);
                for (int i = 0; i < rows; i++) {
                    int k = 4 * (i * cols + j);
                    if (a[k] == 0) continue;
                    QD.mul(xs, 4 * i, a, k, t, P);
                    QD.add(t, S, t, P, false, t, S, t);
                }
                double sign = Math.signum(t[S]);
                QD.set(sg, 4 * j, sign);
                if (sign == 0) {
                    QD.set(lg, 4 * j, Double.NEGATIVE_INFINITY);
                } else {
                    if (sign < 0) QD.negate(t, S, t, S);
                    QDMath.log(t, S, lg, 4 * j, t);
                }
            } else {
                logSumColumn(j, lx, la, pMax, nMax, c, sg, lg);
            }
        }
    }

    /** Column j as the difference of two log-sum-exps, each shifted by its largest high part. */
    private void logSumColumn(
            int j,
            double[] lx,
            double[] la,
            double pMax,
            double nMax,
            double[] c,
            double[] sg,
            double[] lg) {
        double[] t = SCRATCH.get();
        double[] pSum = new double[4];
        double[] nSum = new double[4];
        double[] term = new double[4];
        for (int i = 0; i < rows; i++) {
            int k = 4 * (i * cols + j);
            if (lx[4 * i] == Double.NEGATIVE_INFINITY) continue; // x_i = 0
            boolean positive = a[k] > 0;
            if (a[k] == 0 || (positive ? pMax : nMax) == Double.NEGATIVE_INFINITY) continue;
            QD.add(lx, 4 * i, la, k, false, term, 0, t);
            QD.add(term, 0, -(positive ? pMax : nMax), term, 0, t);
            QDMath.exp(term, 0, term, 0, t);
            double[] sum = positive ? pSum : nSum;
            QD.add(sum, 0, term, 0, false, sum, 0, t);
        }
        double[] pos = logPlus(pSum, pMax);
        double[] neg = logPlus(nSum, nMax);
        int order =
                pos[0] == Double.NEGATIVE_INFINITY && neg[0] == Double.NEGATIVE_INFINITY
                        ? 0
                        : QD.compare(pos, 0, neg, 0);
        if (order == 0) {
            QD.set(sg, 4 * j, 0);
            QD.set(lg, 4 * j, Double.NEGATIVE_INFINITY);
            return;
        }
        double[] big = order > 0 ? pos : neg;
        double[] small = order > 0 ? neg : pos;
        QD.set(sg, 4 * j, order);
        // log(e^big - e^small) - shift = big + log(1 - e^(small - big)) - shift
        if (small[0] != Double.NEGATIVE_INFINITY) {
            double[] d = new double[4];
            QD.add(small, 0, big, 0, true, d, 0, t);
            QDMath.exp(d, 0, d, 0, t);
            QD.negate(d, 0, d, 0);
            QD.add(d, 0, 1, d, 0, t);
            QDMath.log(d, 0, d, 0, t);
            QD.add(big, 0, d, 0, false, big, 0, t);
        }
        QD.add(big, 0, c, 0, true, lg, 4 * j, t);
    }

    /** log(sum) + m, or -inf for an empty sum. */
    private double[] logPlus(double[] sum, double m) {
        double[] t = SCRATCH.get();
        double[] r = new double[4];
        if (!(sum[0] > 0)) {
            QD.set(r, 0, Double.NEGATIVE_INFINITY);
            return r;
        }
        QDMath.log(sum, 0, r, 0, t);
        QD.add(r, 0, m, r, 0, t);
        return r;
    }

    /** log |a_ij| and the largest per column (in double), made on first use. */
    private double[] logAbs() {
        if (logAbs == null) {
            double[] l = new double[a.length];
            double[] m = new double[cols];
            Arrays.fill(m, Double.NEGATIVE_INFINITY);
            double[] abs = new double[4];
            double[] t = SCRATCH.get();
            for (int k = 0; k < a.length; k += 4) {
                if (a[k] == 0) {
                    QD.set(l, k, Double.NEGATIVE_INFINITY);
                } else {
                    QD.copy(a, k, abs, 0);
                    if (abs[0] < 0) QD.negate(abs, 0, abs, 0);
                    QDMath.log(abs, 0, l, k, t);
                }
                int j = (k / 4) % cols;
                m[j] = Math.max(m[j], l[k]);
            }
            columnLogMax = m;
            logAbs = l;
        }
        return logAbs;
    }
}
