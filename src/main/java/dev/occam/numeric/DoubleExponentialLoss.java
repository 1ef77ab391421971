package dev.occam.numeric;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The double tier's gradient of L(w) = sum_i e^(b_i - z_i.w) in one kernel: the margins, one exp
 * per row and Z^T e, without the general path's logarithm, division per row and second exp.
 *
 * <p>Terms are taken relative to a shift h: e_i = e^(a_i - h) with a_i = b_i - m_i, and grad L =
 * -e^h Z^T e. h is the largest a_i rounded up to a multiple of {@link ExponentialLoss#SHIFT_STEP},
 * a function of w alone, so the result does not depend on earlier calls: no term exceeds 1, the
 * largest is at least e^-SHIFT_STEP, and a term that underflows is below e^(-708 + SHIFT_STEP) of
 * the largest, far under double rounding. That keeps the general path's range: what overflows here
 * (L above e^709) overflows there too.
 *
 * <p>The exponentials are {@link DoubleExp}'s: as accurate as Math.exp, faster, and the same bits
 * on every platform.
 *
 * <p>Z is kept twice more, as one array per column (margins: m += w_j z_j, column after column) and
 * one per row (Z^T e: g += e_i z_i, row after row). HotSpot's C2 vectorizes a loop over arrays
 * indexed alike, and not one over a slice of a flat array at an offset known only at run time (3x
 * per pass, docs/performance.md, "The exponential loss kernel"). Narrow Z (d <= {@link #NARROW})
 * runs other loops: a row loop of d columns is too short for a vector, so one loop over the rows
 * forms each margin, exponent and the largest one, and another forms all d sums of Z^T e, each its
 * own chain (2 or 4 lanes, the columns padded with zero columns: adding the +0.0 of a pad changes
 * no margin, which is never -0.0, and no sum is kept for a pad). Every loop keeps the plain loops'
 * order of summation, so the margins and Z^T e are those of {@link DoubleKernels} to the bit. Rows
 * split into {@link RowBlocks} as the other kernels do, with the blocks' sums added in block order:
 * the same bits at any thread count. Scratch state: one run uses an instance at a time.
 */
final class DoubleExponentialLoss implements ExponentialLoss {
    /**
     * Widest Z that runs the narrow loops: measured faster up to 4 columns, slower at 10
     * (docs/performance.md, "Narrow data").
     */
    static final int NARROW = 4;

    private final int d;
    private final double[][] rows;
    private final double[][] columns;
    private final double[] logWeights;

    /** For narrow Z, its columns then zero columns up to 2 or 4 lanes; null otherwise. */
    private final double[][] lanes;

    /** The margins m_i, then (in place) the exponents a_i = b_i - m_i. */
    private final double[] exponents;

    private final double[] terms;
    private final RowBlocks blocks;
    private final double[][] partials;
    private final double[] blockMax;

    /**
     * The blocks' work on the kernel threads, made once so that a call allocates nothing; the first
     * reads the point from {@link #point}.
     */
    private final IntConsumer exponentsAndWeights = this::exponentsAndWeights;

    private final IntConsumer weights = this::weigh;

    private double[] point;

    /** h and e^h for the last w (see {@link #pass}). */
    private double shift;

    private double expShift = 1;

    /**
     * @param data the n x d matrix Z, row-major
     * @param logWeights b_i, or null for all 0
     */
    DoubleExponentialLoss(int n, int d, double[] data, double[] logWeights) {
        if (n == 0 || d == 0)
            throw new IllegalArgumentException("an empty " + n + " x " + d + " matrix");
        this.d = d;
        this.rows = new double[n][];
        this.columns = new double[d][n];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(data, i * d, (i + 1) * d);
            for (int j = 0; j < d; j++) columns[j][i] = rows[i][j];
        }
        this.logWeights = logWeights == null ? new double[n] : logWeights.clone();
        if (d <= NARROW) {
            double[] zero = new double[n];
            lanes = new double[d <= 2 ? 2 : 4][];
            for (int j = 0; j < lanes.length; j++) lanes[j] = j < d ? columns[j] : zero;
        } else {
            lanes = null;
        }
        this.exponents = new double[n];
        this.terms = new double[n];
        this.blocks = RowBlocks.of(n, d);
        this.partials = new double[blocks.count()][d];
        this.blockMax = new double[blocks.count()];
    }

    @Override
    public void gradient(Vec w, Vec out) {
        pass(w, out);
        double[] g = DoubleVec.cast(out).a;
        double scale = -expShift;
        for (int j = 0; j < d; j++) g[j] *= scale;
    }

    /**
     * out = Z^T e. The pass weighs the rows with the shift of the previous call, which is nearly
     * always right, and weighs them again if the largest exponent asks for another: the result is
     * that of the right shift either way.
     */
    private void pass(Vec w, Vec out) {
        if (w.size() != d || out.size() != d)
            throw new IllegalArgumentException(
                    "vectors of size "
                            + w.size()
                            + " and "
                            + out.size()
                            + " for "
                            + d
                            + " columns");
        double[] v = DoubleVec.cast(w).a;
        double[] o = DoubleVec.cast(out).a;
        int count = blocks.count();
        if (count == 1) {
            exponents(0, v);
            weigh(0, o);
            if (shift(blockMax[0])) weigh(0, o);
            return;
        }
        point = v;
        KernelThreads.forEach(count, exponentsAndWeights);
        double largest = blockMax[0];
        for (int k = 1; k < count; k++) largest = Math.max(largest, blockMax[k]);
        if (shift(largest)) KernelThreads.forEach(count, weights);
        System.arraycopy(partials[0], 0, o, 0, d);
        for (int k = 1; k < count; k++) {
            double[] p = partials[k];
            for (int j = 0; j < d; j++) o[j] += p[j];
        }
    }

    /** Sets the shift for the largest exponent, and says whether it changed. */
    private boolean shift(double largest) {
        double h = ExponentialLoss.shift(largest, 0);
        if (Double.doubleToRawLongBits(h) == Double.doubleToRawLongBits(shift)) return false;
        shift = h;
        expShift = DoubleExp.exp(h);
        return true;
    }

    private void exponentsAndWeights(int k) {
        exponents(k, point);
        weigh(k);
    }

    private void weigh(int k) {
        weigh(k, partials[k]);
    }

    /** Block k's margins and exponents a_i = b_i - m_i, and the largest of them. */
    private void exponents(int k, double[] v) {
        int from = blocks.start(k);
        int to = blocks.start(k + 1);
        if (lanes != null) {
            blockMax[k] = lanes.length == 2 ? exponents2(v, from, to) : exponents4(v, from, to);
            return;
        }
        margins(v, from, to);
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double x = logWeights[i] - exponents[i];
            exponents[i] = x;
            if (x > largest || x != x) largest = x;
        }
        blockMax[k] = largest;
    }

    /** Narrow Z in two lanes: the exponents for from <= i < to, and the largest. */
    private double exponents2(double[] v, int from, int to) {
        double[] c0 = lanes[0], c1 = lanes[1];
        double w0 = v[0], w1 = d > 1 ? v[1] : 0;
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double x = logWeights[i] - (0.0 + c0[i] * w0 + c1[i] * w1);
            exponents[i] = x;
            if (x > largest || x != x) largest = x;
        }
        return largest;
    }

    /** Narrow Z in four lanes: the exponents for from <= i < to, and the largest. */
    private double exponents4(double[] v, int from, int to) {
        double[] c0 = lanes[0], c1 = lanes[1], c2 = lanes[2], c3 = lanes[3];
        double w0 = v[0], w1 = v[1], w2 = v[2], w3 = d > 3 ? v[3] : 0;
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double x = logWeights[i] - (0.0 + c0[i] * w0 + c1[i] * w1 + c2[i] * w2 + c3[i] * w3);
            exponents[i] = x;
            if (x > largest || x != x) largest = x;
        }
        return largest;
    }

    /** Block k's terms e_i = e^(a_i - h) and g = sum of e_i z_i over its rows. */
    private void weigh(int k, double[] g) {
        int from = blocks.start(k);
        int to = blocks.start(k + 1);
        double h = shift;
        DoubleExp.exp(exponents, h, terms, from, to);
        if (lanes == null) addRows(g, from, to);
        else if (lanes.length == 2) addColumns2(g, from, to);
        else addColumns4(g, from, to);
    }

    /** exponents[i] = z_i.w for from <= i < to, summed over j in order, four columns per pass. */
    private void margins(double[] v, int from, int to) {
        double[] m = exponents;
        // 0.0 + the first terms, as the plain dot product has it (-0.0 products give +0.0)
        double[] first = columns[0];
        double x0 = v[0];
        for (int i = from; i < to; i++) m[i] = 0.0 + first[i] * x0;
        int j = 1;
        for (; j + 3 < d; j += 4) {
            double[] c0 = columns[j], c1 = columns[j + 1], c2 = columns[j + 2], c3 = columns[j + 3];
            double w0 = v[j], w1 = v[j + 1], w2 = v[j + 2], w3 = v[j + 3];
            for (int i = from; i < to; i++)
                m[i] = m[i] + c0[i] * w0 + c1[i] * w1 + c2[i] * w2 + c3[i] * w3;
        }
        for (; j < d; j++) {
            double[] c = columns[j];
            double x = v[j];
            for (int i = from; i < to; i++) m[i] += c[i] * x;
        }
    }

    /** g = sum_i terms[i] z_i for from <= i < to, added row after row, four rows per pass. */
    private void addRows(double[] g, int from, int to) {
        double[] e = terms;
        double[] first = rows[from];
        double x0 = e[from];
        for (int j = 0; j < d; j++) g[j] = 0.0 + first[j] * x0;
        int i = from + 1;
        for (; i + 3 < to; i += 4) {
            double[] r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
            double e0 = e[i], e1 = e[i + 1], e2 = e[i + 2], e3 = e[i + 3];
            for (int j = 0; j < d; j++)
                g[j] = g[j] + r0[j] * e0 + r1[j] * e1 + r2[j] * e2 + r3[j] * e3;
        }
        for (; i < to; i++) {
            double[] r = rows[i];
            double x = e[i];
            for (int j = 0; j < d; j++) g[j] += r[j] * x;
        }
    }

    /** Narrow Z in two lanes: g = sum_i terms[i] z_i for from <= i < to, one chain per column. */
    private void addColumns2(double[] g, int from, int to) {
        double[] e = terms;
        double[] c0 = lanes[0], c1 = lanes[1];
        double x = e[from];
        double s0 = 0.0 + c0[from] * x, s1 = 0.0 + c1[from] * x;
        for (int i = from + 1; i < to; i++) {
            x = e[i];
            s0 += c0[i] * x;
            s1 += c1[i] * x;
        }
        g[0] = s0;
        if (d > 1) g[1] = s1;
    }

    /** Narrow Z in four lanes: g = sum_i terms[i] z_i for from <= i < to, one chain per column. */
    private void addColumns4(double[] g, int from, int to) {
        double[] e = terms;
        double[] c0 = lanes[0], c1 = lanes[1], c2 = lanes[2], c3 = lanes[3];
        double x = e[from];
        double s0 = 0.0 + c0[from] * x, s1 = 0.0 + c1[from] * x;
        double s2 = 0.0 + c2[from] * x, s3 = 0.0 + c3[from] * x;
        for (int i = from + 1; i < to; i++) {
            x = e[i];
            s0 += c0[i] * x;
            s1 += c1[i] * x;
            s2 += c2[i] * x;
            s3 += c3[i] * x;
        }
        g[0] = s0;
        g[1] = s1;
        g[2] = s2;
        if (d > 3) g[3] = s3;
    }
}
