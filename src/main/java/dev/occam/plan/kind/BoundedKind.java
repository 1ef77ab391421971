package dev.occam.plan.kind;

import dev.occam.claim.BoundedClaim;
import dev.occam.claim.Claim;
import dev.occam.spec.Section;

import java.util.List;

/** {@code bounded}: sup_t ||w_t|| is finite. */
final class BoundedKind implements Kind<Claim> {
    @Override
    public String name() {
        return "bounded";
    }

    @Override
    public String summary() {
        return "sup_t ||w_t|| is finite: the iterates converge, or oscillate without a limit (a linear method exactly at its "
                + "step threshold); decided exactly for linear methods on an affine gradient.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Claim build(Section s, PointContext b) {
        return new BoundedClaim();
    }
}
