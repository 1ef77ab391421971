package dev.occam.plan.kind;

import dev.occam.prediction.MinDistanceInterpolant;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/** {@code min-distance-interpolant}: argmin ||w - w0|| subject to X w = y. */
final class MinDistanceInterpolantKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "min-distance-interpolant";
    }

    @Override
    public String summary() {
        return "argmin { ||w - w0|| : X w = y } on least squares: exact KKT system for l2 and {quadratic: D} (for l2 on data too large for exact arithmetic, a certified double-double solve), dual Newton for lp.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "norm",
                        ValueType.json(
                                "{\"anyOf\": [{\"const\": \"l2\"}, {\"$ref\": \"#/definitions/lpNorm\"}, {\"$ref\": \"#/definitions/quadraticNorm\"}]}",
                                "l2, \"lp:P\" or {quadratic: D}"),
                        "l2",
                        "the norm of w - w0"));
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        if (!s.has("norm")) return MinDistanceInterpolant.l2();
        if (s.isSection("norm"))
            return MinDistanceInterpolant.quadratic(
                    CommonKeys.quadraticMetric(s, "norm", b.problem().dimension()));
        String name = s.string("norm");
        if (name.equals("l2")) return MinDistanceInterpolant.l2();
        if (name.startsWith("lp:"))
            return MinDistanceInterpolant.lp(CommonKeys.exponent(s, "norm", name.substring(3), b));
        throw s.error("norm", "expected l2, lp:P or {quadratic: D}, got '" + name + "'");
    }
}
