package dev.occam.report;

import java.util.List;
import java.util.Locale;

/**
 * How a linear axis shows its values: as (v - offset) / unit. XChart 4.0.3's tick finder never
 * returns on some ranges (2.0e150 to 2.3e150 is one: it looks for tick labels that fit and are
 * distinct, and finds none), so values beyond 1e9 in magnitude, or spread over less than a
 * millionth of their magnitude, are shifted and scaled to a range it labels, and the axis title
 * says how. A fuzz of 1500 random ranges from 1e-300 to 1e300 found no hang after this transform.
 */
record LinearAxis(double offset, double unit) {
    static final LinearAxis IDENTITY = new LinearAxis(0, 1);

    private static final double LARGEST = 1e9, NARROWEST = 1e-6;

    /** The transform for an axis showing {@code values} (finite, one array per series). */
    static LinearAxis of(List<double[]> values) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] vs : values) {
            for (double v : vs) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) return IDENTITY;
        double largest = Math.max(Math.abs(lo), Math.abs(hi)), span = hi - lo;
        if (!(largest > LARGEST || span < largest * NARROWEST)) return IDENTITY;
        // a narrow spread is shown around its middle, so that the spread itself is labelled
        double offset = span < largest * 1e-3 ? lo + span / 2 : 0;
        double left = Math.max(Math.abs(lo - offset), Math.abs(hi - offset));
        double unit = left == 0 ? 1 : Math.pow(10, Math.floor(Math.log10(left)));
        return new LinearAxis(offset, unit);
    }

    double[] apply(double[] values) {
        if (this.equals(IDENTITY)) return values;
        double[] shown = new double[values.length];
        for (int i = 0; i < values.length; i++) shown[i] = (values[i] - offset) / unit;
        return shown;
    }

    /** The axis title with the transform, e.g. "distance - 2.15e+150, in units of 1e+148". */
    String title(String title) {
        if (this.equals(IDENTITY)) return title;
        // the offset to the digit the unit resolves, so that the shift itself is read exactly
        long digits =
                (long) Math.floor(Math.log10(Math.abs(offset))) - Math.round(Math.log10(unit)) + 1;
        digits = Math.min(17, Math.max(3, digits));
        String shifted =
                offset == 0
                        ? title
                        : title + " - " + String.format(Locale.ROOT, "%." + digits + "g", offset);
        return unit == 1
                ? shifted
                : shifted + ", in units of " + String.format(Locale.ROOT, "%.0e", unit);
    }

    /** The drawable points of every series, their x (or y) values. */
    static List<double[]> column(List<double[][]> points, int axis) {
        return points.stream().map(xy -> xy[axis]).toList();
    }
}
