package dev.occam.plan.kind;

import dev.occam.prediction.NoPrediction;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/** {@code none}: no prediction; the claims are about the run alone. */
final class NoPredictionKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "none";
    }

    @Override
    public String summary() {
        return "No prediction: the claims are about the run alone (ode-identity, invariant, monotone, trend, ordered); "
                + "claims that compare with a prediction are INCONCLUSIVE.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        return new NoPrediction();
    }
}
