package dev.occam.numeric;

/**
 * A norm on R^d with what steepest descent needs from it. Implementations: l1, l2, linf, lp (1 < p
 * < inf), quadratic ||v||_D = sqrt(v^T D v); see {@link Norms}.
 */
public interface Norm {
    /** As a spec writes it: "l1", "l2", "linf", "lp:4/3", "quadratic". */
    String name();

    Scalar value(Vec v);

    /** The dual norm ||g||_* = sup_{||v|| <= 1} <g, v>. */
    Scalar dual(Vec g);

    /**
     * out = argmin_v <g, v> + 1/2 ||v||^2, the steepest-descent direction of the deck's eq. (6); it
     * has ||out|| = ||g||_* and <g, out> = -||g||_*^2. For l1 the minimizer is not unique: the
     * coordinate of largest |g_i| (lowest index on ties) is used, i.e. greedy coordinate descent.
     */
    void steepest(Vec g, Vec out);

    /**
     * A with ||v||_2 <= A ||v|| for every v in R^d, proved (rounded up): certificates turn
     * statements in this norm into Euclidean ones with it.
     */
    double l2Bound(int d);

    /**
     * B with ||g||_2 <= B ||g||_* for every g in R^d (the same for the dual norm), proved and
     * rounded up.
     */
    double dualL2Bound(int d);

    /** x rounded up past double's last-bit error, for constants computed with pow or sqrt. */
    static double up(double x) {
        return x * (1 + 1e-14);
    }
}
