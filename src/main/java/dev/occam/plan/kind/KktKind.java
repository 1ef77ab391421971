package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.KktClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code kkt}: the run's direction tends to a KKT point of the margin problem (Lyu and Li). */
final class KktKind implements Kind<Claim> {
    @Override
    public String name() {
        return "kkt";
    }

    @Override
    public String summary() {
        return "On a homogeneous classifier: the last direction, scaled to margin 1, is a KKT point of min 1/2 ||theta||^2 "
                + "s.t. q_n(theta) >= 1 within tolerance (a fixed point of the hard-margin SVM on the features grad q_n, "
                + "residuals proved by interval enclosures), and the KKT residual decays as a power of t.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible KKT residual max(stationarity, complementary slackness), both relative"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        return new KktClaim(tol.doubleValue(), tol.text());
    }
}
