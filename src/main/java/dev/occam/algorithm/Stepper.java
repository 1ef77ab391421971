package dev.occam.algorithm;

import dev.occam.numeric.Vec;

import java.util.Map;

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

    /**
     * The time of the iterate after {@code t} iterations, which claims measure laws in: t itself,
     * or for a log-time flow the flow time e^(t ds) (see {@link Trajectory.Sample#time()}).
     */
    default double time(long t) {
        return t;
    }

    /**
     * Whether every iterate is recorded: the iterations of a log-time flow are already log-spaced
     * in time.
     */
    default boolean recordsEvery() {
        return false;
    }

    /**
     * Whether the method has reached the end it was given (a flow's {@code until}); the run then
     * stops as "end".
     */
    default boolean finished() {
        return false;
    }

    /**
     * The method's internal state that certificates about its future need, by name, as live views
     * (the runner copies nothing: it reads them once, after the last step). Empty by default.
     */
    default Map<String, Vec> state() {
        return Map.of();
    }

    /**
     * The factors behind the iterate, for a method that trains a factorization of it; null for
     * methods that move the iterate itself.
     */
    default FactorizedModel factorized() {
        return null;
    }
}
