package dev.occam.check;

import dev.occam.numeric.Value;
import dev.occam.prediction.Prediction;
import dev.occam.result.Decimals;
import dev.occam.result.PredictionResult;

import java.util.List;

/**
 * The closed-form prediction as the result records it: its value to {@link
 * Decimals#PREDICTION_DIGITS}, exact form, certificate, preconditions.
 */
final class ReportedPrediction {
    private ReportedPrediction() {}

    static PredictionResult of(Prediction p) {
        if (p == null) return null;
        String exact = p.exact() == null ? null : Value.text(p.exact());
        return new PredictionResult(
                p.kind(),
                Decimals.prediction(p.value()),
                exact,
                p.certificate(),
                List.copyOf(p.preconditions()),
                p.unmet());
    }
}
