package dev.occam.plan.kind;

import dev.occam.algorithm.GradientFlow;
import dev.occam.algorithm.MirrorDescent;
import dev.occam.numeric.Value;
import dev.occam.problem.MirrorMap;
import dev.occam.spec.Section;

import java.util.List;

/** {@code mirror-descent}, or its flow with {@code step: flow}. */
final class MirrorDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "mirror-descent";
    }

    @Override
    public String summary() {
        return "grad psi(w_{t+1}) = grad psi(w_t) - eta_t grad L(w_t); the dual point theta = grad psi(w) is the state.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("potential", ValueType.POTENTIAL, "the mirror potential psi"),
                Key.required(
                        "step",
                        ValueType.STEP_VALUE_OR_FLOW,
                        "the step eta_t; flow runs the mirror flow"),
                Key.optional(
                        "init",
                        ValueType.VECTOR,
                        "zeros",
                        "the starting point w0; must lie in the potential's domain"),
                CommonKeys.FLOW_TOLERANCE_KEY);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        MirrorMap psi = CommonKeys.potential(s, "potential", b);
        double flowTolerance = CommonKeys.flowTolerance(s);
        Value[] w0 = CommonKeys.init(s, b);
        String outside = psi.domainViolation(CommonKeys.doubles(w0));
        if (outside != null) throw s.error("init", outside);
        return new ConfiguredAlgorithm(
                CommonKeys.isFlow(s)
                        ? new GradientFlow(null, psi, flowTolerance, 1)
                        : new MirrorDescent(CommonKeys.plainStep(s, b), psi),
                w0);
    }
}
