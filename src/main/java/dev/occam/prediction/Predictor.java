package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Problem;

/** Computes a theorem's closed-form prediction for one problem and starting point. */
public interface Predictor {
    /** The spec's {@code prediction.kind}. */
    String kind();

    /**
     * The prediction for one sweep point; {@code input.digits()} is the precision it must reach
     * (guard digits are added inside).
     */
    Prediction predict(PredictionInput input);

    /** For predictions that do not depend on the step size. */
    default Prediction predict(Problem problem, Value[] w0, int digits) {
        return predict(new PredictionInput(problem, w0, Double.NaN, digits));
    }
}
