package dev.occam.plan.kind;

import dev.occam.algorithm.Momentum;
import dev.occam.spec.Section;

import java.util.List;

/** {@code momentum}: heavy ball. */
final class MomentumKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public String summary() {
        return "Heavy ball: v_{t+1} = beta v_t - eta_t grad L(w_t), w_{t+1} = w_t + v_{t+1}, v_0 = 0.";
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
                new Momentum(CommonKeys.plainStep(s, b), CommonKeys.beta(s)),
                CommonKeys.init(s, b));
    }
}
