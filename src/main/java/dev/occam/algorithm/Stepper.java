package dev.occam.algorithm;

import dev.occam.numeric.Vec;

/** One run of an algorithm: mutable state advanced in place, allocation-free in the double tier. */
public interface Stepper {
    /** Performs iteration t (0-based): w_t -> w_{t+1}. */
    void step(long t);

    /** The current iterate; a live view the caller must not modify. */
    Vec iterate();

    /**
     * Relative size of the step-to-step noise the method itself makes (an ODE integrator's
     * tolerance), above the tier's rounding; steps below it do not count as progress.
     */
    default double relativeNoise() {
        return 0;
    }
}
