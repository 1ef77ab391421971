package dev.occam.check;

import java.util.Locale;

/**
 * A named quantity is monotone (nonincreasing or nondecreasing) from t = after on. Checked between
 * consecutive RECORDED samples (log-spaced, so within a stretch between samples the quantity is not
 * seen), with a tolerance for rounding of 100 epsilon relative to the values compared: HOLDS when no
 * pair moves the wrong way by more than that; FAILS with the first pair that does (a concrete
 * counterexample: two times and their values); INCONCLUSIVE with fewer than two samples after t.
 */
record MonotoneClaim(String quantity, boolean increasing, long after) implements Claim {
    @Override
    public String kind() {
        return "monotone";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        double[][] s = Quantities.series(quantity, run);
        String direction = increasing ? "nondecreasing" : "nonincreasing";
        if (s == null) return result(Verdict.INCONCLUSIVE, null, "no " + quantity + " for this run");
        double slack = 100 * run.tier().epsilon();
        int compared = 0;
        Integer previous = null;
        for (int i = 0; i < s[0].length; i++) {
            if (s[0][i] < after || !Double.isFinite(s[1][i])) continue;
            if (previous != null) {
                double a = s[1][previous], b = s[1][i];
                double wrongWay = increasing ? a - b : b - a;
                compared++;
                if (wrongWay > slack * Math.max(Math.abs(a), Math.abs(b))) {
                    return result(Verdict.FAILS, compared, String.format(Locale.ROOT,
                            "%s is not %s: %.17g at t = %d, then %.17g at t = %d", quantity, direction, a, (long) s[0][previous], b, (long) s[0][i]));
                }
            }
            previous = i;
        }
        if (compared == 0) return result(Verdict.INCONCLUSIVE, 0, "fewer than two samples of " + quantity + " after t = " + after);
        return result(Verdict.HOLDS, compared, quantity + " is " + direction + " over " + compared + " consecutive recorded samples from t = " + after);
    }

    private ClaimResult result(Verdict v, Integer pairs, String message) {
        return new ClaimResult(kind(), v, null, null, null, null, null,
                pairs == null ? null : "comparison of " + pairs + " consecutive log-spaced samples (not every iteration), rounding slack 100 eps", message);
    }
}
