package dev.occam.check;

import dev.occam.problem.Classification;
import dev.occam.result.Legend;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;

import java.util.ArrayList;
import java.util.List;

/**
 * Panel (A) of a 2-D classification run: the data by label, the max-margin separator with its
 * margins, and the run's separator.
 */
final class SeparatorPanel {
    private SeparatorPanel() {}

    /**
     * Panel (A): the points by label, the max-margin separator and margin lines, and the run's
     * separator.
     */
    static List<Series> of(Classification data, double[] hat, double[] last, long iterations) {
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
            out.add(
                    new Series(
                            new Role(
                                    Panel.SEPARATOR,
                                    Style.SCATTER,
                                    label > 0 ? "positive" : "negative"),
                            Legend.ROLE,
                            a,
                            b));
        }
        // a box three times the data's (origin included): the plot shows the data's box and clips
        double w0 = Math.max(hi0 - lo0, 1e-300), w1 = Math.max(hi1 - lo1, 1e-300);
        double[] box = {lo0 - w0, hi0 + w0, lo1 - w1, hi1 + w1};
        addLine(
                out,
                new Role(Panel.SEPARATOR, Style.PREDICTED, "max-margin"),
                Legend.ROLE,
                hat,
                0,
                box);
        addLine(out, new Role(Panel.SEPARATOR, Style.GUIDE, "margin+1"), Legend.ROLE, hat, 1, box);
        addLine(out, new Role(Panel.SEPARATOR, Style.GUIDE, "margin-1"), Legend.ROLE, hat, -1, box);
        addLine(
                out,
                new Role(Panel.SEPARATOR, Style.DASHED, "run"),
                new Legend.Run(iterations),
                last,
                0,
                box);
        return out;
    }

    /**
     * The segment of the line {x : w.x = c} inside the box {x0min, x0max, x1min, x1max}; nothing
     * when it misses the box.
     */
    private static void addLine(
            List<Series> out, Role role, Legend legend, double[] w, double c, double[] box) {
        double[][] ends = segment(w, c, box);
        if (ends != null)
            out.add(
                    new Series(
                            role,
                            legend,
                            new double[] {ends[0][0], ends[1][0]},
                            new double[] {ends[0][1], ends[1][1]}));
    }

    static double[][] segment(double[] w, double c, double[] box) {
        double a = w[0], b = w[1];
        if (!(Math.abs(a) + Math.abs(b) > 0) || !Double.isFinite(a) || !Double.isFinite(b))
            return null;
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
        return new double[][] {
            {p[0] + sMin * d[0], p[1] + sMin * d[1]}, {p[0] + sMax * d[0], p[1] + sMax * d[1]}
        };
    }
}
