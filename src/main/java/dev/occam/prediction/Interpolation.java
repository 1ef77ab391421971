package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Problem;

/** Checks shared by predictions on {Xw = y}: the problem kind and an exact rank test. */
final class Interpolation {
    private Interpolation() {
    }

    static LeastSquares leastSquares(Problem problem, String kind) {
        if (problem instanceof LeastSquares ls) return ls;
        throw new IllegalArgumentException(kind + " needs problem.kind least-squares, not " + problem.kind());
    }

    static boolean allRational(Value[][] x) {
        for (Value[] row : x) for (Value v : row) if (!v.isRational()) return false;
        return true;
    }

    static boolean allRational(Value[] x) {
        for (Value v : x) if (!v.isRational()) return false;
        return true;
    }
}
