package dev.occam.report;

import dev.occam.result.PointResult;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;
import dev.occam.result.SpecResult;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PNG plots of a spec's series. Per sweep point, series are grouped by their role's panel (the
 * limits "limit:w1" and "limit:w2" share the plot "limit"), and drawn by the role's style: a fitted
 * law dashed over the measured curve, a predicted law solid black, a dashed line, a thin grey
 * dotted guide line, or markers only (scatter). An axis is logarithmic when its values are
 * non-negative and their positive part spans more than two decades (then zeros are left out: they
 * have no place on a log axis), unless the plot is a known panel.
 *
 * <p>A point whose series include the measured direction gap is a classification run with a
 * max-margin prediction (check.PointCurves): its plots are the deck's panels with fixed axes and
 * titles, (A) "separator" (data and separators, equal scales, the axes spanning the data and the
 * origin), (B) "norm" (log t against linear ||w_t||), (C) "loss", (D) "direction-gap" and (E)
 * "offset-residual" (log-log), legends below the plot.
 */
public final class Plots {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** The measured series whose presence marks a classification run's panels. */
    private static final Role DIRECTION_GAP = Role.measured(Panel.DIRECTION_GAP);

    private static final int PANEL_WIDTH = 800, PANEL_HEIGHT = 560, SEPARATOR_HEIGHT = 700;

    /**
     * Roughly what XChart's title, axis labels and a one-line legend below take from a panel, in
     * pixels across and down: the plot area of the separator panel, for equal units on its axes.
     */
    private static final int FRAME_ACROSS = 80, FRAME_DOWN = 120;

    /**
     * Markers and colours of scatter series in order (two labels: blue circles, orange diamonds).
     */
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP
    };

    private static final Color[] COLORS = {
        new Color(31, 119, 180),
        new Color(255, 127, 14),
        new Color(44, 160, 44),
        new Color(148, 103, 189)
    };

    /** A dashed line in a panel: the run's own separator. */
    private static final Color RUN = new Color(214, 39, 40);

    /** Axis scale of a panel: fixed, or chosen from the data. */
    private enum Scale {
        AUTO,
        LINEAR,
        LOG
    }

    /** A classification panel's title and axes. */
    private record Frame(String title, String xTitle, String yTitle, Scale x, Scale y) {}

    private static final Map<Panel, Frame> FRAMES =
            Map.of(
                    Panel.SEPARATOR,
                            new Frame(
                                    "(A) data, max-margin separator and the run's separator",
                                    "x1",
                                    "x2",
                                    Scale.LINEAR,
                                    Scale.LINEAR),
                    Panel.NORM,
                            new Frame(
                                    "(B) ||w_t|| grows like ||w_hat|| log t",
                                    "iteration t (log scale)",
                                    "||w_t||",
                                    Scale.LOG,
                                    Scale.LINEAR),
                    Panel.LOSS,
                            new Frame(
                                    "(C) loss L(w_t) decreases like 1/t",
                                    "iteration t",
                                    "L(w_t)",
                                    Scale.LOG,
                                    Scale.LOG),
                    Panel.DIRECTION_GAP,
                            new Frame(
                                    "(D) direction gap 1 - cos(w_t, w_hat)",
                                    "iteration t",
                                    "1 - cos(w_t, w_hat)",
                                    Scale.LOG,
                                    Scale.LOG),
                    Panel.OFFSET_RESIDUAL,
                            new Frame(
                                    "(E) offset residual ||w_t - w_hat log t - w~||",
                                    "iteration t",
                                    "||w_t - w_hat log t - w~||",
                                    Scale.LOG,
                                    Scale.AUTO),
                    Panel.MARGIN,
                            new Frame(
                                    "normalized margin min_n z_n.w_t / ||w_t||",
                                    "iteration t",
                                    "margin",
                                    Scale.LOG,
                                    Scale.LINEAR));
    private static final int WIDTH = 800, HEIGHT = 500;

    /** Above this many samples a curve is drawn without markers, which would only smear it. */
    private static final int MAX_MARKED = 30;

    private static final int MAX_LABELS = 10;

    /** One rendered plot: its file name (next to the spec's report), a title, and the PNG bytes. */
    public record Plot(String fileName, String title, byte[] png) {}

    private Plots() {}

    public static List<Plot> of(SpecResult result) {
        List<Plot> plots = new ArrayList<>();
        // curves across sweep points come first: they are what a reader of a sweep looks for
        if (result.series() != null && !result.series().isEmpty()) {
            for (Map.Entry<Panel, List<Series>> g : byPanel(result.series()).entrySet()) {
                // limits are drawn against the point's number, claims across the sweep against
                // the swept value (the series' name)
                boolean limit = g.getKey() == Panel.LIMIT;
                String title =
                        limit
                                ? g.getKey().word()
                                        + " per sweep point (x = point number in the table)"
                                : g.getKey().word() + " across the sweep";
                byte[] png =
                        render(
                                title,
                                g.getKey(),
                                g.getValue(),
                                limit ? "sweep point" : g.getValue().get(0).role().name());
                if (png != null)
                    plots.add(new Plot(result.id() + "-" + g.getKey().word() + ".png", title, png));
            }
        }
        List<PointResult> points = result.points() == null ? List.of() : result.points();
        for (int k = 0; k < points.size(); k++) {
            PointResult point = points.get(k);
            if (point.series() == null) continue;
            boolean panels = point.series().stream().anyMatch(s -> s.role().equals(DIRECTION_GAP));
            for (Map.Entry<Panel, List<Series>> g : byPanel(point.series()).entrySet()) {
                String name =
                        result.id()
                                + "-"
                                + g.getKey().word()
                                + (points.size() > 1 ? "-" + (k + 1) : "")
                                + ".png";
                Frame frame = panels ? FRAMES.get(g.getKey()) : null;
                String title =
                        (frame == null ? g.getKey().word() : frame.title())
                                + (points.size() > 1
                                        ? " at " + parameters(point.parameters())
                                        : "");
                byte[] png =
                        frame == null
                                ? render(title, g.getKey(), g.getValue())
                                : renderPanel(title, g.getKey(), frame, g.getValue());
                if (png != null) plots.add(new Plot(name, title, png));
            }
        }
        return plots;
    }

    /**
     * The series by panel, panels in the order of their first series: a fit plots with its data,
     * "limit:w1" with "limit:w2".
     */
    static Map<Panel, List<Series>> byPanel(List<Series> series) {
        return series.stream()
                .collect(
                        Collectors.groupingBy(
                                s -> s.role().panel(), LinkedHashMap::new, Collectors.toList()));
    }

    static String parameters(Map<String, String> parameters) {
        return JsonWriter.ordered(parameters).entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The PNG, or null when no series has a drawable point. */
    private static byte[] render(String title, Panel panel, List<Series> series) {
        return render(title, panel, series, "iteration");
    }

    /**
     * @param xTitle the x axis: iteration, the sweep point's number, or the swept key
     */
    private static byte[] render(String title, Panel panel, List<Series> series, String xTitle) {
        boolean across = !"iteration".equals(xTitle);
        boolean logX = logarithmic(series, true), logY = logarithmic(series, false);
        List<double[][]> points = new ArrayList<>();
        for (Series s : series) points.add(drawable(s, logX, logY));
        LinearAxis xAxis = logX ? LinearAxis.IDENTITY : LinearAxis.of(LinearAxis.column(points, 0));
        LinearAxis yAxis = logY ? LinearAxis.IDENTITY : LinearAxis.of(LinearAxis.column(points, 1));
        XYChart chart =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(title)
                        .xAxisTitle(xAxis.title(xTitle == null ? "swept value" : xTitle))
                        .yAxisTitle(yAxis.title(panel == Panel.LIMIT ? "distance" : panel.word()))
                        .build();
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
        if (logX) chart.getStyler().setXAxisTickLabelsFormattingFunction(decades(series, true));
        if (logY) chart.getStyler().setYAxisTickLabelsFormattingFunction(decades(series, false));
        // across sweep points every point matters, so the legend goes below the plot
        chart.getStyler()
                .setLegendPosition(
                        across ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.InsideNE);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            double[][] xy = points.get(i);
            if (xy[0].length == 0) continue;
            Series s = series.get(i);
            XYSeries drawn =
                    chart.addSeries(unique(names, name(s)), xAxis.apply(xy[0]), yAxis.apply(xy[1]));
            style(drawn, s, xy[0].length);
        }
        if (names.isEmpty()) return null;
        chart.getStyler().setLegendVisible(names.size() > 1);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line and marker of a series by its role's style. */
    private static void style(XYSeries drawn, Series s, int samples) {
        switch (s.role().style()) {
            case FIT -> drawn.setMarker(SeriesMarkers.NONE).setLineStyle(SeriesLines.DASH_DASH);
            case DASHED ->
                    drawn.setMarker(SeriesMarkers.NONE)
                            .setLineStyle(
                                    new BasicStroke(
                                            2f,
                                            BasicStroke.CAP_BUTT,
                                            BasicStroke.JOIN_MITER,
                                            10f,
                                            new float[] {8f, 5f},
                                            0f));
            case PREDICTED ->
                    drawn.setMarker(SeriesMarkers.NONE)
                            .setLineStyle(new BasicStroke(1.5f))
                            .setLineColor(Color.BLACK);
            case GUIDE ->
                    drawn.setMarker(SeriesMarkers.NONE)
                            .setLineColor(Color.DARK_GRAY)
                            .setLineStyle(
                                    new BasicStroke(
                                            1.2f,
                                            BasicStroke.CAP_BUTT,
                                            BasicStroke.JOIN_MITER,
                                            10f,
                                            new float[] {3f, 3f},
                                            0f));
            case SCATTER -> drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            case MEASURED ->
                    drawn.setMarker(
                                    samples <= MAX_MARKED
                                            ? SeriesMarkers.CIRCLE
                                            : SeriesMarkers.NONE)
                            .setLineStyle(new BasicStroke(1.5f));
        }
    }

    /** A classification panel: fixed title, axis titles and scales, the legend below the plot. */
    private static byte[] renderPanel(String title, Panel panel, Frame frame, List<Series> series) {
        boolean separator = panel == Panel.SEPARATOR;
        boolean logX = scale(frame.x(), series, true), logY = scale(frame.y(), series, false);
        XYChart chart =
                new XYChartBuilder()
                        .width(PANEL_WIDTH)
                        .height(separator ? SEPARATOR_HEIGHT : PANEL_HEIGHT)
                        .title(title)
                        .xAxisTitle(frame.xTitle())
                        .yAxisTitle(frame.yTitle())
                        .build();
        Styler styler = chart.getStyler();
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
        if (logX) chart.getStyler().setXAxisTickLabelsFormattingFunction(decades(series, true));
        if (logY) chart.getStyler().setYAxisTickLabelsFormattingFunction(decades(series, false));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setMarkerSize(separator ? 10 : 6);
        if (separator)
            dataBox(
                    chart,
                    series,
                    (PANEL_WIDTH - FRAME_ACROSS) / (double) (SEPARATOR_HEIGHT - FRAME_DOWN));
        Set<String> names = new HashSet<>();
        int scatter = 0, shown = 0;
        for (Series s : series) {
            double[][] xy = drawable(s, logX, logY);
            if (xy[0].length == 0) continue;
            String label = name(s);
            Style style = s.role().style();
            // guide lines with one label (margins at +1 and -1) share one legend entry
            boolean repeated = style == Style.GUIDE && names.contains(label);
            XYSeries drawn = chart.addSeries(unique(names, label), xy[0], xy[1]);
            style(drawn, s, xy[0].length);
            if (repeated) drawn.setShowInLegend(false);
            else shown++;
            if (style == Style.SCATTER) {
                drawn.setMarker(MARKERS[scatter % MARKERS.length])
                        .setMarkerColor(COLORS[scatter % COLORS.length]);
                scatter++;
            }
            if (style == Style.DASHED) drawn.setLineColor(RUN);
        }
        if (names.isEmpty()) return null;
        styler.setLegendVisible(shown > 1);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean scale(Scale scale, List<Series> series, boolean x) {
        return scale == Scale.AUTO ? logarithmic(series, x) : scale == Scale.LOG;
    }

    /**
     * Axes over the scatter points and the origin, padded, with about equal units on both axes (so
     * the margin band has its true shape) for a plot area {@code aspect} times wider than high;
     * lines beyond are clipped by the plot.
     */
    private static void dataBox(XYChart chart, List<Series> series, double aspect) {
        double lo0 = 0, hi0 = 0, lo1 = 0, hi1 = 0;
        for (Series s : series) {
            if (s.role().style() != Style.SCATTER) continue;
            for (int i = 0; i < Math.min(s.x().length, s.y().length); i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) continue;
                lo0 = Math.min(lo0, s.x()[i]);
                hi0 = Math.max(hi0, s.x()[i]);
                lo1 = Math.min(lo1, s.y()[i]);
                hi1 = Math.max(hi1, s.y()[i]);
            }
        }
        double down = Math.max(Math.max((hi0 - lo0) / aspect, hi1 - lo1), 1e-12) * 1.15,
                across = down * aspect;
        double c0 = (lo0 + hi0) / 2, c1 = (lo1 + hi1) / 2;
        chart.getStyler()
                .setXAxisMin(c0 - across / 2)
                .setXAxisMax(c0 + across / 2)
                .setYAxisMin(c1 - down / 2)
                .setYAxisMax(c1 + down / 2);
    }

    private static boolean logarithmic(List<Series> series, boolean x) {
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (Series s : series) {
            for (double v : x ? s.x() : s.y()) {
                if (!Double.isFinite(v)) continue;
                if (v < 0) return false;
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 && max / min > 100;
    }

    /**
     * Labels for a log axis: powers of ten as "1e-20", thinned to at most about ten labels, since
     * XChart labels every decade and 30 decades of convergence are common.
     */
    private static Function<Double, String> decades(List<Series> series, boolean x) {
        DoubleSummaryStatistics positive =
                series.stream()
                        .flatMapToDouble(s -> Arrays.stream(x ? s.x() : s.y()))
                        .filter(v -> v > 0 && Double.isFinite(v))
                        .summaryStatistics();
        double span = Math.log10(positive.getMax() / positive.getMin());
        long every = Math.max(1, (long) Math.ceil(span / MAX_LABELS));
        return v -> {
            double exponent = Math.log10(v);
            long e = Math.round(exponent);
            return Math.abs(exponent - e) < 1e-9 && e % every == 0 ? "1e" + e : "";
        };
    }

    /** The finite points of a series that a log axis can show. */
    private static double[][] drawable(Series s, boolean logX, boolean logY) {
        int n = Math.min(s.x().length, s.y().length), m = 0;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = s.x()[i], b = s.y()[i];
            if (!Double.isFinite(a) || !Double.isFinite(b) || (logX && a <= 0) || (logY && b <= 0))
                continue;
            x[m] = a;
            y[m++] = b;
        }
        return new double[][] {Arrays.copyOf(x, m), Arrays.copyOf(y, m)};
    }

    /** A series' name in the chart: its legend, else its role. */
    private static String name(Series s) {
        String legend = Legends.of(s);
        return legend == null ? s.role().text() : legend;
    }

    /** XChart needs distinct series names within a chart. */
    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) candidate = name + " (" + i + ")";
        return candidate;
    }
}
