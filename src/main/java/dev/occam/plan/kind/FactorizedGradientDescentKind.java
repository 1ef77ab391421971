package dev.occam.plan.kind;

import dev.occam.algorithm.FactorShape;
import dev.occam.algorithm.FactorStart;
import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.algorithm.FactorizedGradientFlow;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.Arrays;
import java.util.List;

/**
 * {@code factorized-gradient-descent}: GD (or implicit midpoint steps) on the factors of W = W_N
 * ... W_1 (m x n, hidden widths k_1, ..., k_{N-1}, default min(m, n)) from a balanced, rotated
 * balanced or Gaussian start.
 */
final class FactorizedGradientDescentKind implements Kind<ConfiguredAlgorithm> {
    private static final List<String> INITS = List.of("balanced", "balanced-rotated", "gaussian");

    @Override
    public String name() {
        return "factorized-gradient-descent";
    }

    @Override
    public String summary() {
        return "Gradient descent on the factors of W = W_N ... W_1 (W m x n from problem.kind matrix-sensing or matrix-completion, "
                + "W_1 k_1 x n, ..., W_N m x k_{N-1}), from a start of scale alpha; the iterate is the end-to-end W.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                CommonKeys.STEP_OR_FLOW,
                CommonKeys.FLOW_TOLERANCE_KEY,
                CommonKeys.FLOW_STEP_KEY,
                Key.optional(
                        "depth",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 16}",
                                "integer in [1, 16]"),
                        "2",
                        "N, the number of factors"),
                Key.optional(
                        "widths",
                        ValueType.json(
                                "{\"type\": \"array\", \"items\": {\"type\": \"integer\", \"minimum\": 1}}",
                                "list of N - 1 positive integers"),
                        "min(m, n) each",
                        "the hidden widths k_1, ..., k_{N-1} (W_j is k_j x k_{j-1}, k_0 = n, k_N = m); a width below min(m, n) "
                                + "caps the rank of W"),
                Key.required(
                        "init-scale",
                        ValueType.POSITIVE_NUMBER,
                        "alpha, rational: the start's scale"),
                Key.optional(
                        "init",
                        ValueType.choice(INITS),
                        "balanced",
                        "balanced: every factor alpha I (alpha times the rectangular identity; balanced when min(k_{j-1}, k_j) = "
                                + "min(k_j, k_{j+1}) for every hidden j, e.g. the default widths); balanced-rotated: exactly balanced "
                                + "rational factors W_1 = S V^T, W_j = S, W_N = U S with seeded Cayley rotations U, V and S = alpha "
                                + "diag(1, 3/2, 2, ...), padded by zeros to rectangular shapes (needs every hidden width equal and at "
                                + "most min(m, n)); gaussian: seeded i.i.d. N(0, alpha^2/fan-in) entries (not balanced)"),
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
        if (shape == null) {
            throw s.error(
                    "kind",
                    "factorized-gradient-descent needs a matrix problem (problem.kind matrix-sensing or "
                            + "matrix-completion)");
        }
        long depth = s.optionalInteger("depth").orElse(2L);
        if (depth < 1 || depth > 16)
            throw s.error("depth", "expected an integer in [1, 16], got " + depth);
        Value alpha =
                s.number(
                        "init-scale",
                        v -> v.doubleValue() > 0 && v.isRational(),
                        "a positive rational number");
        FactorShape widths = widths(s, shape, (int) depth);
        String init = s.optionalChoice("init", INITS).orElse("balanced");
        long seed = s.optionalInteger("init-seed").orElse(0L);
        if (seed < 0) throw s.error("init-seed", "expected an integer >= 0, got " + seed);
        if (init.equals("balanced") && widths.identityUnbalancedAt() > 0) {
            int j = widths.identityUnbalancedAt();
            throw s.error(
                    "widths",
                    "init: balanced (every factor alpha times the rectangular identity) is not balanced for widths "
                            + Arrays.toString(widths.hidden())
                            + " of a "
                            + shape[0]
                            + "x"
                            + shape[1]
                            + " W: W_"
                            + (j + 1)
                            + "^T W_"
                            + (j + 1)
                            + " - W_"
                            + j
                            + " W_"
                            + j
                            + "^T is not 0, since min(k_"
                            + (j - 1)
                            + ", k_"
                            + j
                            + ") != min(k_"
                            + j
                            + ", k_"
                            + (j + 1)
                            + ") (k_0 = n, k_N = m); use init: gaussian or other widths");
        }
        if (init.equals("balanced-rotated") && !widths.rotatable())
            throw s.error(
                    "init",
                    "balanced-rotated needs every hidden width equal and at most min(m, n) = "
                            + Math.min(shape[0], shape[1]));
        FactorStart start =
                switch (init) {
                    case "balanced-rotated" -> FactorStart.cayley(widths, alpha, seed);
                    case "gaussian" -> FactorStart.gaussian(widths, alpha, seed);
                    default -> FactorStart.identity(widths, alpha);
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
                        ? new FactorizedGradientFlow(start, flowTolerance, CommonKeys.flowStep(s))
                        : new FactorizedGradientDescent(
                                CommonKeys.plainStep(s, b), start, midpoint),
                start.endToEnd());
    }

    /** The hidden widths (default min(m, n)), each factor within the 10^4 entries of a matrix. */
    private static FactorShape widths(Section s, int[] shape, int depth) {
        if (!s.has("widths")) return FactorShape.of(shape[0], shape[1], depth);
        Value[] v = s.vector("widths");
        if (v.length != depth - 1)
            throw s.error(
                    "widths",
                    "expected depth - 1 = " + (depth - 1) + " hidden widths, got " + v.length);
        int[] hidden = new int[v.length];
        for (int j = 0; j < v.length; j++)
            hidden[j] = MatrixCompletionKind.dimension(s, "widths", v[j]);
        FactorShape f = new FactorShape(shape[0], shape[1], hidden);
        for (int j = 0; j < depth; j++)
            if ((long) f.out(j) * f.in(j) > 10_000)
                throw s.error(
                        "widths",
                        "W_"
                                + (j + 1)
                                + " would be "
                                + f.out(j)
                                + "x"
                                + f.in(j)
                                + "; at most 10000 entries per factor are supported");
        return f;
    }
}
