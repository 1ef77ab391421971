package dev.occam.plan.kind;

import dev.occam.algorithm.DiagonalNetwork;
import dev.occam.algorithm.DiagonalNetworkFlow;
import dev.occam.numeric.Value;
import dev.occam.prediction.HyperbolicEntropyInterpolant;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code hyperbolic-entropy-interpolant}: argmin Q_alpha(w) subject to X w = y, alpha given or read
 * from a depth-2 diagonal network's init-scale (so that sweeping algorithm.init-scale moves the
 * prediction with it: a sweep is a grid, and two keys cannot be swept together).
 */
final class HyperbolicEntropyInterpolantKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "hyperbolic-entropy-interpolant";
    }

    @Override
    public String summary() {
        return "argmin { Q_alpha(w) : X w = y }, Q_alpha(w) = sum alpha^2 q(w_i/alpha^2), q(z) = 2 - sqrt(4 + z^2) + z asinh(z/2): "
                + "the limit of a depth-2 diagonal network's gradient flow from u = v = alpha 1 (Bregman projection of the "
                + "hyperbolic entropy by dual Newton), with argmin ||w||_1 and argmin ||w - w0||_2 as references.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "alpha",
                        ValueType.POSITIVE_NUMBER,
                        "algorithm.init-scale",
                        "alpha, rational; without it, the init-scale of a depth-2 diagonal-network algorithm"));
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        if (s.has("alpha")) {
            Value alpha =
                    s.number(
                            "alpha",
                            v -> v.doubleValue() > 0 && v.isRational(),
                            "a positive rational number");
            return new HyperbolicEntropyInterpolant(alpha, "prediction.alpha");
        }
        if (b.algorithm() != null
                && b.algorithm().algorithm() instanceof DiagonalNetwork net
                && net.depth() == 2) {
            return new HyperbolicEntropyInterpolant(net.alpha(), "algorithm.init-scale");
        }
        if (b.algorithm() != null
                && b.algorithm().algorithm() instanceof DiagonalNetworkFlow flow
                && flow.depth() == 2) {
            return new HyperbolicEntropyInterpolant(flow.alpha(), "algorithm.init-scale");
        }
        throw s.error(
                "alpha",
                "missing: alpha is read from the algorithm only when it is a diagonal-network of depth 2; "
                        + "give prediction.alpha");
    }
}
