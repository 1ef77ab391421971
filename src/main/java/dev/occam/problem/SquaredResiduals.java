package dev.occam.problem;

import dev.occam.numeric.Value;

/**
 * L(w) = ||Xw - y||^2: what is proved once about least squares (the spectrum of X X^T, distances to
 * the interpolants, predicted rates) reads X and y. {@link Problem#squaredResiduals()} offers it.
 */
public interface SquaredResiduals {
    Value[][] x();

    Value[] y();

    /** n, the number of residuals. */
    default int rows() {
        return x().length;
    }
}
