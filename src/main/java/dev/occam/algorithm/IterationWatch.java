package dev.occam.algorithm;

import dev.occam.numeric.Vec;

/**
 * Sees every iterate of a run, for the claims that recorded (log-spaced) samples cannot certify,
 * such as monotonicity. Called on the runner's thread after each step; must not keep {@code w}.
 */
@FunctionalInterface
public interface IterationWatch {
    /**
     * @param t iterations done
     * @param time the iterate's time ({@link Stepper#time(long)})
     * @param stepper the run's stepper, for what the iterate does not show (its factors)
     */
    void observe(long t, double time, Vec w, Stepper stepper);

    /** Both watches, in order; null when neither. */
    static IterationWatch both(IterationWatch a, IterationWatch b) {
        if (a == null) return b;
        if (b == null) return a;
        return (t, time, w, stepper) -> {
            a.observe(t, time, w, stepper);
            b.observe(t, time, w, stepper);
        };
    }
}
