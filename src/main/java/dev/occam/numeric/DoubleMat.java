package dev.occam.numeric;

import java.util.Arrays;

/** A row-major matrix of doubles. */
final class DoubleMat implements Mat {
    private final int rows;
    private final int cols;
    private final double[] data;

    /**
     * See {@link #multiplyTransposedLog}: e^-620 is a normal number in double and double-double.
     */
    static final double LINEAR_RANGE = 620;

    /**
     * For {@link #multiplyTransposedLog}, made on first use (a matrix belongs to one objective).
     */
    private double[] logAbs;

    private double[] columnLogMax;

    DoubleMat(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
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
        return DoubleTier.INSTANCE;
    }

    @Override
    public double get(int i, int j) {
        return data[i * cols + j];
    }

    @Override
    public void multiply(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, false);
        double[] v = DoubleVec.cast(x).a;
        double[] o = DoubleVec.cast(out).a;
        for (int i = 0, off = 0; i < rows; i++, off += cols) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += data[off + j] * v[j];
            }
            o[i] = s;
        }
    }

    @Override
    public void multiplyTransposed(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, true);
        double[] v = DoubleVec.cast(x).a;
        double[] o = DoubleVec.cast(out).a;
        Arrays.fill(o, 0.0);
        // row by row so the matrix is read contiguously
        for (int i = 0, off = 0; i < rows; i++, off += cols) {
            double r = v[i];
            for (int j = 0; j < cols; j++) {
                o[j] += data[off + j] * r;
            }
        }
    }

    /**
     * A column is summed linearly from x when its largest term exceeds e^-LINEAR_RANGE times its
     * largest entry: then every x_i that underflowed (below e^-708, where doubles lose precision)
     * contributes at most e^-88 of that term, below double-double's rounding. That path costs what
     * {@link #multiplyTransposed} costs, plus a logarithm per column.
     */
    @Override
    public void multiplyTransposedLog(Vec logX, Vec x, Scalar shift, Vec signs, Vec logs) {
        Matrices.checkShape(this, logX, signs, true);
        Matrices.checkSameSize(logX, x);
        Matrices.checkSameSize(signs, logs);
        double[] lx = DoubleVec.cast(logX).a;
        double[] e = DoubleVec.cast(x).a;
        double c = DoubleScalar.cast(shift).v;
        double[] sg = DoubleVec.cast(signs).a;
        double[] lg = DoubleVec.cast(logs).a;
        double[] la = logAbs();
        for (int j = 0; j < cols; j++) {
            double pMax = Double.NEGATIVE_INFINITY;
            double nMax = Double.NEGATIVE_INFINITY;
            for (int i = 0, k = j; i < rows; i++, k += cols) {
                if (data[k] > 0) pMax = Math.max(pMax, lx[i] + la[k]);
                else if (data[k] < 0) nMax = Math.max(nMax, lx[i] + la[k]);
            }
            if (Double.isNaN(pMax) || Double.isNaN(nMax) || Double.isNaN(c)) {
                sg[j] = Double.NaN;
                lg[j] = Double.NaN;
            } else if (Math.max(pMax, nMax) - c - columnLogMax[j] > -LINEAR_RANGE) {
                double sum = 0;
                for (int i = 0, k = j; i < rows; i++, k += cols) sum += e[i] * data[k];
                sg[j] = Math.signum(sum);
                lg[j] = Math.log(Math.abs(sum));
            } else {
                logSumColumn(j, lx, la, pMax, nMax, c, sg, lg);
            }
        }
    }

    /** Column j as the difference of two log-sum-exps, each part shifted by its largest term. */
    private void logSumColumn(
            int j,
            double[] lx,
            double[] la,
            double pMax,
            double nMax,
            double c,
            double[] sg,
            double[] lg) {
        double pSum = 0;
        double nSum = 0;
        for (int i = 0, k = j; i < rows; i++, k += cols) {
            if (data[k] > 0 && pMax > Double.NEGATIVE_INFINITY)
                pSum += Math.exp(lx[i] + la[k] - pMax);
            else if (data[k] < 0 && nMax > Double.NEGATIVE_INFINITY)
                nSum += Math.exp(lx[i] + la[k] - nMax);
        }
        double positive = pSum > 0 ? pMax + Math.log(pSum) : Double.NEGATIVE_INFINITY;
        double negative = nSum > 0 ? nMax + Math.log(nSum) : Double.NEGATIVE_INFINITY;
        if (positive > negative) {
            sg[j] = 1;
            lg[j] = LogSums.difference(positive, negative) - c;
        } else if (negative > positive) {
            sg[j] = -1;
            lg[j] = LogSums.difference(negative, positive) - c;
        } else {
            sg[j] = 0;
            lg[j] = Double.NEGATIVE_INFINITY;
        }
    }

    /** log |a_ij| and the largest per column, made on first use. */
    private double[] logAbs() {
        if (logAbs == null) {
            double[] l = new double[data.length];
            double[] m = new double[cols];
            Arrays.fill(m, Double.NEGATIVE_INFINITY);
            for (int k = 0; k < l.length; k++) {
                l[k] = Math.log(Math.abs(data[k]));
                m[k % cols] = Math.max(m[k % cols], l[k]);
            }
            columnLogMax = m;
            logAbs = l;
        }
        return logAbs;
    }
}
