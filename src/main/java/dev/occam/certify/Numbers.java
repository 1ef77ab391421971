package dev.occam.certify;

import java.util.Locale;

/** Formatting of figures in results: short scientific for errors and bounds. */
public final class Numbers {
    private Numbers() {}

    public static String sci(double x) {
        if (x == 0) return "0";
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, "%.3g", x).replace("e-0", "e-").replace("e+0", "e+");
    }

    /** Decimal digits certified by an absolute bound on a value of the given size. */
    public static int certifiedDigits(double bound, double size) {
        if (!(bound > 0) || !Double.isFinite(bound)) return Double.isFinite(bound) ? 40 : 0;
        return (int) Math.max(0, Math.floor(Math.log10(Math.max(size, 1e-300) / bound)));
    }
}
