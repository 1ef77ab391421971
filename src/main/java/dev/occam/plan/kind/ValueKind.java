package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.Quantities;
import dev.occam.claim.ValueClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code value}: a quantity tends to the predicted value (the normalized margin), or to a given
 * target (any quantity the samples show, or a formula quantity).
 */
final class ValueKind implements Kind<Claim> {
    @Override
    public String name() {
        return "value";
    }

    @Override
    public String summary() {
        return "A quantity tends to the predicted value (quantity margin, or normalized-margin under kkt-point), or to target, within tolerance.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "quantity",
                        QuantityKey.TYPE,
                        "the quantity: margin or normalized-margin (against the prediction), or with target any quantity the "
                                + "recorded samples show, or a formula quantity"),
                Key.required("tolerance", ValueType.POSITIVE_NUMBER, "the largest admissible gap"),
                Key.optional(
                        "target",
                        ValueType.NUMBER,
                        "the prediction's value",
                        "the value the quantity tends to"),
                Key.optional(
                        "after",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 0}", "integer >= 0"),
                        "0",
                        "with target: the first iteration from which |quantity - target| is watched for never growing"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        if (!s.has("target")) {
            if (s.has("after"))
                throw s.error(
                        "after", "after needs a target (the watched distance is to the target)");
            String quantity = s.choice("quantity", List.of("margin", "normalized-margin"));
            return new ValueClaim(quantity, tol.doubleValue(), tol.text());
        }
        Value target = s.number("target");
        QuantityKey.Read quantity = QuantityKey.read(s, b);
        if (quantity.formula() == null && Quantities.live(quantity.text()))
            throw s.error(
                    "quantity",
                    quantity.text()
                            + " needs the run's factors, which only a watch sees: a value claim reads the recorded samples");
        long after = s.optionalInteger("after").orElse(0L);
        if (after < 0) throw s.error("after", "expected an iteration >= 0, got " + after);
        return new ValueClaim(
                quantity.text(), tol.doubleValue(), tol.text(), target, quantity.formula(), after);
    }
}
