package dev.occam.prediction;

import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

/**
 * What predictions on {Xw = y} share: they need a loss of squared linear residuals ||Xw - y||^2.
 */
final class Interpolation {
    private Interpolation() {}

    static SquaredResiduals leastSquares(Problem problem, String kind) {
        SquaredResiduals ls = problem.squaredResiduals();
        if (ls != null) return ls;
        throw new IllegalArgumentException(
                kind
                        + " needs squared linear residuals (problem.kind least-squares, matrix-sensing or matrix-completion), not "
                        + problem.kind());
    }
}
