package dev.occam.spec.data;

import dev.occam.numeric.Value;

import java.util.Arrays;

/**
 * The entries of a data file in row-major (C) order with their shape (one or two dimensions).
 * Exactly one of {@code doubles} (float dtypes, each taken as its exact binary value), {@code
 * longs} (integer dtypes) and {@code values} (.csv, exact as written) is non-null.
 *
 * @param dtype numpy's dtype text ("<f8", "<i4", ...) or "csv"
 */
public record NumericArray(
        String dtype, int[] shape, double[] doubles, long[] longs, Value[] values) {

    public int size() {
        return doubles != null ? doubles.length : longs != null ? longs.length : values.length;
    }

    /** The shape as text, e.g. "[2, 3]". */
    public String shapeText() {
        return Arrays.toString(shape);
    }
}
