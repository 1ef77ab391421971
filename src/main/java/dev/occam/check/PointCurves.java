package dev.occam.check;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.LinearUpdate;
import dev.occam.claim.Geometry;
import dev.occam.claim.Quantities;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Classification;
import dev.occam.result.Legend;
import dev.occam.result.Legend.InverseLogSquared;
import dev.occam.result.Legend.InverseTime;
import dev.occam.result.Legend.LogLaw;
import dev.occam.result.Legend.SlopeThroughFinal;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Series;
import dev.occam.run.PointRun;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The plot curves of one sweep point's run: measured quantities against iteration, and the laws
 * theory predicts for them.
 */
final class PointCurves {
    private PointCurves() {}

    /**
     * Distance to the prediction and loss against iteration; for a classification run with a
     * max-margin prediction, the panels of {@link #classificationPanels} instead.
     */
    static List<Series> of(PointRun run) {
        if (Geometry.of(run) != null) return classificationPanels(run);
        List<Series> out = new ArrayList<>();
        for (Panel q : List.of(Panel.DISTANCE, Panel.LOSS)) {
            Series s = measured(q, run);
            if (s != null) out.add(s);
        }
        out.addAll(singularValues(run));
        out.addAll(homogeneousMargins(run));
        return out;
    }

    /**
     * For a homogeneous classifier, Lyu and Li's normalized and smoothed margins against iteration
     * on one panel ("margin:normalized-margin", "margin:smoothed-margin"): the smoothed one rises
     * to the normalized one's limit from below.
     */
    private static List<Series> homogeneousMargins(PointRun run) {
        List<Series> out = new ArrayList<>();
        for (String q : List.of("normalized-margin", "smoothed-margin")) {
            double[][] s = Quantities.series(q, run);
            if (s == null) continue;
            int n = 0;
            for (double v : s[1]) if (Double.isFinite(v)) n++;
            if (n == 0) continue;
            double[] x = new double[n], y = new double[n];
            n = 0;
            for (int i = 0; i < s[0].length; i++) {
                if (Double.isFinite(s[1][i])) {
                    x[n] = s[0][i];
                    y[n++] = s[1][i];
                }
            }
            out.add(new Series(new Role(Panel.MARGIN, Role.Style.MEASURED, q), Legend.ROLE, x, y));
        }
        return out;
    }

    /**
     * For a matrix iterate, every singular value of W_t against iteration
     * ("singular-values:sigma-k"), the trajectories the factorization papers plot: low rank shows
     * as the small ones falling away.
     */
    private static List<Series> singularValues(PointRun run) {
        double[][][] s = Quantities.singularValueSeries(run);
        List<Series> out = new ArrayList<>();
        if (s == null) return out;
        for (int k = 0; k < s.length; k++)
            out.add(
                    new Series(
                            new Role(
                                    Panel.SINGULAR_VALUES, Role.Style.MEASURED, "sigma-" + (k + 1)),
                            Legend.ROLE,
                            s[k][0],
                            s[k][1]));
        return out;
    }

    /**
     * Quantity q against iteration, without the non-positive values (exact hits) log axes cannot
     * show.
     */
    private static Series measured(Panel q, PointRun run) {
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
        return new Series(Role.measured(q), Legend.ROLE, x, y);
    }

    /**
     * The deck's "empirical phenomena of GD" (SHN+18) for a classification run with a max-margin
     * prediction, one panel per {@link Panel} (report.Plots draws them):
     *
     * <ul>
     *   <li>(A) "separator", 2-D data only: the points by label ("scatter:separator:positive",
     *       "scatter:separator:negative"), the max-margin separator w_hat.x = 0
     *       ("predicted:separator:max-margin"), the margin lines w_hat.x = +-1
     *       ("guide:separator:margin+1", "guide:separator:margin-1") and the separator of the run's
     *       final iterate ("dashed:separator:run"); lines span three times the data's box (the plot
     *       clips);
     *   <li>(B) "norm": ||w_t|| against t, with "predicted:norm" = ||w_hat|| log t + norm-offset;
     *   <li>(C) "loss": L(w_t), with "predicted:loss" = loss-constant / t;
     *   <li>(D) "direction-gap": 1 - cos(w_t, w_hat), with "predicted:direction-gap" =
     *       direction-constant / (log t + norm-offset / ||w_hat||)^2;
     *   <li>(E) "offset-residual": ||w_t - w_hat log t - w~||, when the offset w~ is predicted.
     * </ul>
     *
     * The predicted lines are SHN+18's asymptotics for constant-step gradient descent: other
     * algorithms get the measured curves only. Without a predicted offset the norm line has slope
     * ||w_hat|| through the final iterate (and says so). Rate claims add their fits ("fit:norm",
     * ...).
     */
    static List<Series> classificationPanels(PointRun run) {
        List<Series> out = new ArrayList<>();
        Classification data = (Classification) run.problem();
        Prediction p = run.prediction();
        double[] hat = doubles(p.quantities().getOrDefault("w_hat", p.value()));
        if (data.dimension() == 2)
            out.addAll(
                    SeparatorPanel.of(
                            data,
                            hat,
                            run.trajectory().last().toDoubleArray(),
                            run.trajectory().iterations()));
        boolean shn = shnAsymptotics(run.algorithm());
        double slope = Geometry.constant("max-margin-norm", run);
        double normOffset = Geometry.constant("norm-offset", run);

        Series norm = measured(Panel.NORM, run);
        if (norm != null) {
            out.add(norm);
            if (shn && norm.x().length > 0) {
                double b = normOffset;
                Legend legend = new LogLaw(slope, b);
                if (Double.isNaN(b)) {
                    // no offset predicted: the predicted slope through the final iterate
                    int last = norm.x().length - 1;
                    b = norm.y()[last] - slope * Math.log(norm.x()[last]);
                    legend = new SlopeThroughFinal(slope);
                }
                double offset = b;
                out.add(predicted(Panel.NORM, legend, norm, t -> slope * Math.log(t) + offset));
            }
        }
        Series loss = measured(Panel.LOSS, run);
        if (loss != null) {
            out.add(loss);
            double c = Geometry.constant("loss-constant", run);
            if (shn && Double.isFinite(c)) {
                out.add(predicted(Panel.LOSS, new InverseTime(c), loss, t -> c / t));
            }
        }
        Series gap = measured(Panel.DIRECTION_GAP, run);
        if (gap != null) {
            out.add(gap);
            double c = Geometry.constant("direction-constant", run), d = normOffset / slope;
            if (shn && Double.isFinite(c) && Double.isFinite(d) && c > 0) {
                out.add(
                        predicted(
                                Panel.DIRECTION_GAP,
                                new InverseLogSquared(c, d),
                                gap,
                                t -> {
                                    double l = Math.log(t) + d;
                                    return l > 0 ? c / (l * l) : Double.NaN;
                                }));
            }
        }
        Series residual = measured(Panel.OFFSET_RESIDUAL, run);
        if (residual != null) out.add(residual);
        return out;
    }

    /**
     * Whether SHN+18's asymptotic laws, for gradient descent with a constant positive step, are
     * drawn for this method.
     */
    private static boolean shnAsymptotics(Algorithm a) {
        LinearUpdate u = a.linearUpdate();
        return a.shnFamily()
                && u != null
                && u.kind() == LinearUpdate.Kind.GRADIENT_DESCENT
                && u.step().constant() > 0;
    }

    /**
     * The asymptotic law f at the measured samples' t >= 1, where it lies within a factor 2 of the
     * measured range: early on, before the asymptotic regime, it would only stretch the axis (a
     * negative norm, a direction gap blowing up where log t + d passes 0).
     */
    private static Series predicted(
            Panel quantity, Legend legend, Series measured, DoubleUnaryOperator f) {
        double lo = Arrays.stream(measured.y()).min().orElse(0),
                hi = Arrays.stream(measured.y()).max().orElse(0);
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
        return new Series(Role.predicted(quantity), legend, x, y);
    }

    private static double[] doubles(BigDecimal[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].doubleValue();
        return out;
    }
}
