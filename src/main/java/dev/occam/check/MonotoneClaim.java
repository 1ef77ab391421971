package dev.occam.check;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;
import java.util.Locale;

/**
 * A named quantity is monotone (nonincreasing or nondecreasing) from t = after on, checked at EVERY
 * iterate by a {@link MonotoneWatch} during the run, with a rounding slack of 100 epsilon relative
 * to the values compared: HOLDS when no consecutive pair moves the wrong way by more than that;
 * FAILS with the first pair that does (two iterations and their values); INCONCLUSIVE with fewer
 * than two iterates after t, or when the run had no watch (then the log-spaced samples can still
 * show a counterexample, never a HOLDS).
 */
record MonotoneClaim(String quantity, boolean increasing, long after) implements Claim {
    @Override
    public String kind() {
        return "monotone";
    }

    /** The watch for one run, or null when the quantity is unavailable there. */
    MonotoneWatch watch(Objective objective, Vec predicted, Geometry g, Tier tier) {
        Quantities.Quantity q = Quantities.of(quantity, objective, predicted, g);
        return q == null ? null : new MonotoneWatch(q, increasing, after, 100 * tier.epsilon(), quantity.equals("loss"));
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        String direction = increasing ? "nondecreasing" : "nonincreasing";
        if (!(run.watches().get(this) instanceof MonotoneWatch watch)) return sampled(run, direction);
        if (watch.violation() != null) {
            long[] t = watch.violationT();
            double[] v = watch.violation();
            String values = watch.logScale()
                    ? String.format(Locale.ROOT, "log %s = %.17g at t = %d, then %.17g at t = %d", quantity, v[0], t[0], v[1], t[1])
                    : String.format(Locale.ROOT, "%.17g at t = %d, then %.17g at t = %d", v[0], t[0], v[1], t[1]);
            return result(Verdict.FAILS, "every iterate", quantity + " is not " + direction + ": " + values);
        }
        if (watch.compared() == 0) return result(Verdict.INCONCLUSIVE, null, "fewer than two iterates after t = " + after);
        return result(Verdict.HOLDS, "every iterate",
                quantity + " is " + direction + " over all " + watch.compared() + " consecutive iterates from t = " + after);
    }

    /** Without a watch: only the recorded samples, which can refute the claim but not certify it. */
    private ClaimResult sampled(PointRun run, String direction) {
        double[][] s = Quantities.series(quantity, run);
        if (s == null) return result(Verdict.INCONCLUSIVE, null, "no " + quantity + " for this run");
        double slack = 100 * run.tier().epsilon();
        Integer previous = null;
        for (int i = 0; i < s[0].length; i++) {
            if (s[0][i] < after || !Double.isFinite(s[1][i])) continue;
            if (previous != null) {
                double a = s[1][previous], b = s[1][i];
                if ((increasing ? a - b : b - a) > slack * Math.max(Math.abs(a), Math.abs(b))) {
                    return result(Verdict.FAILS, "recorded samples", String.format(Locale.ROOT,
                            "%s is not %s: %.17g at t = %d, then %.17g at t = %d", quantity, direction, a, (long) s[0][previous], b, (long) s[0][i]));
                }
            }
            previous = i;
        }
        return result(Verdict.INCONCLUSIVE, null, "only log-spaced samples of " + quantity + " were recorded: no violation among them,"
                + " which does not certify the iterations in between");
    }

    private ClaimResult result(Verdict v, String compared, String message) {
        return new ClaimResult(kind(), v, null, null, null, null, null,
                compared == null ? null : "comparison of consecutive values over " + compared + ", rounding slack 100 eps", message);
    }
}
