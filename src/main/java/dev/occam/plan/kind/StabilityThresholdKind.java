package dev.occam.plan.kind;

import dev.occam.algorithm.LinearUpdate;
import dev.occam.algorithm.StochasticGradientDescent;
import dev.occam.prediction.Predictor;
import dev.occam.prediction.SgdStabilityThreshold;
import dev.occam.prediction.StabilityThreshold;
import dev.occam.problem.ModeRecurrence;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code stability-threshold}: a quadratic's exact minimizer and the threshold of the spec's method
 * (2 / lambda_max(A) for gradient descent), the side of it the step lies on and the contraction.
 */
final class StabilityThresholdKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "stability-threshold";
    }

    @Override
    public String summary() {
        return "On problem.kind quadratic (method: iteration, the default): the minimizer the run tends to (w* = -A^-1 b, or the one nearest w0 when A is singular), "
                + "exact, and the step threshold of the spec's method, bracketed in rationals (quantity threshold): eta* = 2/lambda_max(A) "
                + "for gradient descent, (2 + 2 beta)/lambda_max(A) for momentum, (2 + 2 beta)/((1 + 2 beta) lambda_max(A)) for nesterov; "
                + "with a constant step, the exact side of eta* the step lies on (quantity side: -1, 0, 1) and the predicted contraction "
                + "per step (quantity contraction: max |1 - eta lambda_i|, or the largest per-mode root modulus with momentum); with "
                + "method: sgd-mean-square, on least squares: SGD's mean-square threshold at the nearest interpolant (quantities "
                + "threshold, gd-threshold, trace-threshold).";
    }

    private static final List<String> METHODS = List.of("iteration", "sgd-mean-square");

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "method",
                        ValueType.choice(METHODS),
                        "iteration",
                        "iteration: the threshold of the spec's deterministic method (gradient descent, momentum, nesterov) on a "
                                + "quadratic; sgd-mean-square: on least squares with independent "
                                + "rows, mini-batch SGD's mean-square threshold at the interpolant nearest the start (Wu and Su "
                                + "2023), with gd-threshold = 2/lambda_max(H) and trace-threshold = 2/tr(H) (docs/stochastic.md)"),
                Key.optional(
                        "batch",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 1}", "positive integer"),
                        "the algorithm's batch when it is sgd, else 1",
                        "with sgd-mean-square: the batch size b whose threshold is computed"));
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        String method = s.optionalChoice("method", METHODS).orElse("iteration");
        if (method.equals("iteration")) {
            if (s.has("batch")) throw s.error("batch", "batch is for method: sgd-mean-square");
            // the threshold and the side are the spec's method's (gradient descent's for a method
            // that is not linear)
            LinearUpdate u =
                    b.algorithm() == null ? null : b.algorithm().algorithm().linearUpdate();
            ModeRecurrence modes = u == null ? null : u.modes();
            return new StabilityThreshold(
                    modes, modes == null || u.step() == null ? null : u.step().exactConstant());
        }
        long batch =
                s.optionalInteger("batch")
                        .orElse(
                                b.algorithm() != null
                                                && b.algorithm().algorithm()
                                                        instanceof StochasticGradientDescent sgd
                                        ? (long) sgd.batch()
                                        : 1L);
        if (batch < 1 || batch > StochasticGradientDescent.MAX_BATCH)
            throw s.error("batch", "expected a positive integer, got " + batch);
        return new SgdStabilityThreshold((int) batch);
    }
}
