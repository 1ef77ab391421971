package dev.occam.plan.kind;

import dev.occam.prediction.Predictor;
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
                + "gradient descent converges, bracketed in rationals (quantity threshold).";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        return new StabilityThreshold();
    }
}
