package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.certify.Sharpness;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.Locale;

/**
 * A quantity stays in [lower, upper] over a window (the edge-of-stability band 2/eta [1 - delta, 1
 * + delta']), seen at the samples of an {@link EnclosureWatch}. The window starts at iteration
 * {@code from}, or, with {@code afterReaching}, at the first sample certifiably at or above lower
 * (then {@code from} more iterations later), and ends with the run.
 *
 * <ul>
 *   <li>FAILS at the first sample whose interval lies certifiably outside the band ({@link
 *       Evidence#ESTIMATE}: that computed iterate left it, and the rounded run need not follow
 *       exact gradient descent);
 *   <li>HOLDS when every sample's interval lies inside ({@link Evidence#ESTIMATE}: excursions
 *       between samples, shorter than the cadence, and after the run are not seen);
 *   <li>INCONCLUSIVE when an interval straddles an end and none lies outside, or the window holds
 *       no sample.
 * </ul>
 */
public record BandClaim(
        String quantity, Level lower, Level upper, long from, boolean afterReaching, long every)
        implements SampledClaim {
    @Override
    public String kind() {
        return "band";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        EnclosureWatch watch = samples(run);
        if (watch == null)
            return result(Verdict.INCONCLUSIVE, null, "no " + quantity + " for this run");
        long start = from;
        if (afterReaching) {
            start = -1;
            for (int i = 0; i < watch.size() && start < 0; i++)
                if (lower.isBelow(watch.bound(i))) start = watch.t(i) + from;
            if (start < 0)
                return result(
                        Verdict.INCONCLUSIVE,
                        null,
                        quantity + " never certifiably reached the lower end " + lower.text());
        }
        // a fact about the computed (rounded) run, which need not follow exact gradient descent
        int inside = 0, straddling = 0;
        String firstStraddle = null;
        for (int i = 0; i < watch.size(); i++) {
            long t = watch.t(i);
            if (t < start) continue;
            Sharpness.Bound b = watch.bound(i);
            boolean out = lower.isAbove(b) || upper.isBelow(b);
            if (out) {
                return result(
                                Verdict.FAILS,
                                "estimate: the interval of "
                                        + quantity
                                        + " at this computed iterate lies outside an enclosure of the band; "
                                        + "the computed run need not follow exact gradient descent",
                                String.format(
                                        Locale.ROOT,
                                        "%s in [%.10g, %.10g] at t = %d, outside [%s, %s] = [%.10g, %.10g] (window from t = %d)",
                                        quantity,
                                        b.lo(),
                                        b.hi(),
                                        t,
                                        lower.text(),
                                        upper.text(),
                                        lower.mid(),
                                        upper.mid(),
                                        start))
                        .graded(Evidence.ESTIMATE);
            }
            if (lower.isBelow(b) && upper.isAbove(b)) inside++;
            else {
                straddling++;
                if (firstStraddle == null)
                    firstStraddle =
                            String.format(
                                    Locale.ROOT, "[%.10g, %.10g] at t = %d", b.lo(), b.hi(), t);
            }
        }
        if (inside + straddling == 0)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    "no sample of " + quantity + " in the window from t = " + start);
        if (straddling > 0)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    straddling
                            + " of "
                            + (inside + straddling)
                            + " sampled intervals straddle an end of the band (rounding cannot tell), none lies outside; first "
                            + firstStraddle);
        return result(
                        Verdict.HOLDS,
                        "estimate: every sampled interval lies in an enclosure of the band; "
                                + "excursions between samples (every "
                                + watch.every()
                                + " iterations) and after the run are not seen",
                        String.format(
                                Locale.ROOT,
                                "%s in [%s, %s] = [%.10g, %.10g] at all %d samples from t = %d to %d",
                                quantity,
                                lower.text(),
                                upper.text(),
                                lower.mid(),
                                upper.mid(),
                                inside,
                                start,
                                watch.t(watch.size() - 1)))
                .graded(Evidence.ESTIMATE);
    }

    @Override
    public Level[] levels() {
        return new Level[] {lower, upper};
    }

    private ClaimResult result(Verdict v, String how, String message) {
        return ClaimResult.of(kind(), v, how, message);
    }
}
