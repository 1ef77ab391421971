package dev.occam.check;

/**
 * The power-law trend q ~ c t^slope of a quantity over the later half (in log t) of its samples:
 * an ordinary least-squares line through (log t, log q) with the slope's standard error. A slope
 * below zero by three standard errors is a certified decay, above zero by three a certified growth.
 */
record PowerTrend(double slope, double sigma, int samples, double from, double to) {
    private static final int MIN_SAMPLES = 6;

    boolean decays() {
        return slope + 3 * sigma < 0;
    }

    boolean grows() {
        return slope - 3 * sigma > 0;
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "power-law trend t^%.3g ± %.2g over %d samples, t in [%s, %s]",
                slope, sigma, samples, time(from), time(to));
    }

    /** A sample time as written in results: an integer up to 1e15 (iteration counts), else 3 digits (log-time flows). */
    static String time(double t) {
        return t < 1e15 && t == Math.floor(t) ? Long.toString((long) t) : Numbers.sci(t);
    }

    /**
     * The trend of the part of the series above a noise floor: the samples up to the last one whose
     * value exceeds {@code logFloor} (every later sample lies in the floor). A quantity that decays
     * into its floor early in a long run (a log-time flow reaching t = 1e60) is then judged on its
     * decay, not on the flat noise after it; with no sample in the floor this is {@link #of}.
     */
    static PowerTrend aboveFloor(double[][] logSeries, double logFloor) {
        if (logSeries == null) return null;
        int last = -1;
        for (int i = 0; i < logSeries[1].length; i++) if (logSeries[1][i] > logFloor) last = i;
        if (last < 0) return null;
        return of(new double[][] {java.util.Arrays.copyOf(logSeries[0], last + 1), java.util.Arrays.copyOf(logSeries[1], last + 1)});
    }

    /** Null with too few usable samples (t >= 1, finite log q) in the later half of log t. */
    static PowerTrend of(double[][] logSeries) {
        if (logSeries == null) return null;
        double[] t = logSeries[0], q = logSeries[1];
        double tMax = 0;
        for (int i = 0; i < t.length; i++) if (t[i] >= 1 && Double.isFinite(q[i])) tMax = Math.max(tMax, t[i]);
        if (tMax < 4) return null;
        double start = Math.sqrt(tMax); // the later half on a log scale
        int n = 0;
        double sx = 0, sy = 0;
        double from = Double.POSITIVE_INFINITY, to = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= start && Double.isFinite(q[i])) {
                n++;
                sx += Math.log(t[i]);
                sy += q[i];
                from = Math.min(from, t[i]);
                to = Math.max(to, t[i]);
            }
        }
        if (n < MIN_SAMPLES) return null;
        double mx = sx / n, my = sy / n, sxx = 0, sxy = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= start && Double.isFinite(q[i])) {
                double dx = Math.log(t[i]) - mx;
                sxx += dx * dx;
                sxy += dx * (q[i] - my);
            }
        }
        double slope = sxy / sxx, intercept = my - slope * mx, ssr = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= start && Double.isFinite(q[i])) ssr += Math.pow(q[i] - intercept - slope * Math.log(t[i]), 2);
        }
        double sigma = Math.sqrt(ssr / Math.max(1, n - 2) / sxx);
        return new PowerTrend(slope, sigma, n, from, to);
    }
}
