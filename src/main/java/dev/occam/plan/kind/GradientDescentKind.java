package dev.occam.plan.kind;

import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.GradientFlow;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code gradient-descent}, or its gradient flow with {@code step: flow}. */
final class GradientDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "gradient-descent";
    }

    @Override
    public String summary() {
        return "w_{t+1} = w_t - eta_t grad L(w_t).";
    }

    @Override
    public List<Key> keys() {
        return List.of(CommonKeys.STEP_OR_FLOW, CommonKeys.INIT, CommonKeys.FLOW_TOLERANCE_KEY);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        double flowTolerance = CommonKeys.flowTolerance(s);
        Value[] w0 = CommonKeys.init(s, b);
        return new ConfiguredAlgorithm(
                CommonKeys.isFlow(s)
                        ? new GradientFlow(null, null, flowTolerance, 1)
                        : new GradientDescent(CommonKeys.gradientDescentStep(s, b)),
                w0);
    }
}
