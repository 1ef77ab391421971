package dev.occam.prediction;

import java.util.List;

/**
 * {@code none}: the spec's claims are about the run alone (identities, invariants, trends), so
 * nothing is predicted; claims that compare with a prediction are INCONCLUSIVE with this reason.
 */
public final class NoPrediction implements Predictor {
    public static final String REASON = "the spec makes no prediction (prediction.kind none)";

    @Override
    public String kind() {
        return "none";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        return Prediction.unmet(kind(), List.of(), REASON);
    }
}
