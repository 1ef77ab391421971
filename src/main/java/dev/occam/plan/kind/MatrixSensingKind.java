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
                Key.required(
                        "y",
                        ValueType.json(
                                "{\"anyOf\": [{\"$ref\": \"#/definitions/vector\"}, {\"type\": \"object\", "
                                        + "\"required\": [\"low-rank\", \"seed\"], \"additionalProperties\": false, "
                                        + "\"properties\": {\"low-rank\": {\"type\": \"integer\", \"minimum\": 1}, "
                                        + "\"seed\": {\"type\": \"integer\"}}}]}",
                                "vector, or {low-rank: r, seed: s}"),
                        "the measurements, one per row of A; {low-rank: r, seed: s}: y_i = <A_i, W*> for W* = U V^T with "
                                + "seeded Gaussian U (m x r) and V (n x r), exact"),
                MatrixCompletionKind.SYMMETRIC.key(
                        "W symmetric (square shape): every A_i must be symmetric (for symmetric W, <A, W> = <(A + A^T)/2, W>, "
                                + "so give the symmetric part)"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        int[] shape = MatrixCompletionKind.shape(s);
        boolean symmetric = MatrixCompletionKind.SYMMETRIC.read(s, shape);
        Value[][] a = s.matrix("A");
        if (a[0].length != shape[0] * shape[1]) {
            throw s.error(
                    "A",
                    "expected rows of length m n = "
                            + shape[0] * shape[1]
                            + " (A_i flattened), got "
                            + a[0].length);
        }
        if (symmetric) symmetricRows(s, a, shape[0]);
        Value[] y =
                s.isSection("y")
                        ? LowRankTruth.measurements(s.section("y"), a, shape[0], shape[1])
                        : s.vector("y", a.length);
        return new MatrixLeastSquares(
                name(), shape[0], shape[1], new LeastSquares(a, y), symmetric);
    }

    /** Every A_i symmetric, else an error naming the first asymmetric pair of entries. */
    private static void symmetricRows(Section s, Value[][] a, int d) {
        for (int k = 0; k < a.length; k++)
            for (int i = 0; i < d; i++)
                for (int j = i + 1; j < d; j++) {
                    Value u = a[k][i * d + j], v = a[k][j * d + i];
                    boolean equal =
                            u.isRational() && v.isRational()
                                    ? u.rational().equals(v.rational())
                                    : u.decimal().compareTo(v.decimal()) == 0;
                    if (!equal)
                        throw s.error(
                                "A",
                                "symmetric: true needs symmetric A_i, but A_"
                                        + k
                                        + " (row "
                                        + (k + 1)
                                        + ") has ("
                                        + i
                                        + ", "
                                        + j
                                        + ") = "
                                        + u.text()
                                        + " and ("
                                        + j
                                        + ", "
                                        + i
                                        + ") = "
                                        + v.text()
                                        + "; for symmetric W, <A, W> = <(A + A^T)/2, W>, so give the symmetric part");
                }
    }
}
