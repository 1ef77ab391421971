package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code matrix-completion}: L(W) = sum over the observed (i, j) of (W_ij - M_ij)^2. */
final class MatrixCompletionKind implements Kind<Problem> {
    /** X has one dense row of length m n per observed entry. */
    private static final long MAX_DENSE_ENTRIES = 4_000_000;

    static final ValueType SHAPE =
            ValueType.json(
                    "{\"type\": \"array\", \"minItems\": 2, \"maxItems\": 2, \"items\": {\"type\": \"integer\", \"minimum\": 1}}",
                    "[m, n], positive integers");

    @Override
    public String name() {
        return "matrix-completion";
    }

    @Override
    public String summary() {
        return "L(W) = sum over the observed entries (i, j) of (W_ij - M_ij)^2 (no 1/2) for an m x n matrix W; the iterate is "
                + "w = vec(W), row by row, so it is least squares with one unit row per observed entry.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("shape", SHAPE, "the matrix's rows m and columns n"),
                Key.required(
                        "observed",
                        ValueType.json(
                                "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"type\": \"array\", \"minItems\": 3, \"maxItems\": 3, "
                                        + "\"items\": [{\"type\": \"integer\", \"minimum\": 0}, {\"type\": \"integer\", \"minimum\": 0}, "
                                        + "{\"$ref\": \"#/definitions/number\"}]}}",
                                "list of [i, j, value]"),
                        "the observed entries M_ij, 0-based, each (i, j) once; X is stored densely, so (observed entries) m n <= 4 million"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        int[] shape = shape(s);
        Value[][] observed = s.matrix("observed");
        int d = shape[0] * shape[1];
        // the rows of X are stored densely (least squares reads them): keep X within 4 million
        // entries
        if ((long) observed.length * d > MAX_DENSE_ENTRIES) {
            throw s.error(
                    "observed",
                    observed.length
                            + " observed entries of a "
                            + shape[0]
                            + "x"
                            + shape[1]
                            + " matrix make "
                            + (long) observed.length * d
                            + " entries of X, stored densely; at most "
                            + MAX_DENSE_ENTRIES
                            + " are supported");
        }
        Value[][] x = new Value[observed.length][];
        Value[] y = new Value[observed.length];
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < observed.length; k++) {
            if (observed[k].length != 3)
                throw s.error(
                        "observed",
                        "expected [i, j, value] triples, got "
                                + observed[k].length
                                + " numbers in entry "
                                + k);
            int i = index(s, observed[k][0], shape[0], "row", k);
            int j = index(s, observed[k][1], shape[1], "column", k);
            if (!seen.add(i * shape[1] + j))
                throw s.error(
                        "observed",
                        "entry (" + i + ", " + j + ") is observed twice (entry " + k + ")");
            x[k] = new Value[d];
            Arrays.fill(x[k], Value.of(0));
            x[k][i * shape[1] + j] = Value.of(1);
            y[k] = observed[k][2];
        }
        return new MatrixLeastSquares(name(), shape[0], shape[1], new LeastSquares(x, y));
    }

    /** [m, n], positive integers, with m n at most 10^4 (the matrix is stored densely). */
    static int[] shape(Section s) {
        Value[] v = s.vector("shape", 2);
        int[] out = new int[2];
        for (int k = 0; k < 2; k++) out[k] = dimension(s, "shape", v[k]);
        if ((long) out[0] * out[1] > 10_000)
            throw s.error(
                    "shape",
                    "m n = " + (long) out[0] * out[1] + " entries; at most 10000 are supported");
        return out;
    }

    /** A matrix dimension at key: a positive integer up to 10000. */
    static int dimension(Section s, String key, Value v) {
        BigDecimal x = v.decimal();
        if (x.signum() <= 0
                || x.stripTrailingZeros().scale() > 0
                || x.compareTo(BigDecimal.valueOf(10_000)) > 0)
            throw s.error(key, "expected positive integers up to 10000, got " + v.text());
        return x.intValueExact();
    }

    private static int index(Section s, Value v, int size, String what, int entry) {
        BigDecimal x = v.decimal();
        if (x.signum() < 0
                || x.stripTrailingZeros().scale() > 0
                || x.compareTo(BigDecimal.valueOf(size)) >= 0) {
            throw s.error(
                    "observed",
                    "the "
                            + what
                            + " index of entry "
                            + entry
                            + " must be an integer in [0, "
                            + (size - 1)
                            + "], got "
                            + v.text());
        }
        return x.intValueExact();
    }
}
