package dev.occam.check;

import dev.occam.result.Legend;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Numbers;
import dev.occam.prediction.Prediction;
import dev.occam.result.Decimals;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;
import dev.occam.result.SpecResult;
import dev.occam.run.PointRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Each sweep point's limit beside the prediction and the reference solutions: a curve across the points and a table. */
final class SweepLimits {
    private SweepLimits() {
    }

    /**
     * With several sweep points: the distance of each point's limit to the prediction and to each
     * reference point, against the point's number (role "limit:...", x = 1..n as in the table).
     */
    static List<Series> curves(List<PointRun> runs) {
        if (runs.size() < 2 || runs.stream().anyMatch(r -> r == null || r.predicted() == null)) return List.of();
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
        out.add(new Series(limit("bound"), new Legend.Bound(runs.get(0).tail().evidence()), x, bounds));
        return out;
    }

    private static Role limit(String name) {
        return new Role(Panel.LIMIT, Style.MEASURED, name);
    }

    /**
     * With several points or reference solutions: the limit of each point to its certified digits,
     * beside the prediction and the references.
     */
    static List<SpecResult.Table> tables(List<PointRun> runs, int points) {
        PointRun first = runs.stream().filter(r -> r != null).findFirst().orElse(null);
        if (first == null) return List.of();
        Prediction p = first.prediction();
        boolean references = p != null && p.references() != null && !p.references().isEmpty();
        if (points < 2 && !references) return List.of();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(first.parameters().keySet());
        header.addAll(List.of("limit (digits the bound gives)", "bound on ||w_T - w_inf||", "evidence", "distance to prediction"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PointRun r = runs.get(i);
            if (r == null) continue;
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1)));
            row.addAll(r.parameters().values());
            Trajectory t = r.trajectory();
            double b = r.limitBound();
            row.add(t.last().isFinite() ? Decimals.vector(t.last().decimals(), b) : "blew up");
            row.add(Numbers.sci(b));
            row.add(r.tail().evidence().word());
            row.add(r.predicted() == null ? "-" : Numbers.sci(t.last().distance(r.predicted())));
            rows.add(row);
        }
        if (p != null && p.value() != null) {
            rows.add(reference(header.size(), "prediction: " + p.kind(), Decimals.vector(p.value(), 0)));
            for (Map.Entry<String, BigDecimal[]> e : p.references().entrySet()) {
                rows.add(reference(header.size(), e.getKey(), Decimals.vector(e.getValue(), 0)));
            }
        }
        return List.of(new SpecResult.Table("Limit per sweep point", header, rows));
    }

    /** A reference point's row: its name in the first column, its value under "limit". */
    private static List<String> reference(int width, String name, String value) {
        List<String> row = new ArrayList<>(Collections.nCopies(width, ""));
        row.set(0, name);
        row.set(width - 4, value);
        return row;
    }
}
