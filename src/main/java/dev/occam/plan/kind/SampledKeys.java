package dev.occam.plan.kind;

import dev.occam.problem.Problem;
import dev.occam.spec.Section;

import java.util.List;

/** The keys the claims on a sampled, enclosed quantity share (reaches, band). */
final class SampledKeys {
    static final List<String> QUANTITIES = List.of("sharpness", "gfs-sharpness", "loss");

    static final Key QUANTITY =
            Key.optional(
                    "quantity",
                    ValueType.choice(QUANTITIES),
                    "sharpness",
                    "sharpness (lambda_max of the loss Hessian, certified interval), gfs-sharpness (of the gradient-flow "
                            + "solution, certified) or loss (computed value +- rounding slack)");

    static final Key EVERY =
            Key.optional(
                    "every",
                    ValueType.json("{\"type\": \"integer\", \"minimum\": 1}", "integer >= 1"),
                    "10",
                    "the sampling cadence in iterations (t = 0, every, 2 every, ...): what happens between samples is not seen");

    private SampledKeys() {}

    /** The quantity, refused when the problem does not offer it. */
    static String quantity(Section s, PointContext b) {
        String q = s.optionalChoice("quantity", QUANTITIES).orElse("sharpness");
        Problem p = b.problem();
        if (q.equals("sharpness") && p.curvature() == null)
            throw s.error(
                    "quantity",
                    "problem kind '" + p.kind() + "' does not offer its Hessian (sharpness)");
        if (q.equals("gfs-sharpness") && p.flowSolution() == null)
            throw s.error(
                    "quantity",
                    "problem kind '"
                            + p.kind()
                            + "' has no closed-form gradient-flow solution (gfs-sharpness: scalar-network)");
        return q;
    }

    static long every(Section s) {
        long every = s.optionalInteger("every").orElse(10L);
        if (every < 1) throw s.error("every", "expected an integer >= 1, got " + every);
        return every;
    }
}
