package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.OffsetClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code offset}: w_t - w_hat log t tends to the offset w~. */
final class OffsetKind implements Kind<Claim> {
    @Override
    public String name() {
        return "offset";
    }

    @Override
    public String summary() {
        return "w_t - w_hat log t tends to the offset w~ (SHN+18), or settles when no w~ is predicted.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible ||w_t - w_hat log t - w~||"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        return new OffsetClaim(tol.doubleValue(), tol.text());
    }
}
