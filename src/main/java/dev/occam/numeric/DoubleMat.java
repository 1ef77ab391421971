package dev.occam.numeric;

import java.util.Arrays;
import java.util.function.IntConsumer;

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

    private RowBlocks blocks;

    /** Not thread-safe, like the rest of an objective's scratch: one run uses a matrix at once. */
    private double[] partials;

    /**
     * The operands of the call in progress, read by the blocks' bodies, which are made once so that
     * a call allocates nothing (the same scratch rule as partials).
     */
    private double[] callX;

    private double[] callY;
    private double[] callResidual;
    private double[] callOut;
    private final IntConsumer multiplyBlock = this::multiplyBlock;
    private final IntConsumer transposedBlock = this::transposedBlock;
    private final IntConsumer residualBlock = this::residualBlock;

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
        RowBlocks b = blocks();
        if (b.count() == 1) {
            DoubleKernels.multiply(data, cols, v, o, 0, rows);
            return;
        }
        callX = v;
        callOut = o;
        KernelThreads.forEach(b.count(), multiplyBlock);
    }

    @Override
    public void multiplyTransposed(Vec x, Vec out) {
        Matrices.checkShape(this, x, out, true);
        callX = DoubleVec.cast(x).a;
        sumOverBlocks(DoubleVec.cast(out).a, transposedBlock);
    }

    /**
     * One pass over the matrix instead of two (see {@link DoubleKernels#residualGradient}); the
     * same bits as multiply, axpy and multiplyTransposed.
     */
    @Override
    public void residualGradient(Vec w, Vec y, Vec residual, Vec out) {
        Matrices.checkShape(this, w, residual, false);
        Matrices.checkSameSize(residual, y);
        Matrices.checkShape(this, residual, out, true);
        callX = DoubleVec.cast(w).a;
        callY = DoubleVec.cast(y).a;
        callResidual = DoubleVec.cast(residual).a;
        sumOverBlocks(DoubleVec.cast(out).a, residualBlock);
    }

    private void multiplyBlock(int k) {
        RowBlocks b = blocks;
        DoubleKernels.multiply(data, cols, callX, callOut, b.start(k), b.start(k + 1));
    }

    /** Block k's X^T x into callOut[k cols, (k + 1) cols). */
    private void transposedBlock(int k) {
        int at = k * cols;
        Arrays.fill(callOut, at, at + cols, 0.0);
        DoubleKernels.addTransposed(
                data, cols, callX, callOut, at, blocks.start(k), blocks.start(k + 1));
    }

    /** Block k's residuals and its X^T r into callOut[k cols, (k + 1) cols). */
    private void residualBlock(int k) {
        int at = k * cols;
        Arrays.fill(callOut, at, at + cols, 0.0);
        DoubleKernels.residualGradient(
                data,
                cols,
                callX,
                callY,
                callResidual,
                callOut,
                at,
                blocks.start(k),
                blocks.start(k + 1));
    }

    /**
     * o = the sum of the rows' contributions: serially below the threshold (block 0 is then all
     * rows, written into o), else each block into its own partial vector on the kernel threads, the
     * partials added in block order.
     */
    private void sumOverBlocks(double[] o, IntConsumer block) {
        RowBlocks b = blocks();
        if (b.count() == 1) {
            callOut = o;
            block.accept(0);
            return;
        }
        callOut = partials(b);
        KernelThreads.forEach(b.count(), block);
        sumPartials(callOut, b.count(), o);
    }

    @Override
    public ExponentialLoss exponentialLoss(Vec logWeights) {
        double[] b = logWeights == null ? null : DoubleVec.cast(logWeights).a;
        if (b != null && b.length != rows)
            throw new IllegalArgumentException(b.length + " weights for " + rows + " rows");
        return new DoubleExponentialLoss(rows, cols, data, b);
    }

    /** o = ((p_0 + p_1) + p_2) + ...: the blocks' partial sums, in block order. */
    private void sumPartials(double[] p, int count, double[] o) {
        System.arraycopy(p, 0, o, 0, cols);
        for (int k = 1; k < count; k++) {
            for (int j = 0, at = k * cols; j < cols; j++) o[j] += p[at + j];
        }
    }

    private RowBlocks blocks() {
        if (blocks == null) blocks = RowBlocks.of(rows, cols);
        return blocks;
    }

    /** Scratch for the blocks' partial sums of X^T r, made on first use. */
    private double[] partials(RowBlocks b) {
        if (partials == null) partials = new double[b.count() * cols];
        return partials;
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
