package dev.occam.numeric;

/**
 * Which iterations a trajectory records: t = 0..9, then floor(10^(k/perDecade)) for k >= perDecade,
 * i.e. about perDecade points per decade. Membership is a constant-time table lookup.
 */
public final class LogSpacedSchedule {
    private static final LogSpacedSchedule STANDARD = new LogSpacedSchedule(20);

    private final int perDecade;

    /** points[k] = floor(10^(k / perDecade)) for k >= perDecade, up to Long.MAX_VALUE. */
    private final long[] points;

    public LogSpacedSchedule(int perDecade) {
        if (perDecade < 1 || perDecade > 100) {
            throw new IllegalArgumentException(
                    "points per decade must be in 1..100, got " + perDecade);
        }
        this.perDecade = perDecade;
        int max = 19 * perDecade;
        points = new long[max];
        for (int k = perDecade; k < max; k++) {
            // StrictMath: the same points on every platform
            double x = StrictMath.pow(10, (double) k / perDecade);
            points[k] = x >= 0x1p63 ? Long.MAX_VALUE : (long) x;
        }
    }

    /** About 20 points per decade. */
    public static LogSpacedSchedule standard() {
        return STANDARD;
    }

    public boolean record(long t) {
        if (t < 10) {
            return t >= 0;
        }
        int k = (int) (perDecade * Math.log10(t));
        // log10 may round across a boundary: look at the neighbours too
        for (int j = Math.max(perDecade, k - 1); j <= Math.min(points.length - 1, k + 1); j++) {
            if (points[j] == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first recorded iteration after t, Long.MAX_VALUE when none: a run loop compares t with
     * it, which costs nothing per iteration where {@link #record} takes a logarithm.
     */
    public long next(long t) {
        if (t < 9) {
            return Math.max(0, t + 1);
        }
        // points[perDecade..] is nondecreasing (pow is semi-monotonic): the first entry above t
        int lo = perDecade, hi = points.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (points[mid] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < points.length ? points[lo] : Long.MAX_VALUE;
    }

    /** How many t in [0, maxT] are recorded: at most 10 + perDecade * (log10(maxT) - 1) + 1. */
    public int count(long maxT) {
        if (maxT < 10) {
            return maxT < 0 ? 0 : (int) maxT + 1;
        }
        int n = 10;
        long last = -1;
        for (int k = perDecade; k < points.length && points[k] <= maxT; k++) {
            if (points[k] != last) {
                n++;
                last = points[k];
            }
        }
        return n;
    }
}
