package dev.occam.plan.kind;

import dev.occam.prediction.KktPoint;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/** {@code kkt-point}: Lyu and Li's limit direction of a homogeneous classifier. */
final class KktPointKind implements Kind<Predictor> {
    @Override
    public String name() {
        return KktPoint.KIND;
    }

    @Override
    public String summary() {
        return "On a classifier whose margins q_n are homogeneous of order L (a linear classification problem, or a model "
                + "with a classification loss): the direction converges to a KKT point of min 1/2 ||theta||^2 s.t. "
                + "q_n(theta) >= 1; for a linear classifier that is the l2 max-margin w_hat, exact; otherwise no point is "
                + "named and claim kkt tests the run's direction.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        return new KktPoint();
    }
}
