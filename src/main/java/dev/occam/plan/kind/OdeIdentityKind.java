package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.OdeIdentityClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code ode-identity}: a named identity of the dynamics holds at every iterate. */
final class OdeIdentityKind implements Kind<Claim> {
    @Override
    public String name() {
        return "ode-identity";
    }

    @Override
    public String summary() {
        return "A named identity of a factorized run's dynamics holds at every iterate within a relative tolerance: "
                + "end-to-end-dynamics (dW/dt = -sum_j (W W^T)^((j-1)/N) grad l(W) (W^T W)^((N-j)/N)) or "
                + "singular-value-dynamics (d sigma_r/dt = -N sigma_r^(2-2/N) u_r^T grad l(W) v_r), dW/dt taken exactly "
                + "from the factor velocities.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "identity", ValueType.choice(OdeIdentityClaim.IDENTITIES), "the identity"),
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible residual, relative to N sigma_1^(2-2/N) ||grad l(W)||_F"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        return new OdeIdentityClaim(
                s.choice("identity", OdeIdentityClaim.IDENTITIES), tol.doubleValue(), tol.text());
    }
}
