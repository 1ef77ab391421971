package dev.occam.check;

/**
 * lim w_t/||w_t|| = w_hat/||w_hat||, measured by the direction gap 1 - cos. A last iterate that
 * merely looks close never suffices (the gap of constant-step GD decays like 1/log^2 t):
 * HOLDS when the offset w(t) - w_hat log t certifiably converges (then the limit direction is
 * w_hat exactly), or when the gap is within tolerance at the end and certifiably decays as a power
 * of t (fast schedules). FAILS when the direction has settled (its change over the last half of the
 * run, in log t, is below a tenth of the gap) at a gap above the tolerance: a different limit.
 */
record DirectionClaim(double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "direction";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null) return result(Verdict.INCONCLUSIVE, null, null, run.unmetPrecondition());
        double[][] gap = Quantities.logSeries("direction-gap", run);
        if (gap == null) return result(Verdict.INCONCLUSIVE, null, null, "no max-margin direction to compare with");
        double last = Math.exp(gap[1][gap[1].length - 1]);
        PowerTrend offsetTrend = OffsetClaim.offsetTrend(run);
        if (offsetTrend != null && offsetTrend.decays()) {
            return result(Verdict.HOLDS, last, "offset residual ||w_t - w_hat log t - w~|| decays: " + offsetTrend.describe(),
                    "the limit direction is w_hat exactly (w(t) = w_hat log t + w~ + o(1)); gap at the last iterate " + Numbers.sci(last));
        }
        PowerTrend trend = PowerTrend.of(gap);
        if (trend == null) return result(Verdict.INCONCLUSIVE, last, null, "too few samples to see the direction's trend");
        if (last <= tolerance && trend.decays()) {
            return result(Verdict.HOLDS, last, "direction gap " + trend.describe(), "gap " + Numbers.sci(last) + " <= " + toleranceText + " and decaying");
        }
        double settled = settledChange(run);
        if (last > tolerance && settled < last / 10) {
            return result(Verdict.FAILS, last, "the direction changed by " + Numbers.sci(settled)
                    + " over the last half of the run (log t) while its gap to w_hat is " + Numbers.sci(last),
                    "the direction settled away from w_hat: gap " + Numbers.sci(last) + " > " + toleranceText);
        }
        return result(Verdict.INCONCLUSIVE, last, "direction gap " + trend.describe(), "gap " + Numbers.sci(last) + " (tolerance "
                + toleranceText + "): neither certified to reach w_hat nor to settle elsewhere (budget)");
    }

    /** 1 - cos between the directions at sqrt(T) and at T. */
    private static double settledChange(PointRun run) {
        var samples = run.trajectory().samples();
        var last = samples.get(samples.size() - 1);
        double half = Math.sqrt(last.time());
        var mid = samples.stream().filter(s -> s.time() >= half).findFirst().orElse(last);
        var a = mid.iterate().copy();
        var b = last.iterate().copy();
        double na = Math.sqrt(a.dot(a).doubleValue()), nb = Math.sqrt(b.dot(b).doubleValue());
        a.scale(1 / na);
        b.scale(1 / nb);
        double d = a.distance(b);
        return d * d / 2;
    }

    private ClaimResult result(Verdict v, Double gap, String how, String message) {
        return new ClaimResult(kind(), v, gap == null ? null : Numbers.sci(gap), "0", gap == null ? null : Numbers.sci(gap), null,
                toleranceText, how, message);
    }
}
