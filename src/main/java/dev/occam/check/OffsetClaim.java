package dev.occam.check;

/**
 * SHN+18's sharp form: w(t) - w_hat log t -> w~, measured as the offset residual
 * r(t) = ||w_t - w_hat log t - w~||. HOLDS when r_T <= tolerance and r(t) decays as a power of t
 * (certified by the fitted trend); FAILS when r(t) certifiably grows (e.g. the log log t drift of a
 * degenerate support vector) or r_T exceeds the tolerance while no longer decaying; else INCONCLUSIVE.
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
        if (trend.grows()) return result(Verdict.FAILS, last, how, "the offset residual grows: w(t) - w_hat log t does not converge");
        if (last <= tolerance && trend.decays()) {
            return result(Verdict.HOLDS, last, how, "w(t) - w_hat log t -> w~: residual " + Numbers.sci(last) + " and decaying");
        }
        if (last > tolerance && !trend.decays()) {
            return result(Verdict.FAILS, last, how, "the offset residual " + Numbers.sci(last) + " exceeds the tolerance and no longer decays");
        }
        return result(Verdict.INCONCLUSIVE, last, how, "residual " + Numbers.sci(last) + " (tolerance " + toleranceText
                + "): " + (trend.decays() ? "still decaying; run longer (budget)" : "not yet certified to decay"));
    }

    private ClaimResult result(Verdict v, Double residual, String how, String message) {
        return new ClaimResult(kind(), v, residual == null ? null : Numbers.sci(residual), "0",
                residual == null ? null : Numbers.sci(residual), null, toleranceText, how, message);
    }
}
