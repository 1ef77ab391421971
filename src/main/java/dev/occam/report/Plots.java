package dev.occam.report;

import dev.occam.check.PointResult;
import dev.occam.check.Series;
import dev.occam.check.SpecResult;
import java.awt.BasicStroke;
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
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of a spec's series. Per sweep point, series are grouped by their role's prefix
 * before ':' ("limit:w1" and "limit:w2" share the plot "limit"); a fitted law "fit:R" is drawn as
 * a dashed line over the plot of R. An axis is logarithmic when its values are non-negative and
 * their positive part spans more than two decades (then zeros are left out: they have no place
 * on a log axis).
 */
public final class Plots {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final String FIT = "fit:";
    private static final int WIDTH = 800, HEIGHT = 500;
    /** Above this many samples a curve is drawn without markers, which would only smear it. */
    private static final int MAX_MARKED = 30;
    private static final int MAX_LABELS = 10;

    /** One rendered plot: its file name (next to the spec's report), a title, and the PNG bytes. */
    public record Plot(String fileName, String title, byte[] png) {
    }

    private Plots() {
    }

    public static List<Plot> of(SpecResult result) {
        List<Plot> plots = new ArrayList<>();
        // curves across sweep points come first: they are what a reader of a sweep looks for
        if (result.series() != null && !result.series().isEmpty()) {
            Map<String, List<Series>> groups = result.series().stream()
                    .collect(Collectors.groupingBy(s -> group(s.role()), LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Series>> g : groups.entrySet()) {
                String title = g.getKey() + " per sweep point (x = point number in the table)";
                byte[] png = render(title, g.getKey(), g.getValue());
                if (png != null) plots.add(new Plot(result.id() + "-" + fileSafe(g.getKey()) + ".png", title, png));
            }
        }
        List<PointResult> points = result.points() == null ? List.of() : result.points();
        for (int k = 0; k < points.size(); k++) {
            PointResult point = points.get(k);
            if (point.series() == null) continue;
            Map<String, List<Series>> groups = point.series().stream()
                    .collect(Collectors.groupingBy(s -> group(s.role()), LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Series>> g : groups.entrySet()) {
                String name = result.id() + "-" + fileSafe(g.getKey()) + (points.size() > 1 ? "-" + (k + 1) : "") + ".png";
                String title = g.getKey() + (points.size() > 1 ? " at " + parameters(point.parameters()) : "");
                byte[] png = render(title, g.getKey(), g.getValue());
                if (png != null) plots.add(new Plot(name, title, png));
            }
        }
        return plots;
    }

    /** "fit:distance" plots with "distance"; "limit:w1" with "limit:w2". */
    static String group(String role) {
        String r = role.startsWith(FIT) ? role.substring(FIT.length()) : role;
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    static String parameters(Map<String, String> parameters) {
        return JsonWriter.ordered(parameters).entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** The PNG, or null when no series has a drawable point. */
    private static byte[] render(String title, String group, List<Series> series) {
        boolean logX = logarithmic(series, true), logY = logarithmic(series, false);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                // a "limit" plot's x is the swept parameter, whose name the series do not carry
                .xAxisTitle(group.equals("limit") ? "sweep point" : "iteration").yAxisTitle(group.equals("limit") ? "distance" : group).build();
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
        if (logX) chart.getStyler().setXAxisTickLabelsFormattingFunction(decades(series, true));
        if (logY) chart.getStyler().setYAxisTickLabelsFormattingFunction(decades(series, false));
        // across sweep points every point matters, so the legend goes below the plot
        chart.getStyler().setLegendPosition(group.equals("limit") ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.InsideNE);
        Set<String> names = new HashSet<>();
        for (Series s : series) {
            double[][] xy = drawable(s, logX, logY);
            if (xy[0].length == 0) continue;
            XYSeries drawn = chart.addSeries(unique(names, s.label() == null ? s.role() : s.label()), xy[0], xy[1]);
            if (s.role().startsWith(FIT)) {
                drawn.setMarker(SeriesMarkers.NONE).setLineStyle(SeriesLines.DASH_DASH);
            } else {
                drawn.setMarker(xy[0].length <= MAX_MARKED ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE)
                        .setLineStyle(new BasicStroke(1.5f));
            }
        }
        if (names.isEmpty()) return null;
        chart.getStyler().setLegendVisible(names.size() > 1);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        DoubleSummaryStatistics positive = series.stream().flatMapToDouble(s -> Arrays.stream(x ? s.x() : s.y()))
                .filter(v -> v > 0 && Double.isFinite(v)).summaryStatistics();
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
            if (!Double.isFinite(a) || !Double.isFinite(b) || (logX && a <= 0) || (logY && b <= 0)) continue;
            x[m] = a;
            y[m++] = b;
        }
        return new double[][] {Arrays.copyOf(x, m), Arrays.copyOf(y, m)};
    }

    /** XChart needs distinct series names within a chart. */
    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) candidate = name + " (" + i + ")";
        return candidate;
    }
}
