package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.List;

/**
 * A named identity of the dynamics holds at every iterate of the run within a relative tolerance
 * ({@link FactorIdentities}): {@code end-to-end-dynamics} or {@code singular-value-dynamics} of a
 * depth-N factorization. HOLDS when the largest residual over all iterates plus its rounding floor
 * (1000 N d eps) is within tolerance, FAILS when it exceeds the tolerance by more than that floor,
 * INCONCLUSIVE in between (the tier cannot resolve the tolerance); HOLDS and FAILS are {@link
 * Evidence#ESTIMATE}: the residual is computed in the run's tier at the computed iterates, and
 * iterates after the run are not seen.
 */
public record OdeIdentityClaim(String identity, double tolerance, String toleranceText)
        implements Claim {
    /** The residual's rounding floor over N d eps (observed: about 5 in double-double). */
    private static final double ROUNDING = 1000;

    public static final List<String> IDENTITIES =
            List.of("end-to-end-dynamics", "singular-value-dynamics");

    @Override
    public String kind() {
        return "ode-identity";
    }

    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        return new IdentityWatch(identity.equals("singular-value-dynamics"));
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (!(run.watches().get(this) instanceof IdentityWatch watch) || watch.noFactors())
            return inconclusive(
                    identity + " needs a factorized algorithm (factorized-gradient-descent)");
        if (watch.observed() == 0)
            return inconclusive(
                    "no iterate could be checked (W singular, a hidden width below min(m, n), or the velocity zero at all "
                            + watch.skipped()
                            + ")");
        double worst = watch.worst();
        String seen =
                "largest relative residual "
                        + Numbers.sci(worst)
                        + " at t = "
                        + watch.worstT()
                        + " over "
                        + watch.observed()
                        + " iterates (balancedness there "
                        + Numbers.sci(watch.balancednessThere())
                        + (watch.skipped() > 0 ? "; " + watch.skipped() + " iterates skipped" : "")
                        + ")";
        // the residual's own rounding: an SVD, N factor products and fractional powers in the tier
        double floor = ROUNDING * watch.depth() * watch.size() * run.tier().epsilon();
        if (worst + floor > tolerance && worst - floor <= tolerance)
            return inconclusive(
                    "precision floor: "
                            + seen
                            + " against tolerance "
                            + toleranceText
                            + ", within the residual's rounding floor "
                            + Numbers.sci(floor)
                            + " in "
                            + run.tier().name()
                            + "; raise run.precision");
        boolean holds = worst <= tolerance;
        return ClaimResult.of(
                        kind(),
                        holds ? Verdict.HOLDS : Verdict.FAILS,
                        "estimate: "
                                + identity
                                + " evaluated in "
                                + run.tier().name()
                                + " at every iterate, dW/dt from the factor velocities by the product rule",
                        holds ? identity + " holds: " + seen : identity + " is broken: " + seen)
                .withError(worst)
                .withTolerance(toleranceText)
                .graded(Evidence.ESTIMATE);
    }

    private ClaimResult inconclusive(String why) {
        return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, null, why).withTolerance(toleranceText);
    }
}
