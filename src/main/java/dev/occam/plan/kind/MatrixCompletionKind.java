package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                        "the observed entries M_ij, 0-based, each (i, j) once; X is stored densely, so (observed entries) m n <= 4 million"),
                SYMMETRIC.key(
                        "W symmetric (square shape): an observed W_ij (i != j) is also an observed W_ji, a term of the loss "
                                + "each; listing (j, i) as well is allowed only with the same value"));
    }

    /** The {@code symmetric} key of both matrix problems, documented by each. */
    record Symmetric(String name) {
        Key key(String doc) {
            return Key.optional(
                    name, ValueType.json("{\"type\": \"boolean\"}", "true or false"), "false", doc);
        }

        /** The key's value; true needs a square shape. */
        boolean read(Section s, int[] shape) {
            boolean on = s.optionalBool(name).orElse(false);
            if (on && shape[0] != shape[1])
                throw s.error(
                        name,
                        "symmetric: true needs a square matrix, got shape ["
                                + shape[0]
                                + ", "
                                + shape[1]
                                + "]");
            return on;
        }
    }

    static final Symmetric SYMMETRIC = new Symmetric("symmetric");

    @Override
    public Problem build(Section s, PointContext b) {
        int[] shape = shape(s);
        boolean symmetric = SYMMETRIC.read(s, shape);
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
        List<Value[]> x = new ArrayList<>();
        List<Value> y = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
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
            Integer before = seen.get(i * shape[1] + j);
            if (before != null && !symmetric)
                throw s.error(
                        "observed",
                        "entry (" + i + ", " + j + ") is observed twice (entry " + k + ")");
            if (before != null) {
                // with symmetric: true, (i, j) was observed or mirrored from (j, i) before
                Value[] earlier = observed[before];
                if (earlier[0].decimal().intValueExact() == i
                        && earlier[1].decimal().intValueExact() == j)
                    throw s.error(
                            "observed",
                            "entry (" + i + ", " + j + ") is observed twice (entry " + k + ")");
                if (!same(earlier[2], observed[k][2]))
                    throw s.error(
                            "observed",
                            "entry "
                                    + k
                                    + " gives W_"
                                    + i
                                    + j
                                    + " = "
                                    + observed[k][2].text()
                                    + " but entry "
                                    + before
                                    + " gives W_"
                                    + j
                                    + i
                                    + " = "
                                    + earlier[2].text()
                                    + ": with symmetric: true these are one entry of the symmetric W");
                continue;
            }
            seen.put(i * shape[1] + j, k);
            add(x, y, d, i * shape[1] + j, observed[k][2]);
            if (symmetric && i != j) {
                seen.put(j * shape[1] + i, k);
                add(x, y, d, j * shape[1] + i, observed[k][2]);
            }
        }
        return new MatrixLeastSquares(
                name(),
                shape[0],
                shape[1],
                new LeastSquares(x.toArray(new Value[0][]), y.toArray(new Value[0])),
                symmetric);
    }

    /** One unit row of X: the entry at {@code index} of vec(W) observed as {@code value}. */
    private static void add(List<Value[]> x, List<Value> y, int d, int index, Value value) {
        Value[] row = new Value[d];
        Arrays.fill(row, Value.of(0));
        row[index] = Value.of(1);
        x.add(row);
        y.add(value);
    }

    /** Equal values: exactly when both are rational, else as decimals. */
    private static boolean same(Value a, Value b) {
        if (a.isRational() && b.isRational()) return a.rational().equals(b.rational());
        return a.decimal().compareTo(b.decimal()) == 0;
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
