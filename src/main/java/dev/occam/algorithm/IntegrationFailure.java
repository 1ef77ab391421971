package dev.occam.algorithm;

/**
 * A flow its integrator cannot follow: the step-size control fell below its minimum step (a stiff
 * flow, whose fastest time scale is far below the one the run is about), one iteration's unit of
 * flow time needed more field evaluations than {@link GradientFlow#MAX_EVALUATIONS}, or the
 * integrator failed otherwise. It says nothing about the claim: the run cannot tell where the flow
 * goes. Thrown from {@link Stepper#step} of a {@link GradientFlow} stepper, i.e. out of {@link
 * Runner#run}; the message says what was integrated, the flow time reached and why.
 */
public final class IntegrationFailure extends RuntimeException {
    private final double time;

    public IntegrationFailure(String message, double time, Throwable cause) {
        super(message, cause);
        this.time = time;
    }

    /** The flow time the integration had reached (t, not s = log t, for a log-time flow). */
    public double time() {
        return time;
    }
}
