package dev.occam.check;

import dev.occam.algorithm.Trajectory;
import dev.occam.prediction.Prediction;
import dev.occam.result.Legend;
import dev.occam.result.LimitTable;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;
import dev.occam.run.PointRun;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each sweep point's limit beside the prediction and the reference solutions: a curve across the
 * points and a table.
 */
final class SweepLimits {
    private SweepLimits() {}

    /**
     * With several sweep points: the distance of each point's limit to the prediction and to each
     * reference point, against the point's number (role "limit:...", x = 1..n as in the table).
     */
    static List<Series> curves(List<PointRun> runs) {
        if (runs.size() < 2 || runs.stream().anyMatch(r -> r == null || r.predicted() == null))
            return List.of();
        Prediction p = runs.get(0).prediction();
        List<Series> out = new ArrayList<>();
        double[] x = new double[runs.size()];
        double[] toPrediction = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            x[i] = i + 1;
            toPrediction[i] = runs.get(i).trajectory().last().distance(runs.get(i).predicted());
        }
        out.add(new Series(limit("prediction"), Legend.ROLE, x, toPrediction));
        for (Map.Entry<String, BigDecimal[]> e : p.references().entrySet()) {
            double[] d = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                PointRun r = runs.get(i);
                d[i] = r.trajectory().last().distance(r.tier().of(e.getValue()));
            }
            out.add(new Series(limit(e.getKey()), Legend.ROLE, x, d));
        }
        double[] bounds = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) bounds[i] = runs.get(i).limitBound();
        out.add(
                new Series(
                        limit("bound"),
                        new Legend.Bound(runs.get(0).tail().evidence()),
                        x,
                        bounds));
        return out;
    }

    private static Role limit(String name) {
        return new Role(Panel.LIMIT, Style.MEASURED, name);
    }

    /**
     * With several points or reference solutions: the limit of each point, beside the prediction
     * and the references; null otherwise.
     */
    static LimitTable table(List<PointRun> runs, int points) {
        PointRun first = runs.stream().filter(r -> r != null).findFirst().orElse(null);
        if (first == null) return null;
        Prediction p = first.prediction();
        boolean references = p != null && p.references() != null && !p.references().isEmpty();
        if (points < 2 && !references) return null;
        List<LimitTable.Point> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PointRun r = runs.get(i);
            if (r == null) continue;
            Trajectory t = r.trajectory();
            rows.add(
                    new LimitTable.Point(
                            i + 1,
                            new ArrayList<>(r.parameters().values()),
                            t.last().isFinite() ? t.last().decimals() : null,
                            r.limitBound(),
                            r.tail().evidence(),
                            r.predicted() == null ? null : t.last().distance(r.predicted())));
        }
        List<LimitTable.Reference> named = new ArrayList<>();
        if (p != null && p.value() != null) {
            named.add(new LimitTable.Reference(p.kind(), true, p.value()));
            for (Map.Entry<String, BigDecimal[]> e : p.references().entrySet())
                named.add(new LimitTable.Reference(e.getKey(), false, e.getValue()));
        }
        return new LimitTable(new ArrayList<>(first.parameters().keySet()), rows, named);
    }
}
