package dev.occam.algorithm;

import dev.occam.numeric.Norm;
import dev.occam.problem.SeparablePotential;

/**
 * The descent methods whose remaining path after a run has a proved bound on a quadratic loss, one
 * case each with what its bound reads. A method that is one of them calls its case from {@link
 * Algorithm#descent}, so the bounds dispatch without testing the method's type.
 *
 * @param <R> what the cases produce (a tail bound)
 */
public interface DescentForm<R> {
    /** w' = w - eta_t g, any step rule. */
    R gradientDescent(StepSize step);

    /** Heavy ball (or Nesterov) with momentum beta. */
    R momentum(StepSize step, double beta, boolean nesterov);

    /** Steepest descent in a norm. */
    R steepest(StepSize step, Norm norm);

    /**
     * AdaGrad with the epsilon its update uses; its accumulated squares are the run's state {@link
     * AdaGrad#SUM_SQUARES}.
     */
    R adagrad(StepSize step, double epsilon);

    /** Mirror descent with a separable potential. */
    R mirror(StepSize step, SeparablePotential potential);

    /** The gradient flow in linear time, plain (norm null) or of steepest descent in a norm. */
    R flow(Norm norm);

    /**
     * Gradient descent (step null: gradient flow) on the factors of W = W_N ... W_1, an m x n
     * matrix, whose factors W1..WN are the run's state.
     */
    R factorized(StepSize step, int rows, int columns);
}
