package dev.occam.numeric;

/**
 * A norm on R^d with what steepest descent needs from it. Implementations: l1, l2, linf, lp
 * (1 < p < inf), quadratic ||v||_D = sqrt(v^T D v); see {@link Norms}.
 */
public interface Norm {
    /** As a spec writes it: "l1", "l2", "linf", "lp:4/3", "quadratic". */
    String name();

    Scalar value(Vec v);

    /** The dual norm ||g||_* = sup_{||v|| <= 1} <g, v>. */
    Scalar dual(Vec g);

    /**
     * out = argmin_v <g, v> + 1/2 ||v||^2, the steepest-descent direction of the deck's eq. (6);
     * it has ||out|| = ||g||_* and <g, out> = -||g||_*^2. For l1 the minimizer is not unique:
     * the coordinate of largest |g_i| (lowest index on ties) is used, i.e. greedy coordinate descent.
     */
    void steepest(Vec g, Vec out);
}
