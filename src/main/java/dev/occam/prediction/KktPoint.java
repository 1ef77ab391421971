package dev.occam.prediction;

import dev.occam.problem.MarginModel;
import dev.occam.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kkt-point} (Lyu and Li 2020, deck Theorem 8): gradient flow or descent on an L-homogeneous
 * classifier with an exponentially tailed loss converges in direction to a KKT point of min 1/2
 * ||theta||^2 s.t. q_n(theta) >= 1. The prediction holds what does not depend on the run: the
 * preconditions (margins offered, homogeneity verified), and, for a linear classifier (L = 1, q_n =
 * z_n . w), the point itself: the problem is then the convex hard-margin SVM, whose unique KKT
 * point is the l2 max-margin w_hat. A nonlinear model's KKT points are neither unique nor in closed
 * form, so there the prediction names no point and the claim {@code kkt} tests the run's last
 * direction ({@link KktTest}).
 */
public final class KktPoint implements Predictor {
    public static final String KIND = "kkt-point";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Problem problem = input.problem();
        MarginModel m = problem.marginModel();
        List<String> pre = new ArrayList<>();
        if (m == null)
            return Prediction.unmet(
                    KIND,
                    pre,
                    "kkt-point needs a classifier's per-point margins q_n = y_n f(theta; x_n): problem.kind "
                            + "classification without weights, or a model with a classification loss; "
                            + problem.kind()
                            + " offers none");
        if (m.homogeneity() <= 0)
            return Prediction.unmet(
                    KIND,
                    pre,
                    "the margins q_n(theta) are not homogeneous in theta (q_n(c theta) = c^L q_n(theta) was not verified "
                            + "for any order L): Lyu and Li's theorem, and the KKT test, need an L-homogeneous model");
        pre.add(
                "q_n homogeneous of order L = "
                        + m.homogeneity()
                        + ": verified by the problem (symbolically and at exact rational points; by construction for a linear classifier)");
        pre.add(
                "loss "
                        + m.loss().word()
                        + ": exponentially tailed, as Lyu and Li assume; the theorem applies from the first time L(theta) < l(0)");
        if (problem.marginLoss() != null) return linear(input, pre);
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "limit direction",
                "a KKT point of min 1/2 ||theta||^2 s.t. q_n(theta) >= 1: not unique and not in closed form for a nonlinear "
                        + "model; claim kkt tests the run's last direction as a fixed point of the hard-margin SVM on the features grad q_n");
        Map<String, BigDecimal[]> q = new LinkedHashMap<>();
        q.put("homogeneity", new BigDecimal[] {BigDecimal.valueOf(m.homogeneity())});
        return new Prediction(KIND, null, null, cert, pre, null, Map.of(), Map.of(), q);
    }

    /** The linear case: the l2 max-margin prediction, under this kind's name. */
    private static Prediction linear(PredictionInput input, List<String> pre) {
        Prediction p = MaxMargin.l2().predict(input);
        List<String> all = new ArrayList<>(pre);
        all.addAll(p.preconditions());
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "kkt point",
                "q_n = z_n . w is linear, so min 1/2 ||w||^2 s.t. q_n >= 1 is the hard-margin SVM, convex with a strictly convex "
                        + "objective: its only KKT point is w_hat");
        cert.putAll(p.certificate());
        Map<String, BigDecimal[]> q = new LinkedHashMap<>(p.quantities());
        // a linear classifier's normalized margin min_n z_n.w / ||w|| is the l2 margin
        if (q.containsKey("margin")) q.put("normalized-margin", q.get("margin"));
        return new Prediction(
                KIND,
                p.value(),
                p.exact(),
                cert,
                all,
                p.unmet(),
                p.references(),
                p.derived(),
                q,
                p.outside(),
                p.marginNorm());
    }
}
