package dev.occam.plan.kind;

import dev.occam.algorithm.GradientFlow;
import dev.occam.algorithm.SteepestDescent;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code steepest-descent} in a norm, or its flow with {@code step: flow}. */
final class SteepestDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "steepest-descent";
    }

    @Override
    public String summary() {
        return "w_{t+1} = w_t + eta_t dw_t, dw_t = argmin_v <grad L(w_t), v> + 1/2 ||v||^2.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "norm", ValueType.NORM, "the norm whose steepest direction is followed"),
                CommonKeys.STEP_OR_FLOW,
                CommonKeys.INIT,
                CommonKeys.FLOW_TOLERANCE_KEY);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        Norm norm = CommonKeys.norm(s, "norm", b);
        double flowTolerance = CommonKeys.flowTolerance(s);
        Value[] w0 = CommonKeys.init(s, b);
        return new ConfiguredAlgorithm(
                CommonKeys.isFlow(s)
                        ? new GradientFlow(norm, null, flowTolerance, 1)
                        : new SteepestDescent(CommonKeys.step(s, b, norm), norm),
                w0);
    }
}
