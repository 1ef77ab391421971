package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code matrix-sensing}: L(W) = sum_i (<A_i, W> - y_i)^2 with the measurement matrices given
 * flattened.
 */
final class MatrixSensingKind implements Kind<Problem> {
    @Override
    public String name() {
        return "matrix-sensing";
    }

    @Override
    public String summary() {
        return "L(W) = sum_i (<A_i, W> - y_i)^2 (no 1/2) for an m x n matrix W; the iterate is w = vec(W), row by row, so it is "
                + "least squares with the rows vec(A_i).";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "shape", MatrixCompletionKind.SHAPE, "the matrix's rows m and columns n"),
                Key.required(
                        "A",
                        ValueType.MATRIX,
                        "one row per measurement: A_i flattened row by row (length m n)"),
                Key.required("y", ValueType.VECTOR, "the measurements, one per row of A"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        int[] shape = MatrixCompletionKind.shape(s);
        Value[][] a = s.matrix("A");
        if (a[0].length != shape[0] * shape[1]) {
            throw s.error(
                    "A",
                    "expected rows of length m n = "
                            + shape[0] * shape[1]
                            + " (A_i flattened), got "
                            + a[0].length);
        }
        Value[] y = s.vector("y", a.length);
        return new MatrixLeastSquares(name(), shape[0], shape[1], new LeastSquares(a, y));
    }
}
