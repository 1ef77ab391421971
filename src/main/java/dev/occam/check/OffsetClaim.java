package dev.occam.check;

/**
 * SHN+18's sharp form: w(t) - w_hat log t -> w~, measured as the offset residual
 * r(t) = ||w_t - w_hat log t - w~||. HOLDS when r_T <= tolerance and r(t) decays as a power of t
 * (certified by the fitted trend); otherwise INCONCLUSIVE. A residual that rises over a finite run
 * is not a counterexample: slow modes of sum_S alpha_n z_n z_n^T make it rise before it converges
 * (seen on random 30x5 data), so a finite run alone never FAILS this claim.
 */
record OffsetClaim(double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "offset";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.prediction() == null || !run.prediction().available()) {
            return result(Verdict.INCONCLUSIVE, null, null, "precondition not met: "
                    + (run.prediction() == null ? "no prediction" : run.prediction().unmet()));
        }
        double[][] series = Quantities.logSeries("offset-residual", run);
        if (series == null) return result(Verdict.INCONCLUSIVE, null, null, "the prediction has no offset w~ (prediction.kind max-margin-offset)");
        double last = Math.exp(series[1][series[1].length - 1]);
        PowerTrend trend = PowerTrend.of(series);
        if (trend == null) return result(Verdict.INCONCLUSIVE, last, null, "too few samples to see the offset residual's trend");
        String how = trend.describe();
        if (last <= tolerance && trend.decays()) {
            return result(Verdict.HOLDS, last, how, "w(t) - w_hat log t -> w~: residual " + Numbers.sci(last) + " and decaying");
        }
        return result(Verdict.INCONCLUSIVE, last, how, "residual " + Numbers.sci(last) + " (tolerance " + toleranceText
                + "): " + (trend.decays() ? "still decaying; run longer (budget)"
                : trend.grows() ? "rising over this run, which a finite run cannot tell from a slow transient" : "not yet certified to decay"));
    }

    private ClaimResult result(Verdict v, Double residual, String how, String message) {
        return new ClaimResult(kind(), v, residual == null ? null : Numbers.sci(residual), "0",
                residual == null ? null : Numbers.sci(residual), null, toleranceText, how, message);
    }
}
