package dev.occam.plan;

import dev.occam.prediction.MaxMargin;
import java.util.List;
import dev.occam.prediction.BregmanProjection;
import dev.occam.prediction.MinDistanceInterpolant;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

/** Builders of prediction kinds. */
final class PredictionKinds {
    private PredictionKinds() {
    }

    /** norm: l2 (default), lp:P, or {quadratic: D}. */
    static Predictor minDistanceInterpolant(Section s, PointContext b) {
        if (!s.has("norm")) return MinDistanceInterpolant.l2();
        if (s.isSection("norm")) return MinDistanceInterpolant.quadratic(AlgorithmKinds.quadraticMetric(s, "norm", b.problem().dimension()));
        String name = s.string("norm");
        if (name.equals("l2")) return MinDistanceInterpolant.l2();
        if (name.startsWith("lp:")) return MinDistanceInterpolant.lp(AlgorithmKinds.exponent(s, "norm", name.substring(3), b));
        throw s.error("norm", "expected l2, lp:P or {quadratic: D}, got '" + name + "'");
    }

    /** norm: l2 (default), l1, linf or lp:P. */
    static Predictor maxMargin(Section s, PointContext b) {
        String norm = s.optionalString("norm").orElse("l2");
        if (norm.startsWith("lp:")) return MaxMargin.lp(AlgorithmKinds.exponent(s, "norm", norm.substring(3), b));
        if (!List.of("l2", "l1", "linf").contains(norm)) throw s.error("norm", "expected l2, l1, linf or lp:P, got '" + norm + "'");
        return switch (norm) {
            case "l1" -> MaxMargin.l1();
            case "linf" -> MaxMargin.linf();
            default -> MaxMargin.l2();
        };
    }

    /** potential: as for mirror descent. */
    static Predictor bregmanProjection(Section s, PointContext b) {
        return new BregmanProjection(AlgorithmKinds.potential(s, "potential", b));
    }
}
