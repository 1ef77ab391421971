package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.RecoveryClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.util.List;

/** {@code recovery}: the prediction's program recovers the ground truth the prediction names. */
final class RecoveryKind implements Kind<Claim> {
    @Override
    public String name() {
        return "recovery";
    }

    @Override
    public String summary() {
        return "Every minimizer of the prediction's program is the ground truth (prediction key ground-truth) within tolerance "
                + "(Frobenius distance): decided from the prediction's certificate alone, not from the run.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "the largest admissible ||W* - M||_F over the minimizers W*"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        Value tol = CommonKeys.positive(s, "tolerance");
        return new RecoveryClaim(tol.decimal(), tol.text());
    }
}
