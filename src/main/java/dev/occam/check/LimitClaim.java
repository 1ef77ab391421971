package dev.occam.check;

import java.util.List;

/**
 * lim w_t equals the prediction. With e = ||w_T - p|| and the certified bound b on ||w_T - w_inf||,
 * the limit's distance to p lies in [e - b, e + b]: HOLDS when e + b <= tolerance, FAILS when
 * e - b > tolerance (a certified counterexample), INCONCLUSIVE in between, when b is infinite, or
 * when the tolerance is below what the precision tier can certify.
 */
record LimitClaim(double tolerance, String toleranceText) implements Claim {

    @Override
    public String kind() {
        return "limit";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null) return inconclusive(run, run.unmetPrecondition());
        if (run.trajectory().diverged()) return inconclusive(run, "the run diverged");
        double e = run.trajectory().last().distance(run.predicted());
        double b = run.limitBound();
        List<String> measured = Results.decimals(run.trajectory().last(), run);
        String common = "distance of the limit to the prediction is in [" + Numbers.sci(Math.max(0, e - b)) + ", " + Numbers.sci(e + b) + "]";
        if (tolerance < run.precisionFloor()) {
            return result(run, Verdict.INCONCLUSIVE, measured, e, b, "precision floor: tolerance " + toleranceText
                    + " is below what this run can certify (" + Numbers.sci(run.precisionFloor())
                    + ": the rounding floor of " + run.tier().name() + ", or an integrator's tolerance); raise run.precision");
        }
        if (!Double.isFinite(b)) return result(run, Verdict.INCONCLUSIVE, measured, e, b, "no certified bound: " + run.tail().method());
        if (e + b <= tolerance) return result(run, Verdict.HOLDS, measured, e, b, common);
        if (e - b > tolerance) return result(run, Verdict.FAILS, measured, e, b, common + ", certified gap " + Numbers.sci(e - b)
                + " > tolerance " + toleranceText + nearestReference(run, e, b));
        return result(run, Verdict.INCONCLUSIVE, measured, e, b, common + ": the bound is too wide to decide at tolerance "
                + toleranceText + " (budget)");
    }

    /**
     * Where a failing limit is instead, when that is certain: a reference point (e.g. the l2
     * interpolant) within tolerance of the limit, or at least certainly nearer than the prediction.
     */
    private String nearestReference(PointRun run, double e, double b) {
        String nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (var ref : run.prediction().references().entrySet()) {
            double d = run.trajectory().last().distance(run.tier().of(ref.getValue()));
            if (d < best) {
                best = d;
                nearest = ref.getKey();
            }
        }
        if (nearest == null) return "";
        if (best + b <= tolerance) return "; the limit is " + nearest + " (distance <= " + Numbers.sci(best + b) + ")";
        if (best + b < e - b) return "; the limit is nearer to " + nearest + " (distance <= " + Numbers.sci(best + b) + ")";
        return "";
    }

    private ClaimResult result(PointRun run, Verdict v, List<String> measured, double e, double b, String message) {
        return new ClaimResult(kind(), v, measured, Results.decimals(run.prediction()), Numbers.sci(e), Numbers.sci(b),
                toleranceText, run.limitMethod(), message);
    }

    private ClaimResult inconclusive(PointRun run, String why) {
        return new ClaimResult(kind(), Verdict.INCONCLUSIVE, null, null, null, null, toleranceText, null, why);
    }
}
