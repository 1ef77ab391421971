package dev.occam.check;

/**
 * A named scalar converges to a predicted value, e.g. the normalized margin to gamma = 1/||w_hat||.
 * Certified like {@link DirectionClaim}: by a converging offset, or by |q_T - q*| within tolerance
 * and decaying as a power of t; FAILS when the quantity has settled (changed by less than a tenth
 * of its gap over the last half of the run, in log t) away from the prediction.
 */
record ValueClaim(String quantity, double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "value";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null) return result(Verdict.INCONCLUSIVE, null, null, null, run.unmetPrecondition());
        var predicted = run.prediction().quantities().get(quantity);
        double[][] series = Quantities.series(quantity, run);
        if (predicted == null || predicted.length != 1 || series == null) {
            return result(Verdict.INCONCLUSIVE, null, null, null, "the prediction gives no value for " + quantity);
        }
        double want = predicted[0].doubleValue();
        int n = series[1].length;
        double last = series[1][n - 1];
        double gap = Math.abs(last - want);
        double[][] gaps = new double[][] {series[0], new double[n]};
        for (int i = 0; i < n; i++) gaps[1][i] = Math.log(Math.abs(series[1][i] - want));
        PowerTrend offsetTrend = OffsetClaim.offsetTrend(run);
        PowerTrend trend = PowerTrend.of(gaps);
        if (offsetTrend != null && offsetTrend.decays()) {
            // w(t) = w_hat log t + w~ + o(1): the limit direction, hence the limit margin, is w_hat's exactly
            return result(Verdict.HOLDS, last, want, "offset residual decays: " + offsetTrend.describe(),
                    "the limit " + quantity + " is the prediction's exactly; at the last iterate " + Numbers.sci(last) + " vs " + Numbers.sci(want));
        }
        if (trend != null && gap <= tolerance && trend.decays()) {
            return result(Verdict.HOLDS, last, want, "|" + quantity + " - predicted| " + trend.describe(),
                    quantity + " within " + Numbers.sci(gap) + " of " + Numbers.sci(want) + " and converging");
        }
        double mid = series[1][midIndex(series[0])];
        if (gap > tolerance && Math.abs(last - mid) < gap / 10) {
            return result(Verdict.FAILS, last, want, quantity + " changed by " + Numbers.sci(Math.abs(last - mid))
                    + " over the last half of the run (log t)", quantity + " settled at " + Numbers.sci(last) + ", not " + Numbers.sci(want));
        }
        return result(Verdict.INCONCLUSIVE, last, want, trend == null ? null : trend.describe(), quantity + " "
                + Numbers.sci(last) + " vs " + Numbers.sci(want) + ": not certified either way (budget)");
    }

    private static int midIndex(double[] t) {
        double half = Math.sqrt(t[t.length - 1]);
        for (int i = 0; i < t.length; i++) if (t[i] >= half) return i;
        return t.length - 1;
    }

    private ClaimResult result(Verdict v, Double measured, Double predicted, String how, String message) {
        return new ClaimResult(kind(), v, measured == null ? null : Numbers.sci(measured), predicted == null ? null : Numbers.sci(predicted),
                measured == null ? null : Numbers.sci(Math.abs(measured - predicted)), null, toleranceText, how, message);
    }
}
