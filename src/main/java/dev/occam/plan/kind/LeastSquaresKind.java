package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import java.util.List;

/** {@code least-squares}: L(w) = sum_i (w . x_i - y_i)^2 on an underdetermined system. */
final class LeastSquaresKind implements Kind<Problem> {
    @Override
    public String name() {
        return "least-squares";
    }

    @Override
    public String summary() {
        return "L(w) = sum_i (w . x_i - y_i)^2 (no factor 1/2; grad L = 2 X^T (X w - y)), with more unknowns than equations.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "X",
                        ValueType.MATRIX,
                        "n x d data; must have more columns than rows (d > n)"),
                Key.required("y", ValueType.VECTOR, "targets, of length n"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        Value[][] x = s.matrix("X");
        Value[] y = s.vector("y", x.length);
        if (x[0].length <= x.length) {
            throw s.error(
                    "X",
                    "expected more columns than rows (an underdetermined system with many interpolants), got "
                            + x.length
                            + "x"
                            + x[0].length);
        }
        return new LeastSquares(x, y);
    }
}
