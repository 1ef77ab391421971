package dev.occam.check;

import dev.occam.numeric.Value;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.DoubleUnaryOperator;
import dev.occam.result.Decimals;
import dev.occam.claim.Geometry;
import dev.occam.claim.Quantities;
import dev.occam.result.PredictionResult;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;
import dev.occam.result.SpecResult;
import dev.occam.run.PointRun;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Numbers;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Classification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns runs into the report-facing parts of a result: prediction, plot series, tables. */
final class Reports {

    private Reports() {
    }

    static PredictionResult prediction(Prediction p) {
        if (p == null) return null;
        List<String> pre = new ArrayList<>(p.preconditions());
        if (p.unmet() != null) pre.add("NOT MET: " + p.unmet());
        String exact = p.exact() == null ? null : Value.text(p.exact());
        return new PredictionResult(p.kind(), Decimals.prediction(p.value()),
                exact, p.certificate(), pre);
    }

    /**
     * Distance to the prediction and loss against iteration; for a classification run with a
     * max-margin prediction, the panels of {@link #classificationPanels} instead.
     */
    static List<Series> series(PointRun run) {
        if (Geometry.of(run) != null) return classificationPanels(run);
        List<Series> out = new ArrayList<>();
        for (Panel q : List.of(Panel.DISTANCE, Panel.LOSS)) {
            Series s = measured(q, q == Panel.DISTANCE ? "||w_t - prediction||" : "L(w_t)", run);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** Quantity q against iteration, without the non-positive values (exact hits) log axes cannot show. */
    private static Series measured(Panel q, String label, PointRun run) {
        double[][] s = Quantities.series(q.word(), run);
        if (s == null) return null;
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
        return new Series(Role.measured(q), label, x, y);
    }

    /**
     * The deck's "empirical phenomena of GD" (SHN+18) for a classification run with a max-margin
     * prediction, one panel per role group (report.Plots draws them):
     * <ul>
     * <li>(A) "separator", 2-D data only: the points by label ("scatter:separator:positive",
     * "scatter:separator:negative"), the max-margin separator w_hat.x = 0
     * ("predicted:separator:max-margin"), the margin lines w_hat.x = +-1
     * ("guide:separator:margin+1", "guide:separator:margin-1") and the separator of the run's final
     * iterate ("dashed:separator:run"); lines span three times the data's box (the plot clips);</li>
     * <li>(B) "norm": ||w_t|| against t, with "predicted:norm" = ||w_hat|| log t + norm-offset;</li>
     * <li>(C) "loss": L(w_t), with "predicted:loss" = loss-constant / t;</li>
     * <li>(D) "direction-gap": 1 - cos(w_t, w_hat), with "predicted:direction-gap" =
     * direction-constant / (log t + norm-offset / ||w_hat||)^2;</li>
     * <li>(E) "offset-residual": ||w_t - w_hat log t - w~||, when the offset w~ is predicted.</li>
     * </ul>
     * The predicted lines are SHN+18's asymptotics for constant-step gradient descent: other
     * algorithms get the measured curves only. Without a predicted offset the norm line has slope
     * ||w_hat|| through the final iterate (and says so). Rate claims add their fits ("fit:norm", ...).
     */
    static List<Series> classificationPanels(PointRun run) {
        List<Series> out = new ArrayList<>();
        Classification data = (Classification) run.problem();
        Prediction p = run.prediction();
        double[] hat = doubles(p.quantities().getOrDefault("w_hat", p.value()));
        if (data.dimension() == 2) out.addAll(separatorPanel(data, hat, run.trajectory().last().toDoubleArray(), run.trajectory().iterations()));
        boolean shn = run.algorithm() instanceof GradientDescent gd && gd.step() != null && !gd.step().scalesWithLoss()
                && Double.isFinite(gd.step().constant()) && gd.step().constant() > 0;
        double slope = Geometry.constant("max-margin-norm", run);
        double normOffset = Geometry.constant("norm-offset", run);

        Series norm = measured(Panel.NORM, "||w_t||", run);
        if (norm != null) {
            out.add(norm);
            if (shn && norm.x().length > 0) {
                double b = normOffset;
                String label = String.format(Locale.ROOT, "predicted %.4g log t %s %.4g", slope, b < 0 ? "-" : "+", Math.abs(b));
                if (Double.isNaN(b)) {
                    // no offset predicted: the predicted slope through the final iterate
                    int last = norm.x().length - 1;
                    b = norm.y()[last] - slope * Math.log(norm.x()[last]);
                    label = String.format(Locale.ROOT, "slope ||w_hat|| = %.4g through the final iterate", slope);
                }
                double offset = b;
                out.add(predicted(Panel.NORM, label, norm, t -> slope * Math.log(t) + offset));
            }
        }
        Series loss = measured(Panel.LOSS, "L(w_t)", run);
        if (loss != null) {
            out.add(loss);
            double c = Geometry.constant("loss-constant", run);
            if (shn && Double.isFinite(c)) {
                out.add(predicted(Panel.LOSS, String.format(Locale.ROOT, "predicted ||w_hat||^2 / (eta t) = %.4g / t", c), loss, t -> c / t));
            }
        }
        Series gap = measured(Panel.DIRECTION_GAP, "1 - cos(w_t, w_hat)", run);
        if (gap != null) {
            out.add(gap);
            double c = Geometry.constant("direction-constant", run), d = normOffset / slope;
            if (shn && Double.isFinite(c) && Double.isFinite(d) && c > 0) {
                out.add(predicted(Panel.DIRECTION_GAP, String.format(Locale.ROOT, "predicted %.4g / (log t %s %.4g)^2", c, d < 0 ? "-" : "+",
                        Math.abs(d)), gap, t -> {
                            double l = Math.log(t) + d;
                            return l > 0 ? c / (l * l) : Double.NaN;
                        }));
            }
        }
        Series residual = measured(Panel.OFFSET_RESIDUAL, "||w_t - w_hat log t - w~||", run);
        if (residual != null) out.add(residual);
        return out;
    }

    /**
     * The asymptotic law f at the measured samples' t >= 1, where it lies within a factor 2 of the
     * measured range: early on, before the asymptotic regime, it would only stretch the axis (a
     * negative norm, a direction gap blowing up where log t + d passes 0).
     */
    private static Series predicted(Panel quantity, String label, Series measured, DoubleUnaryOperator f) {
        double lo = Arrays.stream(measured.y()).min().orElse(0), hi = Arrays.stream(measured.y()).max().orElse(0);
        List<double[]> keep = new ArrayList<>();
        for (double x : measured.x()) {
            double y = x >= 1 ? f.applyAsDouble(x) : Double.NaN;
            if (Double.isFinite(y) && y >= lo / 2 && y <= 2 * hi) keep.add(new double[] {x, y});
        }
        double[] x = new double[keep.size()], y = new double[keep.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = keep.get(i)[0];
            y[i] = keep.get(i)[1];
        }
        return new Series(Role.predicted(quantity), label, x, y);
    }

    /** Panel (A): the points by label, the max-margin separator and margin lines, and the run's separator. */
    private static List<Series> separatorPanel(Classification data, double[] hat, double[] last, long iterations) {
        List<Series> out = new ArrayList<>();
        double[][] x = new double[data.points()][2];
        double lo0 = 0, hi0 = 0, lo1 = 0, hi1 = 0;
        for (int n = 0; n < x.length; n++) {
            x[n][0] = data.x()[n][0].doubleValue();
            x[n][1] = data.x()[n][1].doubleValue();
            lo0 = Math.min(lo0, x[n][0]);
            hi0 = Math.max(hi0, x[n][0]);
            lo1 = Math.min(lo1, x[n][1]);
            hi1 = Math.max(hi1, x[n][1]);
        }
        for (int label : new int[] {1, -1}) {
            int count = 0;
            for (int y : data.labels()) if (y == label) count++;
            double[] a = new double[count], b = new double[count];
            count = 0;
            for (int n = 0; n < x.length; n++) {
                if (data.labels()[n] != label) continue;
                a[count] = x[n][0];
                b[count++] = x[n][1];
            }
            out.add(new Series(new Role(Panel.SEPARATOR, Style.SCATTER, label > 0 ? "positive" : "negative"), label > 0 ? "y = +1" : "y = -1", a, b));
        }
        // a box three times the data's (origin included): the plot shows the data's box and clips
        double w0 = Math.max(hi0 - lo0, 1e-300), w1 = Math.max(hi1 - lo1, 1e-300);
        double[] box = {lo0 - w0, hi0 + w0, lo1 - w1, hi1 + w1};
        addLine(out, new Role(Panel.SEPARATOR, Style.PREDICTED, "max-margin"), "max margin w_hat.x = 0", hat, 0, box);
        // one legend entry for both margin lines (report.Plots shows a repeated guide label once)
        addLine(out, new Role(Panel.SEPARATOR, Style.GUIDE, "margin+1"), "margins w_hat.x = ±1", hat, 1, box);
        addLine(out, new Role(Panel.SEPARATOR, Style.GUIDE, "margin-1"), "margins w_hat.x = ±1", hat, -1, box);
        addLine(out, new Role(Panel.SEPARATOR, Style.DASHED, "run"), "run w_T.x = 0 (T = " + iterations + ")", last, 0, box);
        return out;
    }

    /** The segment of the line {x : w.x = c} inside the box {x0min, x0max, x1min, x1max}; nothing when it misses the box. */
    private static void addLine(List<Series> out, Role role, String label, double[] w, double c, double[] box) {
        double[][] ends = segment(w, c, box);
        if (ends != null) out.add(new Series(role, label, new double[] {ends[0][0], ends[1][0]}, new double[] {ends[0][1], ends[1][1]}));
    }

    static double[][] segment(double[] w, double c, double[] box) {
        double a = w[0], b = w[1];
        if (!(Math.abs(a) + Math.abs(b) > 0) || !Double.isFinite(a) || !Double.isFinite(b)) return null;
        // parametrize x = p + s d with p the point of the line nearest the origin, d along the line
        double nn = a * a + b * b;
        double[] p = {c * a / nn, c * b / nn}, d = {-b, a};
        double sMin = Double.NEGATIVE_INFINITY, sMax = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 2; k++) {
            double lo = box[2 * k], hi = box[2 * k + 1];
            if (d[k] == 0) {
                if (p[k] < lo || p[k] > hi) return null;
                continue;
            }
            double s1 = (lo - p[k]) / d[k], s2 = (hi - p[k]) / d[k];
            sMin = Math.max(sMin, Math.min(s1, s2));
            sMax = Math.min(sMax, Math.max(s1, s2));
        }
        if (!(sMin < sMax)) return null;
        return new double[][] {{p[0] + sMin * d[0], p[1] + sMin * d[1]}, {p[0] + sMax * d[0], p[1] + sMax * d[1]}};
    }

    private static double[] doubles(BigDecimal[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
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
        out.add(new Series(limit("prediction"), "||limit - prediction||", x, toPrediction));
        for (Map.Entry<String, BigDecimal[]> e : p.references().entrySet()) {
            double[] d = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                PointRun r = runs.get(i);
                d[i] = r.trajectory().last().distance(r.tier().of(e.getValue()));
            }
            out.add(new Series(limit(e.getKey()), "||limit - " + e.getKey() + "||", x, d));
        }
        double[] bounds = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) bounds[i] = runs.get(i).limitBound();
        out.add(new Series(limit("bound"), "bound on ||w_T - limit|| (" + runs.get(0).tail().evidence().word() + ")", x, bounds));
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
