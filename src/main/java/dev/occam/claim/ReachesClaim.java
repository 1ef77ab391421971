package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.certify.Sharpness;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.Locale;

/**
 * A quantity crosses a level (progressive sharpening: sharpness reaches (1 - delta) 2/eta), seen at
 * the samples of an {@link EnclosureWatch} (every {@code every}-th iterate):
 *
 * <ul>
 *   <li>HOLDS at the first sample, by iteration {@code within} when given, whose whole interval
 *       lies beyond the level: the computed iterate there has the quantity beyond it ({@link
 *       Evidence#ESTIMATE}: proved for the rounded run, which need not follow exact GD);
 *   <li>FAILS (estimate) only with {@code within}, a cadence of 1 and every iterate up to {@code
 *       within} seen and certified on the near side: then no iterate of the run crossed in time;
 *   <li>INCONCLUSIVE otherwise: an interval that straddles the level (a crossing that rounding
 *       cannot resolve) never decides, and a run that has not crossed yet might later.
 * </ul>
 */
public record ReachesClaim(String quantity, Level level, boolean above, long within, long every)
        implements SampledClaim {
    @Override
    public String kind() {
        return "reaches";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        EnclosureWatch watch = samples(run);
        if (watch == null)
            return result(Verdict.INCONCLUSIVE, null, "no " + quantity + " for this run");
        String side = above ? "above" : "below";
        // a fact about the computed (rounded) run, which need not follow exact gradient descent
        // through a chaotic phase: an estimate of what the algorithm does, like every observation
        int straddling = 0;
        boolean allNear = true;
        boolean consecutive = true; // no iterate skipped (a quantity undefined there is skipped)
        long seenUpTo = -1;
        for (int i = 0; i < watch.size(); i++) {
            long t = watch.t(i);
            if (within >= 0 && t > within) break;
            consecutive &= i == 0 ? t <= 1 : t == seenUpTo + 1;
            seenUpTo = t;
            Sharpness.Bound b = watch.bound(i);
            boolean beyond = above ? level.isBelow(b) : level.isAbove(b);
            boolean near = above ? level.isAbove(b) : level.isBelow(b);
            if (beyond) {
                return result(
                                Verdict.HOLDS,
                                "estimate: " + describe(),
                                String.format(
                                        Locale.ROOT,
                                        "%s in [%.10g, %.10g] at t = %d, %s the level %s in [%.10g, %.10g]",
                                        quantity,
                                        b.lo(),
                                        b.hi(),
                                        t,
                                        side,
                                        level.text(),
                                        level.value().lo(),
                                        level.value().hi()))
                        .graded(Evidence.ESTIMATE);
            }
            if (!near) straddling++;
            allNear &= near;
        }
        boolean everyIterate =
                watch.every() == 1 && within >= 0 && seenUpTo >= within && consecutive;
        if (everyIterate && allNear)
            return result(
                            Verdict.FAILS,
                            "estimate: " + describe(),
                            String.format(
                                    Locale.ROOT,
                                    "%s stayed certifiably %s the level %s at every iterate up to t = %d",
                                    quantity,
                                    above ? "below" : "above",
                                    level.text(),
                                    within))
                    .graded(Evidence.ESTIMATE);
        return result(
                Verdict.INCONCLUSIVE,
                null,
                String.format(
                        Locale.ROOT,
                        "no sample%s had %s certifiably %s %s (%d of %d sampled intervals, every %d iterations, "
                                + "straddle it: rounding cannot tell the side); closest: %s",
                        within >= 0 ? " up to t = " + within : "",
                        quantity,
                        side,
                        level.text(),
                        straddling,
                        watch.size(),
                        watch.every(),
                        closest(watch)));
    }

    private String describe() {
        return Enclosed.certified(quantity)
                ? "the certified interval of "
                        + quantity
                        + " at the computed iterate (rounded to double) against an enclosure of the level; "
                        + "the computed run need not follow exact gradient descent"
                : "the computed loss widened by its rounding slack against the level";
    }

    /** The sample nearest the level from the near side, as text. */
    private String closest(EnclosureWatch watch) {
        int best = 0;
        for (int i = 1; i < watch.size(); i++) {
            double a = above ? watch.bound(i).hi() : -watch.bound(i).lo();
            double b = above ? watch.bound(best).hi() : -watch.bound(best).lo();
            if (a > b) best = i;
        }
        Sharpness.Bound b = watch.bound(best);
        return String.format(
                Locale.ROOT, "[%.10g, %.10g] at t = %d", b.lo(), b.hi(), watch.t(best));
    }

    @Override
    public Level[] levels() {
        return new Level[] {level};
    }

    private ClaimResult result(Verdict v, String how, String message) {
        return ClaimResult.of(kind(), v, how, message);
    }
}
