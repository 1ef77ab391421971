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

    /**
     * residual = this * w - y and out = this^T * residual, the least-squares gradient's two passes;
     * a tier may fuse them (one read of the matrix).
     */
    default void residualGradient(Vec w, Vec y, Vec residual, Vec out) {
        multiply(w, residual);
        residual.axpy(-1, y);
        multiplyTransposed(residual, out);
    }

    /**
     * this^T x for x_i = e^(logX_i - shift) >= 0, in log-polar form: component j is signs_j
     * e^(logs_j), signs_j in {-1, 0, 1} and logs_j = -inf where it is 0. x is given both ways: as
     * the caller has it (0 where it underflows) and by its logarithms. A column whose largest term
     * is well inside the tier's range is summed linearly from x (what underflowed is below its
     * rounding); any other has its positive and negative terms summed as log-sum-exps of logX and
     * only then subtracted, so a component whose terms all lie below the tier's range (x_i = e^-800
     * in double) keeps its sign, and its size as a logarithm. log |a_ij| is computed on first use
     * and kept.
     */
    void multiplyTransposedLog(Vec logX, Vec x, Scalar shift, Vec signs, Vec logs);

    /**
     * A fused kernel for the exponential loss sum_i e^(b_i - z_i.w) over this matrix's rows z_i, or
     * null where the tier has none (then the caller composes the operations above).
     *
     * @param logWeights b_i, or null for all 0
     */
    default ExponentialLoss exponentialLoss(Vec logWeights) {
        return null;
    }
}
