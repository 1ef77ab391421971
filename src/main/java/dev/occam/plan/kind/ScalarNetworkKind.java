package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.Problem;
import dev.occam.problem.ScalarNetwork;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code scalar-network}: L(w) = 1/2 (w_1 ... w_D - target)^2, the model of Kreisler et al. 2023
 * whose gradient-flow solution has a closed form (quantity gfs-sharpness).
 */
final class ScalarNetworkKind implements Kind<Problem> {
    @Override
    public String name() {
        return "scalar-network";
    }

    @Override
    public String summary() {
        return "L(w) = 1/2 (w1 w2 ... wD - target)^2, a depth-D scalar linear network with squared loss; offers the "
                + "Hessian (sharpness) and the sharpness of the gradient-flow solution (gfs-sharpness).";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "depth",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 2}", "integer >= 2"),
                        "D, the number of scalar layers (parameters)"),
                Key.optional(
                        "target", ValueType.NUMBER, "1", "the target c of the product (not 0)"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        long depth = s.optionalInteger("depth").orElseThrow(() -> s.error("depth", "required"));
        if (depth < 2 || depth > 64)
            throw s.error("depth", "expected an integer from 2 to 64, got " + depth);
        Value target = s.optionalNumber("target").orElse(Value.of(1));
        if (target.decimal().signum() == 0) throw s.error("target", "expected a nonzero target");
        return new ScalarNetwork((int) depth, target);
    }
}
