package dev.occam.plan.kind;

import dev.occam.algorithm.FactorStart;
import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.algorithm.FactorizedGradientFlow;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code factorized-gradient-descent}: GD (or implicit midpoint steps) on the factors of W = W_N
 * ... W_1 from a balanced, rotated balanced or Gaussian start.
 */
final class FactorizedGradientDescentKind implements Kind<ConfiguredAlgorithm> {
    private static final List<String> INITS = List.of("balanced", "balanced-rotated", "gaussian");

    @Override
    public String name() {
        return "factorized-gradient-descent";
    }

    @Override
    public String summary() {
        return "Gradient descent on the factors of W = W_N ... W_1 (square matrices, problem.kind matrix-sensing or matrix-completion), "
                + "from a start of scale alpha; the iterate is the end-to-end W.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                CommonKeys.STEP_OR_FLOW,
                CommonKeys.FLOW_TOLERANCE_KEY,
                Key.optional(
                        "flow-step",
                        ValueType.POSITIVE_NUMBER,
                        "1",
                        "with step: flow, the flow time of one iteration"),
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
                        "alpha, rational: the start's scale"),
                Key.optional(
                        "init",
                        ValueType.choice(INITS),
                        "balanced",
                        "balanced: every factor alpha I; balanced-rotated: exactly balanced rational factors W_1 = S V^T, "
                                + "W_j = S, W_N = U S with seeded Cayley rotations U, V and S = alpha diag(1, 3/2, 2, ...); "
                                + "gaussian: seeded i.i.d. N(0, alpha^2/d) entries (not balanced)"),
                Key.optional(
                        "init-seed",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 0}", "integer >= 0"),
                        "0",
                        "the seed of balanced-rotated and gaussian starts"),
                Key.optional(
                        "scheme",
                        ValueType.choice(List.of("explicit", "implicit-midpoint")),
                        "explicit",
                        "explicit: gradient descent on the factors; implicit-midpoint: x+ = x - eta grad L((x + x+)/2), "
                                + "gradient flow discretized so that balancedness is conserved exactly (not with step: flow)"));
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
        int d = shape[0], n = (int) depth;
        String init = s.optionalChoice("init", INITS).orElse("balanced");
        long seed = s.optionalInteger("init-seed").orElse(0L);
        if (seed < 0) throw s.error("init-seed", "expected an integer >= 0, got " + seed);
        FactorStart start =
                switch (init) {
                    case "balanced-rotated" -> FactorStart.cayley(d, n, alpha, seed);
                    case "gaussian" -> FactorStart.gaussian(d, n, alpha, seed);
                    default -> FactorStart.identity(d, n, alpha);
                };
        boolean midpoint =
                s.optionalChoice("scheme", List.of("explicit", "implicit-midpoint"))
                        .orElse("explicit")
                        .equals("implicit-midpoint");
        double flowTolerance = CommonKeys.flowTolerance(s);
        if (midpoint && CommonKeys.isFlow(s))
            throw s.error("scheme", "implicit-midpoint discretizes the flow: not with step: flow");
        return new ConfiguredAlgorithm(
                CommonKeys.isFlow(s)
                        ? new FactorizedGradientFlow(
                                n,
                                d,
                                start,
                                flowTolerance,
                                s.has("flow-step")
                                        ? CommonKeys.positive(s, "flow-step").doubleValue()
                                        : 1)
                        : new FactorizedGradientDescent(
                                CommonKeys.plainStep(s, b), n, d, start, midpoint),
                start.endToEnd());
    }
}
