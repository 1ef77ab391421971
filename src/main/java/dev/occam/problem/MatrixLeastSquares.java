package dev.occam.problem;

import dev.occam.numeric.Tier;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Matrix sensing and matrix completion: L(W) = sum_i (<A_i, W> - y_i)^2 (occam's convention: no
 * 1/2) for an m x n matrix W. On w = vec(W), row by row, this is least squares with the rows
 * vec(A_i) (a unit vector per observed entry for completion), so everything proved about least
 * squares (exact fates, tail bounds, the min-distance interpolant) applies as it is; the shape adds
 * the matrix view that factorized algorithms and spectral quantities need.
 *
 * @param kind the spec's problem.kind
 * @param rows m
 * @param cols n
 * @param residuals the same loss as least squares on vec(W)
 * @param symmetric whether W is meant symmetric ({@code symmetric: true}): square, with every
 *     measurement symmetric (an observed W_ij is also an observed W_ji), so the loss does not tell
 *     W from W^T
 */
public record MatrixLeastSquares(
        String kind, int rows, int cols, LeastSquares residuals, boolean symmetric)
        implements Problem {

    /** A general (not symmetric) matrix problem. */
    public MatrixLeastSquares(String kind, int rows, int cols, LeastSquares residuals) {
        this(kind, rows, cols, residuals, false);
    }

    @Override
    public boolean symmetricMatrix() {
        return symmetric;
    }

    @Override
    public int dimension() {
        return rows * cols;
    }

    @Override
    public int[] matrixShape() {
        return new int[] {rows, cols};
    }

    @Override
    public Objective objective(Tier tier) {
        return residuals.objective(tier);
    }

    @Override
    public SquaredResiduals squaredResiduals() {
        return residuals;
    }

    @Override
    public AffineGradient affineGradient() {
        return residuals;
    }

    /** In the entries w1..w_{mn} of vec(W), row by row. */
    @Override
    public Map<String, Supplier<Map<String, String>>> renderings(Duration limit) {
        return residuals.renderings(limit);
    }
}
