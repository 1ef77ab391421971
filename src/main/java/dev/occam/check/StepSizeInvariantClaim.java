package dev.occam.check;

/**
 * The limit does not depend on the sweep point: each point's limit is compared with the first
 * point's, with both certified bounds: HOLDS when distance + bounds <= tolerance, FAILS when
 * distance - bounds > tolerance.
 */
record StepSizeInvariantClaim(double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "step-size-invariant";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.trajectory().diverged() || reference.trajectory().diverged()) {
            return new ClaimResult(kind(), Verdict.INCONCLUSIVE, null, null, null, null, toleranceText, null, "a run diverged");
        }
        if (run == reference) {
            return new ClaimResult(kind(), Verdict.HOLDS, null, null, "0", "0", toleranceText, "identity",
                    "reference point: the other points' limits are compared with this one");
        }
        double e = run.trajectory().last().distance(reference.trajectory().last());
        double b = run.limitBound() + reference.limitBound();
        Verdict v = !Double.isFinite(b) || tolerance < run.precisionFloor() ? Verdict.INCONCLUSIVE
                : e + b <= tolerance ? Verdict.HOLDS : e - b > tolerance ? Verdict.FAILS : Verdict.INCONCLUSIVE;
        String msg = "distance to the limit at " + (reference.parameters().isEmpty() ? "the first point" : reference.parameters())
                + " is in [" + Numbers.sci(Math.max(0, e - b)) + ", " + Numbers.sci(e + b) + "]";
        if (v == Verdict.FAILS) msg += ": the limit depends on " + String.join(", ", run.parameters().keySet());
        return new ClaimResult(kind(), v, Results.decimals(run.trajectory().last(), run),
                Results.decimals(reference.trajectory().last(), reference), Numbers.sci(e), Numbers.sci(b), toleranceText,
                "sum of both points' bounds: " + run.limitMethod(), msg);
    }
}
