package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.LimitClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code limit}: lim w_t equals the prediction. */
final class LimitKind implements Kind<Claim> {
    @Override
    public String name() {
        return "limit";
    }

    @Override
    public String summary() {
        return "lim w_t equals the prediction, within tolerance (Euclidean distance).";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible ||lim w_t - prediction||_2"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        return new LimitClaim(tol.doubleValue(), tol.text());
    }
}
