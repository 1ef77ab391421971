package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Stepper;
import dev.occam.certify.Sharpness;
import dev.occam.numeric.Vec;

import java.util.Arrays;

/**
 * Records an {@link Enclosed} quantity at every {@code every}-th iterate (t = 0, every, 2 every,
 * ...) during the run: sharpness costs an exact inertia count per sample, so it is sampled at a
 * fixed cadence, never through Symja. What happens between two samples is not seen.
 */
final class EnclosureWatch implements IterationWatch {
    private final Enclosed quantity;
    private final long every;
    private int n;
    private long[] t = new long[64];
    private double[] lo = new double[64], hi = new double[64];
    private boolean upperCertified = true;
    private long lastSeen = -1;

    EnclosureWatch(Enclosed quantity, long every) {
        this.quantity = quantity;
        this.every = every;
    }

    @Override
    public void observe(long iteration, double time, Vec w, Stepper stepper) {
        lastSeen = iteration;
        if (iteration % every != 0) return;
        Sharpness.Bound b = quantity.at(w);
        if (b == null) return;
        if (n == t.length) {
            t = Arrays.copyOf(t, 2 * n);
            lo = Arrays.copyOf(lo, 2 * n);
            hi = Arrays.copyOf(hi, 2 * n);
        }
        t[n] = iteration;
        lo[n] = b.lo();
        hi[n] = b.hi();
        upperCertified &= b.upperCertified();
        n++;
    }

    int size() {
        return n;
    }

    long t(int i) {
        return t[i];
    }

    Sharpness.Bound bound(int i) {
        return new Sharpness.Bound(lo[i], hi[i], upperCertified);
    }

    long every() {
        return every;
    }

    /** The last iteration the run passed to the watch (-1 before the first). */
    long lastSeen() {
        return lastSeen;
    }

    /** {t[], midpoints[], lower ends[], upper ends[]} for plots. */
    double[][] series() {
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = t[i];
            out[1][i] = lo[i] + (hi[i] - lo[i]) / 2;
            out[2][i] = lo[i];
            out[3][i] = hi[i];
        }
        return out;
    }
}
