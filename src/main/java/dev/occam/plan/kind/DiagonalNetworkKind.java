package dev.occam.plan.kind;

import dev.occam.algorithm.DiagonalNetwork;
import dev.occam.algorithm.DiagonalNetworkFlow;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.Arrays;
import java.util.List;

/**
 * {@code diagonal-network}: GD (or, with {@code step: flow}, gradient flow) on the factors of beta
 * = u^D - v^D from u = v = alpha 1.
 */
final class DiagonalNetworkKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "diagonal-network";
    }

    @Override
    public String summary() {
        return "Gradient descent (or its flow) on the factors of a diagonal linear network beta = u^D - v^D (elementwise), u and v "
                + "started at alpha 1; the iterate is beta, starting at 0.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "step",
                        ValueType.STEP_OR_FLOW,
                        "the step eta_t on the factors; over-loss steps on classification; flow: gradient flow on the "
                                + "factors (Dormand-Prince in double)"),
                CommonKeys.FLOW_TOLERANCE_KEY,
                Key.optional(
                        "flow-step",
                        ValueType.json(
                                "{\"anyOf\": [{\"$ref\": \"#/definitions/positiveNumber\"}, {\"$ref\": \"#/definitions/nonEmptyString\"}]}",
                                "positive number or formula in alpha"),
                        "1",
                        "with step: flow, the flow time of one iteration; a formula in alpha (the init-scale) lets one sweep "
                                + "over alpha follow flows whose time scales differ by decades, e.g. \"1/(1000*alpha)\""),
                Key.optional(
                        "depth",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 2, \"maximum\": 16}",
                                "integer in [2, 16]"),
                        "2",
                        "D, the power of each factor"),
                Key.required(
                        "init-scale",
                        ValueType.POSITIVE_NUMBER,
                        "alpha, rational: u and v start at alpha in every coordinate"));
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        long depth = s.optionalInteger("depth").orElse(2L);
        if (depth < 2 || depth > 16)
            throw s.error("depth", "expected an integer in [2, 16], got " + depth);
        Value alpha =
                s.number(
                        "init-scale",
                        v -> v.doubleValue() > 0 && v.isRational(),
                        "a positive rational number");
        Value[] w0 = new Value[b.problem().dimension()];
        Arrays.fill(w0, Value.of(0));
        double flowTolerance = CommonKeys.flowTolerance(s);
        return new ConfiguredAlgorithm(
                CommonKeys.isFlow(s)
                        ? new DiagonalNetworkFlow(
                                (int) depth, alpha, flowTolerance, flowStep(s, b, alpha))
                        : new DiagonalNetwork(CommonKeys.step(s, b), (int) depth, alpha),
                w0);
    }

    /**
     * flow-step: a positive number, or a formula in alpha evaluated at this point's init-scale (the
     * flow's time scale runs from log(1/alpha) in the rich regime to 1/alpha^2 in the kernel one).
     */
    private static double flowStep(Section s, PointContext b, Value alpha) {
        if (!s.has("flow-step")) return 1;
        Section.NumberOrFormula n = s.numberOrFormula("flow-step");
        double step =
                n.isNumber()
                        ? n.number().doubleValue()
                        : b.formula(s, "flow-step", n.formula(), List.of("alpha"))
                                .compile()
                                .value(alpha.doubleValue());
        if (!(step > 0) || !Double.isFinite(step))
            throw s.error(
                    "flow-step",
                    "expected a positive flow time, got "
                            + step
                            + (n.isNumber() ? "" : " at alpha = " + alpha.text()));
        return step;
    }
}
