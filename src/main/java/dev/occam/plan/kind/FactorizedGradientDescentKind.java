package dev.occam.plan.kind;

import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

import java.util.Arrays;
import java.util.List;

/**
 * {@code factorized-gradient-descent}: GD on the factors of W = W_N ... W_1 from the balanced start
 * alpha I.
 */
final class FactorizedGradientDescentKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "factorized-gradient-descent";
    }

    @Override
    public String summary() {
        return "Gradient descent on the factors of W = W_N ... W_1 (square matrices, problem.kind matrix-sensing or matrix-completion), "
                + "each factor started at alpha I; the iterate is the end-to-end W, starting at alpha^N I.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("step", ValueType.STEP_VALUE, "the step eta_t"),
                Key.optional(
                        "depth",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 16}",
                                "integer in [1, 16]"),
                        "2",
                        "N, the number of factors"),
                Key.required(
                        "init-scale",
                        ValueType.POSITIVE_NUMBER,
                        "alpha, rational: every factor starts at alpha I"));
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        int[] shape = b.problem().matrixShape();
        if (shape == null || shape[0] != shape[1]) {
            throw s.error(
                    "kind",
                    "factorized-gradient-descent needs a square matrix problem (problem.kind matrix-sensing or "
                            + "matrix-completion with shape [d, d])");
        }
        long depth = s.optionalInteger("depth").orElse(2L);
        if (depth < 1 || depth > 16)
            throw s.error("depth", "expected an integer in [1, 16], got " + depth);
        Value alpha =
                s.number(
                        "init-scale",
                        v -> v.doubleValue() > 0 && v.isRational(),
                        "a positive rational number");
        BigFraction start = alpha.rational().pow((int) depth);
        int d = shape[0];
        Value[] w0 = new Value[d * d];
        Arrays.fill(w0, Value.of(0));
        for (int i = 0; i < d; i++) w0[i * d + i] = Value.of(start, Value.text(start));
        return new ConfiguredAlgorithm(
                new FactorizedGradientDescent(CommonKeys.plainStep(s, b), (int) depth, d, alpha),
                w0);
    }
}
