package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.StepSizeInvariantClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code step-size-invariant}: the limits of the sweep points agree. */
final class StepSizeInvariantKind implements Kind<Claim> {
    @Override
    public String name() {
        return "step-size-invariant";
    }

    @Override
    public String summary() {
        return "The limits of all sweep points agree within tolerance; the spec needs a sweep.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible distance between two points' limits"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        if (b.spec().sweepKeys().isEmpty()) {
            throw s.error(
                    "kind",
                    "step-size-invariant compares the limits of sweep points: the spec needs a sweep");
        }
        Value tol = CommonKeys.positive(s, "tolerance");
        return new StepSizeInvariantClaim(tol.doubleValue(), tol.text());
    }
}
