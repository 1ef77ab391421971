package dev.occam.numeric;

/**
 * A tier's fused kernel for the gradient of L(w) = sum_i e^(b_i - z_i.w), the exponential loss of a
 * linear classifier with rows z_i and log weights b_i (see {@link Mat#exponentialLoss}).
 */
public interface ExponentialLoss {
    /** out = grad L(w). */
    void gradient(Vec w, Vec out);
}
