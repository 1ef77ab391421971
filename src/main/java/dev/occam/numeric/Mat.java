package dev.occam.numeric;

/** A dense matrix of one tier. */
public interface Mat {
    int rows();

    int cols();

    Tier tier();

    double get(int i, int j);

    /** out = this * x */
    void multiply(Vec x, Vec out);

    /** out = this^T * x */
    void multiplyTransposed(Vec x, Vec out);
}
