package dev.occam.plan.kind;

import dev.occam.algorithm.Nesterov;
import dev.occam.spec.Section;

import java.util.List;

/** {@code nesterov}: Nesterov's accelerated gradient with a constant momentum. */
final class NesterovKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "nesterov";
    }

    @Override
    public String summary() {
        return "y_t = w_t + beta (w_t - w_{t-1}), w_{t+1} = y_t - eta_t grad L(y_t), w_{-1} = w_0.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("step", ValueType.STEP_VALUE, "the step eta_t"),
                CommonKeys.BETA,
                CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        return new ConfiguredAlgorithm(
                new Nesterov(CommonKeys.plainStep(s, b), CommonKeys.beta(s)),
                CommonKeys.init(s, b));
    }
}
