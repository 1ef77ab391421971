package dev.occam.check;

import dev.occam.algorithm.Trajectory;
import dev.occam.prediction.Prediction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns runs into the report-facing parts of a result: prediction, plot series, tables. */
final class Reports {
    private static final int PREDICTION_DIGITS = 40;

    private Reports() {
    }

    static PredictionResult prediction(Prediction p) {
        if (p == null) return null;
        List<String> pre = new ArrayList<>(p.preconditions());
        if (p.unmet() != null) pre.add("NOT MET: " + p.unmet());
        String exact = p.exact() == null ? null : symjaList(p.exact());
        return new PredictionResult(p.kind(), p.value() == null ? null : Results.decimals(p.value(), PREDICTION_DIGITS),
                exact, p.certificate(), pre);
    }

    /** Distance to the prediction and loss against iteration. */
    static List<Series> series(PointRun run) {
        List<Series> out = new ArrayList<>();
        for (String q : List.of("distance", "loss")) {
            double[][] s = Quantities.series(q, run);
            if (s == null) continue;
            // zero values (exact hits) cannot sit on log axes: drop them
            int n = 0;
            for (double v : s[1]) if (v > 0) n++;
            double[] x = new double[n], y = new double[n];
            n = 0;
            for (int i = 0; i < s[0].length; i++) {
                if (s[1][i] > 0) {
                    x[n] = s[0][i];
                    y[n++] = s[1][i];
                }
            }
            out.add(new Series(q, q.equals("distance") ? "||w_t - prediction||" : "L(w_t)", x, y));
        }
        return out;
    }

    /**
     * With several sweep points: the distance of each point's limit to the prediction and to each
     * reference point, against the point's number (role "limit:...", x = 1..n as in the table).
     */
    static List<Series> limits(List<PointRun> runs) {
        if (runs.size() < 2 || runs.stream().anyMatch(r -> r == null || r.predicted() == null)) return List.of();
        Prediction p = runs.get(0).prediction();
        List<Series> out = new ArrayList<>();
        double[] x = new double[runs.size()];
        double[] toPrediction = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            x[i] = i + 1;
            toPrediction[i] = runs.get(i).trajectory().last().distance(runs.get(i).predicted());
        }
        out.add(new Series("limit:prediction", "||limit - prediction||", x, toPrediction));
        for (Map.Entry<String, BigDecimal[]> e : p.references().entrySet()) {
            double[] d = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                PointRun r = runs.get(i);
                d[i] = r.trajectory().last().distance(r.tier().of(e.getValue()));
            }
            out.add(new Series("limit:" + e.getKey(), "||limit - " + e.getKey() + "||", x, d));
        }
        double[] bounds = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) bounds[i] = runs.get(i).limitBound();
        out.add(new Series("limit:bound", "certified bound on ||w_T - limit||", x, bounds));
        return out;
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
        header.addAll(List.of("limit (certified digits)", "bound on ||w_T - w_inf||", "distance to prediction"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PointRun r = runs.get(i);
            if (r == null) continue;
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1)));
            row.addAll(r.parameters().values());
            Trajectory t = r.trajectory();
            double b = r.limitBound();
            row.add(t.last().isFinite() ? vector(t.last().decimals(), b) : "diverged");
            row.add(Numbers.sci(b));
            row.add(r.predicted() == null ? "-" : Numbers.sci(t.last().distance(r.predicted())));
            rows.add(row);
        }
        if (p != null && p.value() != null) {
            rows.add(reference(header.size(), "prediction: " + p.kind(), vector(p.value(), 0)));
            for (Map.Entry<String, BigDecimal[]> e : p.references().entrySet()) {
                rows.add(reference(header.size(), e.getKey(), vector(e.getValue(), 0)));
            }
        }
        return List.of(new SpecResult.Table("Limit per sweep point", header, rows));
    }

    /** A reference point's row: its name in the first column, its value under "limit". */
    private static List<String> reference(int width, String name, String value) {
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(width, ""));
        row.set(0, name);
        row.set(width - 3, value);
        return row;
    }

    /**
     * The vector rounded to the decimals the bound certifies ({@code bound} 0: 30 significant digits,
     * for exact or far more precise values).
     */
    static String vector(BigDecimal[] v, double bound) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(", ");
            BigDecimal x = v[i];
            if (bound > 0) {
                int decimals = Double.isFinite(bound) ? (int) Math.max(0, Math.floor(-Math.log10(bound))) : 0;
                sb.append(Double.isFinite(bound) ? x.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() : "?");
            } else {
                sb.append(x.round(new java.math.MathContext(30)).toPlainString());
            }
        }
        return sb.append(']').toString();
    }

    static String symjaList(org.hipparchus.fraction.BigFraction[] v) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(v[i].getDenominator().equals(java.math.BigInteger.ONE) ? v[i].getNumerator().toString()
                    : v[i].getNumerator() + "/" + v[i].getDenominator());
        }
        return sb.append('}').toString();
    }
}
