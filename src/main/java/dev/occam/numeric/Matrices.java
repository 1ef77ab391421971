package dev.occam.numeric;

import java.lang.reflect.Array;

/** Shape checks and conversions shared by the tiers' matrix factories. */
final class Matrices {
    private Matrices() {}

    /** The common row length; rejects ragged input. */
    static int columns(Object[] rows) {
        if (rows.length == 0) {
            return 0;
        }
        int cols = Array.getLength(rows[0]);
        for (Object row : rows) {
            if (Array.getLength(row) != cols) {
                throw new IllegalArgumentException(
                        "ragged matrix: rows of length " + cols + " and " + Array.getLength(row));
            }
        }
        return cols;
    }

    static double[][] toDoubles(Value[][] rows) {
        int cols = columns(rows);
        double[][] a = new double[rows.length][cols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = rows[i][j].doubleValue();
            }
        }
        return a;
    }

    static void checkSameSize(Vec a, Vec b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(
                    "vector sizes differ: " + a.size() + " and " + b.size());
        }
    }

    static void checkShape(Mat m, Vec x, Vec out, boolean transposed) {
        int in = transposed ? m.rows() : m.cols();
        int res = transposed ? m.cols() : m.rows();
        if (x.size() != in || out.size() != res) {
            throw new IllegalArgumentException(
                    "cannot multiply a "
                            + m.rows()
                            + "x"
                            + m.cols()
                            + (transposed ? " matrix transposed" : " matrix")
                            + " by a vector of size "
                            + x.size()
                            + " into one of size "
                            + out.size());
        }
        if (x == out) {
            throw new IllegalArgumentException("matrix product cannot write into its own argument");
        }
    }

    static IllegalArgumentException tierMismatch(Tier expected, Object other) {
        String found =
                other instanceof Vec v
                        ? v.tier().name()
                        : other instanceof Scalar s ? s.tier().name() : String.valueOf(other);
        return new IllegalArgumentException("cannot combine " + expected.name() + " with " + found);
    }
}
