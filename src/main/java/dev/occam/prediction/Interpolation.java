package dev.occam.prediction;

import dev.occam.problem.LeastSquares;
import dev.occam.problem.Problem;

/** What predictions on {Xw = y} share: they need a least-squares problem. */
final class Interpolation {
    private Interpolation() {}

    static LeastSquares leastSquares(Problem problem, String kind) {
        if (problem instanceof LeastSquares ls) return ls;
        throw new IllegalArgumentException(
                kind + " needs problem.kind least-squares, not " + problem.kind());
    }
}
