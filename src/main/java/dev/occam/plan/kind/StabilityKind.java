package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.StabilityClaim;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code stability}: the run converges below the step threshold, diverges above, oscillates at it.
 */
final class StabilityKind implements Kind<Claim> {
    static final String PREDICTION = "stability-threshold";

    @Override
    public String name() {
        return "stability";
    }

    @Override
    public String summary() {
        return "The iterates do what the side of the step threshold eta* predicts (prediction.kind stability-threshold, "
                + "which decides the side exactly): converge below eta*, diverge above it, stay bounded without converging "
                + "exactly at it.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Claim build(Section s, PointContext b) {
        if (!PREDICTION.equals(b.spec().predictionKind())) {
            throw s.error(
                    "kind",
                    "stability needs prediction.kind "
                            + PREDICTION
                            + " (the side of the threshold it is keyed to), got "
                            + b.spec().predictionKind());
        }
        return new StabilityClaim();
    }
}
