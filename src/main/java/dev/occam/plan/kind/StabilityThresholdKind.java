package dev.occam.plan.kind;

import dev.occam.algorithm.LinearUpdate;
import dev.occam.prediction.Predictor;
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
        return "On problem.kind quadratic: the minimizer the run tends to (w* = -A^-1 b, or the one nearest w0 when A is singular), "
                + "exact, and the step threshold of the spec's method, bracketed in rationals (quantity threshold): eta* = 2/lambda_max(A) "
                + "for gradient descent, (2 + 2 beta)/lambda_max(A) for momentum, (2 + 2 beta)/((1 + 2 beta) lambda_max(A)) for nesterov; "
                + "with a constant step, the exact side of eta* the step lies on (quantity side: -1, 0, 1) and the predicted contraction "
                + "per step (quantity contraction: max |1 - eta lambda_i|, or the largest per-mode root modulus with momentum).";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        // the threshold and the side are the spec's method's (gradient descent's for a method that
        // is not linear)
        LinearUpdate u = b.algorithm() == null ? null : b.algorithm().algorithm().linearUpdate();
        ModeRecurrence modes = u == null ? null : u.modes();
        return new StabilityThreshold(
                modes, modes == null || u.step() == null ? null : u.step().exactConstant());
    }
}
