package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.LinearUpdate;
import dev.occam.algorithm.StepSize;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.certify.StepBound;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.MarginLoss;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.Locale;

/**
 * A named quantity, or a {@link FormulaQuantity} (then {@code quantity} is its text), is monotone
 * (nonincreasing or nondecreasing) from t = after on, watched at EVERY iterate by a {@link
 * MonotoneWatch} during the run, against the running extremum with the quantity's rounding slack:
 *
 * <ul>
 *   <li>FAILS with the first iterate that moved the wrong way beyond the slack ({@link
 *       Evidence#ESTIMATE}: the computed run is taken to follow the exact one within the slack);
 *   <li>HOLDS over all T iterates of the run; for all t (the claim's real content) only when a
 *       descent lemma proves it: the loss of gradient descent with every future step below
 *       1/sigma_max^2 on least squares, or below 2/(beta sigma_max^2) on the sublevel set of a
 *       classification loss ({@link Evidence#PROVED_BOUND}); else the run's T iterates are
 *       extrapolated ({@link Evidence#ESTIMATE});
 *   <li>INCONCLUSIVE with fewer than two iterates after t, or when the run had no watch (then the
 *       log-spaced samples can still show a counterexample, never a HOLDS).
 * </ul>
 */
public record MonotoneClaim(
        String quantity, boolean increasing, long after, FormulaQuantity formula) implements Claim {
    /** A monotone claim on a named quantity. */
    public MonotoneClaim(String quantity, boolean increasing, long after) {
        this(quantity, increasing, after, null);
    }

    @Override
    public String kind() {
        return "monotone";
    }

    /** The watch for one run, or null when the quantity is unavailable there. */
    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        Quantities.Quantity q =
                Quantities.watched(quantity, formula, problem, objective, prediction, tier);
        return q == null ? null : new MonotoneWatch(q, increasing, after);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        String direction = increasing ? "nondecreasing" : "nonincreasing";
        if (!(run.watches().get(this) instanceof MonotoneWatch watch))
            return sampled(run, direction);
        String name = quantity.equals("loss") ? "log L" : quantity;
        if (watch.violation() != null) {
            long[] t = watch.violationT();
            double[] v = watch.violation();
            return result(
                            Verdict.FAILS,
                            String.format(
                                    Locale.ROOT,
                                    "estimate: every iterate compared with the running extremum; "
                                            + "a move of %.3g the wrong way against a rounding slack of %.3g at the computed iterate",
                                    Math.abs(v[1] - v[0]),
                                    watch.violationSlack()),
                            String.format(
                                    Locale.ROOT,
                                    "%s is not %s: %.17g at t = %d, then %.17g at t = %d",
                                    name,
                                    direction,
                                    v[0],
                                    t[0],
                                    v[1],
                                    t[1]))
                    .graded(Evidence.ESTIMATE);
        }
        if (watch.compared() == 0)
            return result(Verdict.INCONCLUSIVE, null, "fewer than two iterates after t = " + after);
        String seen =
                quantity
                        + " is "
                        + direction
                        + " over all "
                        + watch.compared()
                        + " iterates from t = "
                        + after;
        String lemma = descentLemma(run);
        if (lemma != null)
            return result(Verdict.HOLDS, "proved: " + lemma, seen + ", and for every later t")
                    .graded(Evidence.PROVED_BOUND);
        return result(
                        Verdict.HOLDS,
                        "estimate: every iterate of the run compared with the running extremum, within its rounding "
                                + "slack; nothing proves the iterates after t = "
                                + run.trajectory().iterations()
                                + " keep it",
                        seen)
                .graded(Evidence.ESTIMATE);
    }

    /**
     * Why the loss of this run is nonincreasing for every t >= after, or null: gradient descent
     * with L(w - eta g) <= L(w) - eta (1 - eta beta/2) ||g||^2, beta bounding the Hessian where the
     * iterates live (least squares: 2 sigma_max^2 everywhere; classification: on {L <= L(w0)},
     * which the decrease keeps them in).
     */
    private String descentLemma(PointRun run) {
        LinearUpdate update = run.algorithm().linearUpdate();
        if (!quantity.equals("loss")
                || increasing
                || update == null
                || update.kind() != LinearUpdate.Kind.GRADIENT_DESCENT) return null;
        StepSize step = update.step();
        if (step.scalesWithLoss()) return null;
        double eta = step.supremumFrom(after);
        if (run.facts() != null && eta * run.facts().lambdaMax() < 1) {
            return "gradient descent on least squares with every step from t = "
                    + after
                    + " at most "
                    + Numbers.sci(eta)
                    + " < 1/sigma_max^2 ("
                    + run.facts().spectrum()
                    + "): L(w - eta g) = L - eta ||g||^2 + eta^2 ||X g||^2 < L "
                    + "(descent lemma, exact since L is quadratic)";
        }
        MarginLoss data = run.problem().marginLoss();
        if (data != null) {
            // the sublevel set is {L <= L(w0)}: every step from t = 0 must keep the iterates in it
            double fromStart = step.supremumFrom(0);
            StepBound.Smoothness s = StepBound.smoothness(data, run.w0());
            if (fromStart * s.value() < 2) {
                return "gradient descent with every step at most "
                        + Numbers.sci(fromStart)
                        + " < 2/(beta sigma_max^2) = "
                        + Numbers.sci(2 / s.value())
                        + " on {L <= L(w0)} ("
                        + s.proof()
                        + "): the descent lemma keeps every iterate in that set and L nonincreasing";
            }
        }
        return null;
    }

    /**
     * Without a watch: only the recorded samples, which can refute the claim but not establish it.
     */
    private ClaimResult sampled(PointRun run, String direction) {
        double[][] s = Quantities.series(quantity, formula, run);
        if (s == null)
            return result(Verdict.INCONCLUSIVE, null, "no " + quantity + " for this run");
        double slack = 100 * run.tier().epsilon();
        Integer previous = null;
        for (int i = 0; i < s[0].length; i++) {
            if (s[0][i] < after || !Double.isFinite(s[1][i])) continue;
            if (previous != null) {
                double a = s[1][previous], b = s[1][i];
                if ((increasing ? a - b : b - a) > slack * Math.max(Math.abs(a), Math.abs(b))) {
                    return result(
                                    Verdict.FAILS,
                                    "estimate: recorded samples, rounding slack 100 eps",
                                    String.format(
                                            Locale.ROOT,
                                            "%s is not %s: %.17g at t = %d, then %.17g at t = %d",
                                            quantity,
                                            direction,
                                            a,
                                            (long) s[0][previous],
                                            b,
                                            (long) s[0][i]))
                            .graded(Evidence.ESTIMATE);
                }
            }
            previous = i;
        }
        return result(
                Verdict.INCONCLUSIVE,
                null,
                "only log-spaced samples of "
                        + quantity
                        + " were recorded: no violation among them,"
                        + " which says nothing about the iterations in between");
    }

    private ClaimResult result(Verdict v, String how, String message) {
        return ClaimResult.of(kind(), v, how, message);
    }
}
