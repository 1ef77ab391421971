package dev.occam.problem;

import dev.occam.numeric.Value;

/**
 * L(w) = sum_n c_n l(z_n.w) with an exponentially tailed l: what margin arguments (the smoothness
 * on a sublevel set, the max-margin geometry) read. {@link Problem#marginLoss()} offers it.
 */
public interface MarginLoss {
    /** The unsigned data x_n. */
    Value[][] x();

    /** z_n = y_n x_n, exact. */
    Value[][] signed();

    /** c_n, 1 when no weights are given. */
    Value weight(int n);

    Classification.Loss loss();

    int points();
}
