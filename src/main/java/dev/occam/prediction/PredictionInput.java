package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Problem;

/**
 * What a prediction may depend on: the problem, the run's starting point, the constant step size
 * when there is one (the SHN+18 offset depends on it), and the digits it must be right to.
 *
 * @param step the constant step size, or NaN when the step varies
 */
public record PredictionInput(Problem problem, Value[] w0, double step, int digits) {}
