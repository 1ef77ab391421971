package dev.occam.problem;

import dev.occam.numeric.Interval;

/**
 * The gradient-flow solution (GFS) of a loss from a point: the minimum that gradient flow started
 * there converges to. Kreisler et al. (2023) track its sharpness along gradient descent.
 */
public interface FlowSolution {
    /**
     * An enclosure of lambda_max of the Hessian at the GFS from the exact double point w, or null
     * when the flow from w does not reach a minimum this kind describes.
     */
    Interval sharpness(double[] w);
}
