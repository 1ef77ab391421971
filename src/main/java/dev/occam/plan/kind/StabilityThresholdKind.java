package dev.occam.plan.kind;

import dev.occam.algorithm.StochasticGradientDescent;
import dev.occam.prediction.Predictor;
import dev.occam.prediction.SgdStabilityThreshold;
import dev.occam.prediction.StabilityThreshold;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code stability-threshold}: a quadratic's exact minimizer and gradient descent's threshold 2 /
 * lambda_max(A).
 */
final class StabilityThresholdKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "stability-threshold";
    }

    @Override
    public String summary() {
        return "On problem.kind quadratic: the minimizer w* = -A^-1 b, exact, and the threshold eta* = 2 / lambda_max(A) below which "
                + "gradient descent converges, bracketed in rationals (quantity threshold); with method: sgd-mean-square, "
                + "on least squares: SGD's mean-square threshold at the nearest interpolant (quantities threshold, gd-threshold, "
                + "trace-threshold).";
    }

    private static final List<String> METHODS = List.of("gd", "sgd-mean-square");

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "method",
                        ValueType.choice(METHODS),
                        "gd",
                        "gd: gradient descent's threshold on a quadratic; sgd-mean-square: on least squares with independent "
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
        String method = s.optionalChoice("method", METHODS).orElse("gd");
        if (method.equals("gd")) {
            if (s.has("batch")) throw s.error("batch", "batch is for method: sgd-mean-square");
            return new StabilityThreshold();
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
