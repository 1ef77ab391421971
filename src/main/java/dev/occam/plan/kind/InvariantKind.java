package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.InvariantClaim;
import dev.occam.claim.Quantities;
import dev.occam.spec.Section;

import java.util.List;

/** {@code invariant}: a quantity keeps its sign, or is conserved, at every iterate. */
final class InvariantKind implements Kind<Claim> {
    private static final List<String> SIGNS = List.of("positive", "negative", "nonzero");

    @Override
    public String name() {
        return "invariant";
    }

    @Override
    public String summary() {
        return "A quantity keeps its sign (sign) or stays within tolerance of its start (tolerance) at every iterate "
                + "of the run, e.g. det > 0 or balancedness conserved along a factorized run; exactly one of the two.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("quantity", ValueType.choice(Quantities.NAMES), "the quantity"),
                Key.optional("sign", ValueType.choice(SIGNS), "none", "the sign it keeps"),
                Key.optional(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "none",
                        "the largest admissible |q(t) - q(0)|"));
    }

    @Override
    public String constraints() {
        return "{\"oneOf\": [{\"required\": [\"sign\"]}, {\"required\": [\"tolerance\"]}]}";
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String quantity = s.choice("quantity", Quantities.NAMES);
        int[] shape = b.problem() == null ? null : b.problem().matrixShape();
        if (quantity.equals("det") && shape != null && shape[0] != shape[1])
            throw s.error(
                    "quantity",
                    "det needs a square matrix, but problem.shape is ["
                            + shape[0]
                            + ", "
                            + shape[1]
                            + "]");
        if (s.has("sign") == s.has("tolerance"))
            throw s.error("sign", "give exactly one of sign and tolerance");
        if (s.has("sign")) return InvariantClaim.sign(quantity, s.choice("sign", SIGNS));
        return InvariantClaim.conserved(
                quantity, CommonKeys.positive(s, "tolerance").doubleValue());
    }
}
