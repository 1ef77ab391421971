package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.certify.CompiledLaw;
import dev.occam.certify.Evidence;
import dev.occam.certify.LawFit;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Legend;
import dev.occam.result.Role;
import dev.occam.result.Series;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A quantity follows a law in a swept parameter x across the sweep, e.g. the identity residual of
 * gradient descent ~ c x^k in the step x = eta, with k expected 1: one number per point (the
 * quantity's max over the run, or its value at the last iterate), the law fitted on log q by {@link
 * LawFit}. Decided on {@link Evidence#TREND}, the same at every point:
 *
 * <ul>
 *   <li>FAILS when the law does not describe the points (RMS of the log residuals above {@link
 *       #MISFIT}), or an expected constant lies beyond its tolerance by more than twice its
 *       standard error;
 *   <li>HOLDS when the law fits (RMS at most {@link #FIT}) and each expected constant lies within
 *       its tolerance by more than twice its standard error;
 *   <li>INCONCLUSIVE otherwise, with fewer points than constants plus one, and when a point is
 *       missing (it could not run, or the wall clock cut it).
 * </ul>
 */
public record TrendClaim(
        String quantity,
        FormulaQuantity formula,
        String statistic,
        String over,
        CompiledLaw law,
        Map<String, Double> expected,
        double tolerance)
        implements Claim {
    /** Largest RMS of log residuals (about 10%) for a law that describes the points. */
    static final double FIT = 0.1;

    /** Above this RMS (about 28%) the points do not follow the law. */
    static final double MISFIT = 0.25;

    @Override
    public String kind() {
        return "trend";
    }

    /** By the law's text: every sweep point compiles its own law, and must find the others. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TrendClaim c
                && c.quantity.equals(quantity)
                && c.statistic.equals(statistic)
                && c.over.equals(over)
                && c.law.text().equals(law.text())
                && c.expected.equals(expected)
                && c.tolerance == tolerance;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(quantity, statistic, over, law.text());
    }

    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        if (formula != null) {
            // a formula quantity is seen only by a watch, whatever the statistic
            Quantities.Quantity q =
                    Quantities.watched(quantity, formula, problem, objective, prediction, tier);
            return q == null ? null : new StatisticWatch(q);
        }
        return statisticWatch(quantity, statistic, problem, objective, prediction, tier);
    }

    /**
     * A watch for the max over every iterate, or for a quantity of the factors; null for the final
     * value of others, which the last recorded iterate gives without a cost per iteration.
     */
    static IterationWatch statisticWatch(
            String quantity,
            String statistic,
            Problem problem,
            Objective objective,
            Prediction prediction,
            Tier tier) {
        if (statistic.equals("final") && !Quantities.live(quantity)) return null;
        Quantities.Quantity q = Quantities.watched(quantity, problem, objective, prediction, tier);
        return q == null ? null : new StatisticWatch(q);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        return inconclusive("a trend is decided across the sweep's points");
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference, List<PointRun> sweep) {
        SweepSeries s = SweepSeries.of(this, quantity, over, statistic, sweep);
        int k = law.constants().size();
        if (!s.missing().isEmpty())
            return inconclusive(
                    "a trend needs the quantity at every point: missing " + s.missing());
        if (s.size() < k + 1)
            return inconclusive(
                    "fitting "
                            + k
                            + " constants needs at least "
                            + (k + 1)
                            + " points with the quantity, got "
                            + s.size());
        double[] logQ = new double[s.size()];
        for (int i = 0; i < logQ.length; i++) logQ[i] = Math.log(Math.abs(s.q()[i]));
        LawFit.Fit fit = LawFit.fit(law, s.x(), logQ);
        if (fit == null) return inconclusive("the law " + law.text() + " could not be fitted");
        StringBuilder constants = new StringBuilder();
        for (String name : fit.names())
            constants.append(
                    String.format(
                            java.util.Locale.ROOT,
                            "%s%s = %s +- %s",
                            constants.length() == 0 ? "" : ", ",
                            name,
                            Numbers.sci(fit.get(name)),
                            Numbers.sci(fit.sigma(name))));
        String fitted =
                quantity
                        + " ("
                        + statistic
                        + ") over "
                        + over
                        + " at "
                        + s.size()
                        + " points follows "
                        + law.text()
                        + " with "
                        + constants
                        + ", RMS log residual "
                        + Numbers.sci(fit.rmsLog())
                        + s.unsettledNote();
        if (fit.rmsLog() > MISFIT)
            return decided(Verdict.FAILS, fitted + ": the points do not follow the law");
        List<String> off = new ArrayList<>(), unsure = new ArrayList<>();
        for (var e : expected.entrySet()) {
            double gap = Math.abs(fit.get(e.getKey()) - e.getValue());
            double sigma = fit.sigma(e.getKey());
            String text = e.getKey() + " (expected " + Numbers.sci(e.getValue()) + ")";
            if (!Double.isFinite(sigma)) unsure.add(text + " has no standard error");
            else if (gap > tolerance + 2 * sigma) off.add(text);
            else if (gap + 2 * sigma > tolerance)
                unsure.add(text + " is within 2 standard errors of the tolerance");
        }
        if (!off.isEmpty())
            return decided(
                    Verdict.FAILS,
                    fitted
                            + ": "
                            + String.join(", ", off)
                            + " beyond tolerance "
                            + Numbers.sci(tolerance));
        if (!unsure.isEmpty() || fit.rmsLog() > FIT)
            return inconclusive(
                    fitted
                            + (unsure.isEmpty()
                                    ? ": the fit is loose (RMS above " + FIT + ")"
                                    : ": " + String.join(", ", unsure)));
        return decided(
                Verdict.HOLDS,
                fitted
                        + (expected.isEmpty()
                                ? ""
                                : ", expected constants within " + Numbers.sci(tolerance)));
    }

    /** The points (x_i, q_i) and the fitted law on 100 log-spaced x across them. */
    @Override
    public List<Series> sweepCurves(List<PointRun> sweep) {
        SweepSeries s = SweepSeries.of(this, quantity, over, statistic, sweep);
        if (s.size() < law.constants().size() + 1) return List.of();
        Role.Panel panel = Role.Panel.of(quantity);
        List<Series> out = new ArrayList<>();
        out.add(new Series(new Role(panel, Role.Style.SCATTER, over), Legend.ROLE, s.x(), s.q()));
        double[] logQ = new double[s.size()];
        for (int i = 0; i < logQ.length; i++) logQ[i] = Math.log(Math.abs(s.q()[i]));
        LawFit.Fit fit = LawFit.fit(law, s.x(), logQ);
        double lo = s.x()[0], hi = s.x()[s.size() - 1];
        if (fit == null || !(lo > 0) || !(hi > lo)) return out;
        int n = 100;
        double[] x = new double[n], y = new double[n];
        double[] args = new double[fit.values().length + 1];
        System.arraycopy(fit.values(), 0, args, 1, fit.values().length);
        for (int i = 0; i < n; i++) {
            x[i] = lo * Math.pow(hi / lo, i / (n - 1.0));
            args[0] = x[i];
            y[i] = law.value().value(args);
        }
        out.add(new Series(Role.fit(panel), new Legend.Fit(law.text()), x, y));
        return out;
    }

    private ClaimResult decided(Verdict v, String message) {
        return ClaimResult.of(
                        kind(),
                        v,
                        "trend: a law fitted across the sweep's points; nothing is proved between or beyond them",
                        message)
                .graded(Evidence.TREND);
    }

    private ClaimResult inconclusive(String why) {
        return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, null, why);
    }
}
