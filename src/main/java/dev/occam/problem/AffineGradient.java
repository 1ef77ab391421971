package dev.occam.problem;

import dev.occam.numeric.Value;

/**
 * A problem whose gradient is affine in w with an exact rational Hessian (least squares, a
 * quadratic): linear methods on it reduce to the modes of one matrix, so their fate is decided
 * exactly. {@link Problem#affineGradient()} offers it.
 */
public interface AffineGradient {
    /** m, the size of K: what the reduction costs before it is attempted. */
    int modes();

    /**
     * The reduced dynamics from w0, or null when the data or w0 are not all rational, K is
     * singular, or the data are too large for exact arithmetic.
     */
    LinearModes from(Value[] w0);
}
