package dev.occam.plan.kind;

import dev.occam.algorithm.SymmetricFactorization;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

import java.util.Arrays;
import java.util.List;

/** {@code symmetric-factorization}: GD on U for W = U U^T from alpha [I_k; 0]. */
final class SymmetricFactorizationKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "symmetric-factorization";
    }

    @Override
    public String summary() {
        return "Gradient descent on U (d x k) for the positive semidefinite W = U U^T (square matrix problems), from "
                + "U_0 = alpha [I_k; 0]; the iterate is W, starting at alpha^2 [I_k 0; 0 0].";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("step", ValueType.STEP_VALUE, "the step eta_t"),
                Key.required(
                        "init-scale",
                        ValueType.POSITIVE_NUMBER,
                        "alpha, rational: U_0 = alpha [I_k; 0]"),
                Key.optional(
                        "rank",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 1}", "integer >= 1"),
                        "d",
                        "k, the columns of U"));
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        int[] shape = b.problem().matrixShape();
        if (shape == null || shape[0] != shape[1])
            throw s.error(
                    "kind",
                    "symmetric-factorization needs a square matrix problem (matrix-sensing or matrix-completion with shape [d, d])");
        int d = shape[0];
        long rank = s.optionalInteger("rank").orElse((long) d);
        if (rank < 1 || rank > d)
            throw s.error("rank", "expected an integer in [1, " + d + "], got " + rank);
        Value alpha =
                s.number(
                        "init-scale",
                        v -> v.doubleValue() > 0 && v.isRational(),
                        "a positive rational number");
        BigFraction a2 = alpha.rational().multiply(alpha.rational());
        Value[] w0 = new Value[d * d];
        Arrays.fill(w0, Value.of(0));
        for (int i = 0; i < rank; i++) w0[i * d + i] = Value.of(a2, Value.text(a2));
        return new ConfiguredAlgorithm(
                new SymmetricFactorization(CommonKeys.plainStep(s, b), d, (int) rank, alpha), w0);
    }
}
