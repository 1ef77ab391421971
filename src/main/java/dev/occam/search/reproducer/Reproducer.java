package dev.occam.search.reproducer;

import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;

/**
 * A standalone numpy script that reproduces a failing claim without occam: the data, the update
 * loop exactly as occam runs it for as many iterations as the result reports, the prediction copied
 * from the result, and the gap the claim reports as its error, printed as {@code gap = <12
 * significant digits>} (docs/reproducer.md).
 */
public final class Reproducer {
    private Reproducer() {}

    /**
     * The script for the first FAILS claim of the result, or an explanation why none can be
     * written.
     */
    public static Reproduction of(SpecPlan plan, SpecResult result) {
        try {
            FailingClaim f = FailingClaim.first(plan, result);
            String script =
                    switch (f.claim().kind()) {
                        case "limit" -> LimitScript.of(f);
                        case "step-size-invariant" -> InvarianceScript.of(f);
                        default ->
                                throw new NotReproducible(
                                        "the first failing claim is "
                                                + f.claim().label()
                                                + " at "
                                                + f.where()
                                                + ": the reproducer writes limit and step-size-invariant"
                                                + " claims only");
                    };
            return new Reproduction(script, null);
        } catch (NotReproducible e) {
            return Reproduction.unsupported(e.getMessage());
        }
    }
}
