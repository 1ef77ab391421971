package dev.occam.search.reproducer;

import dev.occam.certify.Evidence;
import dev.occam.plan.PointPlan;
import dev.occam.plan.SpecPlan;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

/**
 * The first FAILS claim of a result (sweep points in order, claims in spec order) with the plan of
 * its point; the reference is the first sweep point, which step-size-invariant compares with.
 *
 * @param point the index of the sweep point
 * @param index the index of the claim in the point's claims (= the spec's claims[index])
 */
record FailingClaim(SpecPlan plan, SpecResult result, int point, int index) {
    static FailingClaim first(SpecPlan plan, SpecResult result) {
        if (result.points() == null
                || !plan.spec().id().equals(result.id())
                || plan.points().size() != result.points().size())
            throw new NotReproducible(
                    "the result is not a run of this plan (spec "
                            + result.id()
                            + " with "
                            + (result.points() == null ? 0 : result.points().size())
                            + " points, plan "
                            + plan.spec().id()
                            + " with "
                            + plan.points().size()
                            + ")");
        for (int k = 0; k < result.points().size(); k++) {
            var claims = result.points().get(k).claims();
            for (int j = 0; j < claims.size(); j++) {
                if (claims.get(j).verdict() == Verdict.FAILS) {
                    if (claims.size() != plan.points().get(k).claims().size())
                        throw new NotReproducible(
                                "the result's claims at point "
                                        + (k + 1)
                                        + " do not match the plan's");
                    return new FailingClaim(plan, result, k, j);
                }
            }
        }
        throw new NotReproducible("no claim FAILS: there is no counterexample to reproduce");
    }

    /** A failing claim without an error (a limit that does not exist) has no gap to reproduce. */
    void requireGap() {
        if (claim().error() == null)
            throw new NotReproducible(
                    "the failing "
                            + claim().label()
                            + " claim reports no gap to reproduce ("
                            + claim().message()
                            + ")");
    }

    /**
     * Whether occam decided the claim from exact limits (evidence exact), which only the exact
     * fates of linear methods give (GD, heavy ball, Nesterov with a rational constant step on a
     * problem with an affine gradient): the script then computes those limits in closed form.
     */
    boolean fromExactLimits(PointPlan... runs) {
        if (claim().evidence() != Evidence.EXACT) return false;
        for (PointPlan p : runs) {
            if (p.algorithm().linearUpdate() == null)
                throw new NotReproducible(
                        "occam decided the claim exactly for "
                                + p.algorithm().kind()
                                + ", which the reproducer does not know as a linear method");
        }
        return true;
    }

    ClaimResult claim() {
        return pointResult().claims().get(index);
    }

    PointPlan pointPlan() {
        return plan.points().get(point);
    }

    PointResult pointResult() {
        return result.points().get(point);
    }

    PointPlan referencePlan() {
        return plan.points().get(0);
    }

    PointResult referenceResult() {
        return result.points().get(0);
    }

    /** How a reader finds the point: its swept values, or "the spec's only point". */
    String where() {
        return where(point);
    }

    String where(int k) {
        var parameters = result.points().get(k).parameters();
        return parameters == null || parameters.isEmpty()
                ? "the spec's only point"
                : parameters + " (sweep point " + (k + 1) + " of " + result.points().size() + ")";
    }
}
