package dev.occam.plan.kind;

import dev.occam.algorithm.Adam;
import dev.occam.algorithm.StepSize;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;
import java.util.function.Predicate;

/** {@code adam}, with bias correction; exactly Adam, with moments rescaled on classification. */
final class AdamKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "adam";
    }

    @Override
    public String summary() {
        return "m_t = beta1 m_{t-1} + (1 - beta1) g_t, v_t = beta2 v_{t-1} + (1 - beta2) g_t^2, w_t = w_{t-1} - eta_t (m_t / (1 - beta1^t)) / (sqrt(v_t / (1 - beta2^t)) + epsilon).";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("step", ValueType.STEP_VALUE, "the step eta_t"),
                Key.optional("beta1", ValueType.UNIT_INTERVAL, "0.9", "decay of the first moment"),
                Key.optional(
                        "beta2", ValueType.UNIT_INTERVAL, "0.999", "decay of the second moment"),
                Key.optional("epsilon", ValueType.NON_NEGATIVE_NUMBER, "0", "added to the root"),
                CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        if (s.isSection("step"))
            throw s.error(
                    "step",
                    "adam takes a number or a formula in t (Adam's step does not depend on the gradient's scale)");
        StepSize step = CommonKeys.step(s, b);
        Predicate<Value> unit = v -> v.doubleValue() >= 0 && v.doubleValue() < 1;
        double beta1 =
                s.has("beta1")
                        ? s.number("beta1", unit, "a number in [0, 1)").doubleValue()
                        : Adam.DEFAULT_BETA1;
        double beta2 =
                s.has("beta2")
                        ? s.number("beta2", unit, "a number in [0, 1)").doubleValue()
                        : Adam.DEFAULT_BETA2;
        double eps = s.optionalNumber("epsilon").map(Value::doubleValue).orElse(0.0);
        if (!(eps >= 0) || Double.isInfinite(eps))
            throw s.error("epsilon", "expected a number >= 0, got " + eps);
        return new ConfiguredAlgorithm(new Adam(step, beta1, beta2, eps), CommonKeys.init(s, b));
    }
}
