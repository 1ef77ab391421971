package dev.occam.algorithm;

import dev.occam.numeric.Vec;

/**
 * A model whose parameters are the factors of its end-to-end iterate W = W_N ... W_1 (m x n, stored
 * row by row as the run's iterate; the hidden widths may differ), seen at the stepper's current
 * factors. What the factor-level claims need and no iterate shows: the factor velocities of
 * gradient flow, pushed to the end-to-end matrix exactly (no differencing), and how far the factors
 * are from balanced.
 */
public interface FactorizedModel {
    /** N, the number of factors. */
    int depth();

    /** m, the rows of W. */
    int rows();

    /** n, the columns of W. */
    int cols();

    /** The narrowest of m, n and the hidden widths: W has at most this rank. */
    int maxRank();

    /** grad l(W) at the current end-to-end matrix (vec row by row), in the run's tier. */
    Vec lossGradient();

    /**
     * dW/dt under gradient flow on the factors from the current factors, by the product rule from
     * the factor velocities dW_j/dt = -dL/dW_j: sum_j W_N ... W_{j+1} (dW_j/dt) W_{j-1} ... W_1
     * (vec row by row), in the run's tier.
     */
    Vec endToEndVelocity();

    /**
     * max over j of ||W_{j+1}^T W_{j+1} - W_j W_j^T||_F: 0 for balanced factors (and for N = 1),
     * which gradient flow conserves and gradient descent moves by O(eta^2) per step.
     */
    double balancedness();

    /** max over j of ||W_j||_F^2, the scale of the products in {@link #balancedness()}. */
    double factorScale();
}
