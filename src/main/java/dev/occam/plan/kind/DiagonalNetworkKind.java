package dev.occam.plan.kind;

import dev.occam.algorithm.DiagonalNetwork;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.Arrays;
import java.util.List;

/** {@code diagonal-network}: GD on the factors of beta = u^D - v^D from u = v = alpha 1. */
final class DiagonalNetworkKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "diagonal-network";
    }

    @Override
    public String summary() {
        return "Gradient descent on the factors of a diagonal linear network beta = u^D - v^D (elementwise), u and v started at "
                + "alpha 1; the iterate is beta, starting at 0.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "step",
                        ValueType.STEP,
                        "the step eta_t on the factors; over-loss steps on classification"),
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
        return new ConfiguredAlgorithm(
                new DiagonalNetwork(CommonKeys.step(s, b), (int) depth, alpha), w0);
    }
}
