package dev.occam.plan.kind;

import dev.occam.algorithm.AdaGrad;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code adagrad}: per-coordinate steps scaled by the root of the summed squared gradients. */
final class AdaGradKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    public String summary() {
        return "G_t = sum_{k<=t} g_k^2 (per coordinate), w_{t+1} = w_t - eta_t g_t / (sqrt(G_t) + epsilon) (plus a 1e-300 guard against 0/0).";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("step", ValueType.STEP_VALUE, "the step eta_t"),
                Key.optional("epsilon", ValueType.NON_NEGATIVE_NUMBER, "0", "added to the root"),
                CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        double eps = s.optionalNumber("epsilon").map(Value::doubleValue).orElse(0.0);
        if (eps < 0) throw s.error("epsilon", "expected a number >= 0, got " + eps);
        return new ConfiguredAlgorithm(
                new AdaGrad(CommonKeys.plainStep(s, b), eps), CommonKeys.init(s, b));
    }
}
