package dev.occam.algorithm;

import dev.occam.problem.ModeRecurrence;

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

    /** How one mode evolves per step; null for the flow, whose modes all decay. */
    public ModeRecurrence modes() {
        return switch (kind) {
            case GRADIENT_DESCENT -> ModeRecurrence.GRADIENT_DESCENT;
            case HEAVY_BALL -> new ModeRecurrence(ModeRecurrence.Method.HEAVY_BALL, beta);
            case NESTEROV -> new ModeRecurrence(ModeRecurrence.Method.NESTEROV, beta);
            case GRADIENT_FLOW -> null;
        };
    }
}
