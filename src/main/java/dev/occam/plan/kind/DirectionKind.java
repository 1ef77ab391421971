package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.DirectionClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code direction}: w_t / ||w_t|| tends to the prediction direction. */
final class DirectionKind implements Kind<Claim> {
    @Override
    public String name() {
        return "direction";
    }

    @Override
    public String summary() {
        return "w_t / ||w_t|| tends to the prediction's direction: 1 - cos within tolerance and decaying.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible 1 - cos(w_t, prediction)"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        return new DirectionClaim(tol.doubleValue(), tol.text());
    }
}
