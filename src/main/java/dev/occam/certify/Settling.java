package dev.occam.certify;

import java.util.Arrays;
import java.util.Locale;

/**
 * How far a quantity that converges can still move after the run, from the decay of its speed: with
 * the speed per unit of log t, v(t) = |dq / d log t| (from consecutive samples), following v ~ v_T
 * (t/T)^p with p < 0, what is left to travel after T is int_T^inf v d log t = v_T / |p|. A {@link
 * Evidence#TREND} argument: it assumes the speed keeps its power law. It refuses a speed that does
 * not decay as a consistent power law ({@link PowerTrend#decays()}) or decays slower than
 * t^-{@value #MIN_RATE}: a drift like log log t (speed 1/log t), a transient, or a quantity still
 * wandering has no estimate, only INCONCLUSIVE.
 *
 * @param remaining the estimated distance still to travel after the last sample (infinite when
 *     refused)
 * @param why the estimate or the reason for refusing, in words
 */
public record Settling(double remaining, String why) {
    static final double MIN_RATE = 0.25;

    public boolean settles() {
        return Double.isFinite(remaining);
    }

    /**
     * @param times sample times (t >= 1 are used), increasing
     * @param points the quantity at those times, as vectors (a scalar is a vector of length 1)
     * @param floor movements below this are rounding noise: the speed series ends at the last
     *     movement above it
     */
    public static Settling of(double[] times, double[][] points, double floor) {
        int n = times.length;
        double[] t = new double[n], logSpeed = new double[n];
        int m = 0, lastMoving = -1;
        for (int i = 0; i + 1 < n; i++) {
            if (times[i] < 1 || !(times[i + 1] > times[i])) continue;
            double d = 0;
            for (int j = 0; j < points[i].length; j++)
                d += Math.pow(points[i + 1][j] - points[i][j], 2);
            d = Math.sqrt(d);
            t[m] = times[i + 1];
            logSpeed[m] = Math.log(d / Math.log(times[i + 1] / times[i]));
            if (d > floor) lastMoving = m;
            m++;
        }
        if (lastMoving < 0)
            return new Settling(
                    Double.POSITIVE_INFINITY, "the quantity never moved above its noise floor");
        double[][] series = {
            Arrays.copyOf(t, lastMoving + 1), Arrays.copyOf(logSpeed, lastMoving + 1)
        };
        PowerTrend trend = PowerTrend.of(series);
        if (trend == null)
            return new Settling(
                    Double.POSITIVE_INFINITY, "too few samples to see how its speed decays");
        String refusal = trend.whyNotDecaying();
        double p =
                Math.max(
                        trend.slope() + 3 * trend.sigma(),
                        trend.thirds()[2] + 3 * trend.thirdSigmas()[2]);
        if (refusal == null && !(p < -MIN_RATE)) {
            refusal =
                    String.format(
                            Locale.ROOT,
                            "its speed decays like t^%.3g at best, slower than t^-%.2g",
                            p,
                            MIN_RATE);
        }
        if (refusal != null) {
            return new Settling(
                    Double.POSITIVE_INFINITY,
                    "its speed per unit of log t is not seen to decay: "
                            + refusal
                            + " ("
                            + trend.describe()
                            + ")");
        }
        double speed = Math.exp(logSpeed[lastMoving]);
        double remaining = speed / -p + floor;
        return new Settling(
                remaining,
                String.format(
                        Locale.ROOT,
                        "trend: its speed per unit of log t decays like t^%.3g "
                                + "(at most t^%.3g within 3 sigma, %s), so after t = %s it moves about speed/|p| + floor = %s more, if the power law holds",
                        trend.slope(),
                        p,
                        trend.describe(),
                        PowerTrend.time(t[lastMoving]),
                        Numbers.sci(remaining)));
    }
}
