package dev.occam.numeric;

/** A row-major matrix of doubles. */
final class DoubleMat implements Mat {
    private final int rows;
    private final int cols;
    private final double[] data;

    DoubleMat(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    @Override public int rows() { return rows; }

    @Override public int cols() { return cols; }

    @Override public Tier tier() { return DoubleTier.INSTANCE; }

    @Override public double get(int i, int j) { return data[i * cols + j]; }

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
        java.util.Arrays.fill(o, 0.0);
        // row by row so the matrix is read contiguously
        for (int i = 0, off = 0; i < rows; i++, off += cols) {
            double r = v[i];
            for (int j = 0; j < cols; j++) {
                o[j] += data[off + j] * r;
            }
        }
    }
}
