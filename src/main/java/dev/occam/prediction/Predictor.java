package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Problem;

/** Computes a theorem's closed-form prediction for one problem and starting point. */
public interface Predictor {
    /** The spec's {@code prediction.kind}. */
    String kind();

    /**
     * @param digits decimal digits the prediction must be right to (guard digits are added inside)
     */
    Prediction predict(Problem problem, Value[] w0, int digits);
}
