package dev.occam.numeric;

/**
 * The argument list of {@link PointFunction}s in one tier's own numbers, filled from vectors and
 * exact constants and evaluated without leaving the tier: a model f(w; x) reads w from the iterate
 * and x from the data, and its value and derivatives land in vectors of the same tier. Created by
 * {@link Tier#arguments(int)}; not thread-safe (it is scratch space).
 */
public interface Arguments {

    /** args[offset + i] = v_i for every i. */
    void set(int offset, Vec v);

    /** args[i] = the exact value, to the tier's precision. */
    void set(int i, Value value);

    /** out_i = f(args). */
    void evaluate(PointFunction f, Vec out, int i);

    /** f(args) as a scalar of the tier. */
    Scalar value(PointFunction f);
}
