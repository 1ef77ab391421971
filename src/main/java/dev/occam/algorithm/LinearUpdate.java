package dev.occam.algorithm;

/**
 * A method whose update is linear in the iterate on a quadratic loss, with its step rule: what
 * exact linear-dynamics and spectral-rate arguments need to know about it.
 *
 * @param beta the momentum coefficient (0 for gradient descent and the flow)
 */
public record LinearUpdate(Kind kind, StepSize step, double beta) {
    public enum Kind {
        GRADIENT_DESCENT,
        HEAVY_BALL,
        NESTEROV,
        GRADIENT_FLOW
    }
}
