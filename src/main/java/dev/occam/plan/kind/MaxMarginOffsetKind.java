package dev.occam.plan.kind;

import dev.occam.prediction.MaxMarginOffset;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/** {@code max-margin-offset}: SHN+18's offset w~ of constant-step gradient descent. */
final class MaxMarginOffsetKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "max-margin-offset";
    }

    @Override
    public String summary() {
        return "The SHN+18 offset w~ (eta c_n exp(-z_n . w~) = alpha_n on the support set); needs a constant step.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        return new MaxMarginOffset();
    }
}
