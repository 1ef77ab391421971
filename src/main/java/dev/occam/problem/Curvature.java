package dev.occam.problem;

import dev.occam.numeric.Interval;

/**
 * The Hessian of a problem's loss, for sharpness (lambda_max of the Hessian) and stability
 * arguments. {@link Problem#curvature()} offers it. Points are doubles: an iterate of a wider tier
 * is rounded to double before its curvature is measured, and {@link #enclose} encloses the Hessian
 * at that double point exactly, so a certified eigenvalue bracket speaks about a point the run
 * passed within its rounding.
 */
public interface Curvature {
    int dimension();

    /** out = the Hessian of the loss at w, in double (k x k, symmetric). */
    void hessian(double[] w, double[][] out);

    /** Entrywise intervals that contain the exact Hessian of the loss at the exact point w. */
    Interval[][] enclose(double[] w);
}
