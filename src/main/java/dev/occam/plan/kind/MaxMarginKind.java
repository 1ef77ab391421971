package dev.occam.plan.kind;

import dev.occam.prediction.MaxMargin;
import dev.occam.prediction.Predictor;
import dev.occam.spec.Section;

import java.util.List;

/** {@code max-margin}: the hard-margin separator without intercept, in a norm. */
final class MaxMarginKind implements Kind<Predictor> {
    @Override
    public String name() {
        return "max-margin";
    }

    @Override
    public String summary() {
        return "The max-margin separator of separable classification data: l2 by QP polished exactly, l1 and linf by LPs, lp by dual Newton.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "norm",
                        ValueType.json(
                                "{\"anyOf\": [{\"enum\": [\"l2\", \"l1\", \"linf\"]}, {\"$ref\": \"#/definitions/lpNorm\"}]}",
                                "l2, l1, linf or \"lp:P\""),
                        "l2",
                        "the norm of the margin"));
    }

    @Override
    public Predictor build(Section s, PointContext b) {
        String norm = s.optionalString("norm").orElse("l2");
        if (norm.startsWith("lp:"))
            return MaxMargin.lp(CommonKeys.exponent(s, "norm", norm.substring(3), b));
        if (!List.of("l2", "l1", "linf").contains(norm))
            throw s.error("norm", "expected l2, l1, linf or lp:P, got '" + norm + "'");
        return switch (norm) {
            case "l1" -> MaxMargin.l1();
            case "linf" -> MaxMargin.linf();
            default -> MaxMargin.l2();
        };
    }
}
