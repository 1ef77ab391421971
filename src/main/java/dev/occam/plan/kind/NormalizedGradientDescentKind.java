package dev.occam.plan.kind;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.LossScaledStep;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code normalized-gradient-descent}: eta_t = eta / L(w_t), for classification. */
final class NormalizedGradientDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "normalized-gradient-descent";
    }

    @Override
    public String summary() {
        return "w_{t+1} = w_t - (eta / L(w_t)) grad L(w_t); needs problem.kind classification.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "step",
                        ValueType.json(
                                "{\"anyOf\": [{\"type\": \"number\", \"exclusiveMinimum\": 0}, {\"$ref\": \"#/definitions/numberString\"}]}",
                                "positive number"),
                        "eta in eta / L(w_t)"),
                CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        if (b.problem().marginLoss() == null) {
            throw s.error(
                    "kind",
                    "normalized-gradient-descent (eta_t = eta / L(w_t)) needs problem.kind classification");
        }
        Value eta =
                s.number(
                        "step",
                        v -> v.doubleValue() > 0,
                        "a positive number (eta in eta / L(w_t))");
        return new ConfiguredAlgorithm(
                new GradientDescent(
                        new LossScaledStep(
                                eta.doubleValue(),
                                Double.POSITIVE_INFINITY,
                                eta.text() + " / L(w_t)")),
                CommonKeys.init(s, b));
    }
}
