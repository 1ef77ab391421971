package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.ValueClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code value}: a named scalar tends to its predicted value. */
final class ValueKind implements Kind<Claim> {
    @Override
    public String name() {
        return "value";
    }

    @Override
    public String summary() {
        return "A named quantity (today: the normalized margin) tends to the predicted value, within tolerance.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("quantity", ValueType.choice(List.of("margin")), "the quantity"),
                Key.required("tolerance", ValueType.POSITIVE_NUMBER, "the largest admissible gap"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String quantity = s.choice("quantity", List.of("margin"));
        Value tol = CommonKeys.positive(s, "tolerance");
        return new ValueClaim(quantity, tol.doubleValue(), tol.text());
    }
}
