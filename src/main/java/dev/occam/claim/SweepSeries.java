package dev.occam.claim;

import dev.occam.algorithm.Trajectory;
import dev.occam.run.PointRun;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One number per sweep point for claims across the sweep: the swept parameter's value x and the
 * quantity's statistic q (with its rounding slack), from each point's {@link StatisticWatch} (a
 * max, or a quantity of the factors) or else from its last recorded iterate, sorted by x. A point
 * whose run was cut by the wall clock counts as missing: where the clock stops depends on the
 * machine's load, and the checker reviews each point's own claims only.
 */
record SweepSeries(
        double[] x, double[] q, double[] slack, List<String> missing, List<String> unsettled) {

    /**
     * @param claim the claim at this point; each point planned its own, so the others' watches are
     *     found by an equal claim, not the same object
     */
    static SweepSeries of(
            Claim claim, String quantity, String over, String statistic, List<PointRun> sweep) {
        List<double[]> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>(), unsettled = new ArrayList<>();
        for (int i = 0; i < sweep.size(); i++) {
            PointRun run = sweep.get(i);
            String at = "point " + (i + 1);
            if (run == null) {
                missing.add(at + " (it could not run)");
                continue;
            }
            String text = run.parameters().get(over);
            StatisticWatch watch = watch(run, claim);
            double[] last = watch == null ? Quantities.last(quantity, run) : null;
            double q = watch != null ? watch.value(statistic) : last != null ? last[0] : Double.NaN;
            if (text == null) missing.add(at + " (it does not sweep " + over + ")");
            else if (run.trajectory().timeLimited())
                missing.add(
                        at
                                + " (its run was cut by the time limit, which depends on the machine's load)");
            else if (run.trajectory().blewUp()) missing.add(at + " (its run blew up)");
            else if (!Double.isFinite(q)) missing.add(at + " (the quantity was not seen)");
            else {
                rows.add(
                        new double[] {parse(text), q, watch != null ? watch.lastSlack() : last[1]});
                if (!settled(run.trajectory())) unsettled.add(at);
            }
        }
        rows.sort(Comparator.comparingDouble(r -> r[0]));
        double[] x = new double[rows.size()],
                q = new double[rows.size()],
                s = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i)[0];
            q[i] = rows.get(i)[1];
            s[i] = rows.get(i)[2];
        }
        return new SweepSeries(x, q, s, missing, unsettled);
    }

    /** The run stopped because its steps sank into the rounding floor, or at its given end. */
    private static boolean settled(Trajectory t) {
        return t.stopped().equals(Trajectory.FLOOR) || t.stopped().equals(Trajectory.END);
    }

    private static StatisticWatch watch(PointRun run, Claim claim) {
        for (var e : run.watches().entrySet())
            if (e.getKey().equals(claim) && e.getValue() instanceof StatisticWatch w) return w;
        return null;
    }

    /** A swept value as the sweep writes it: a decimal, or a rational p/q. */
    static double parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash > 0)
            return Double.parseDouble(t.substring(0, slash))
                    / Double.parseDouble(t.substring(slash + 1));
        return Double.parseDouble(t);
    }

    /** A remark on the points whose runs stopped at their budget, or "". */
    String unsettledNote() {
        return unsettled.isEmpty()
                ? ""
                : " ("
                        + String.join(", ", unsettled)
                        + " stopped at the iteration budget, still moving)";
    }

    int size() {
        return x.length;
    }
}
