package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.MonotoneClaim;
import dev.occam.claim.Quantities;
import dev.occam.spec.Section;

import java.util.List;

/** {@code monotone}: a quantity never increases (or never decreases), at every iterate. */
final class MonotoneKind implements Kind<Claim> {
    @Override
    public String name() {
        return "monotone";
    }

    @Override
    public String summary() {
        return "A quantity is nonincreasing or nondecreasing at every iterate from after on, with a slack bounding its rounding.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "quantity",
                        QuantityKey.TYPE,
                        "the quantity: one of "
                                + String.join(", ", Quantities.NAMES)
                                + ", or a formula quantity"),
                Key.required(
                        "direction",
                        ValueType.choice(List.of("nonincreasing", "nondecreasing")),
                        "the direction"),
                Key.optional(
                        "after",
                        ValueType.json("{\"type\": \"integer\", \"minimum\": 0}", "integer >= 0"),
                        "0",
                        "the first iteration compared"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        QuantityKey.Read quantity = QuantityKey.read(s, b);
        boolean increasing =
                s.choice("direction", List.of("nondecreasing", "nonincreasing"))
                        .equals("nondecreasing");
        long after = s.optionalInteger("after").orElse(0L);
        if (after < 0) throw s.error("after", "expected an iteration >= 0, got " + after);
        return new MonotoneClaim(quantity.text(), increasing, after, quantity.formula());
    }
}
