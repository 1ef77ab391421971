package dev.occam.algorithm;

import org.hipparchus.complex.Complex;
import org.hipparchus.fraction.BigFraction;

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

    /**
     * mu* with a mode of curvature-times-step mu = s eta lambda contracting iff 0 < mu < mu*, and
     * keeping modulus exactly 1 at mu = mu* (a root -1 of its characteristic polynomial): 2 for
     * gradient descent (1 - mu), 2 + 2 beta for heavy ball (z^2 - (1 + beta - mu) z + beta), (2 + 2
     * beta)/(1 + 2 beta) for Nesterov (z^2 - (1 + beta)(1 - mu) z + beta (1 - mu)), by the
     * Schur-Cohn (Jury) conditions for 0 <= beta < 1; null for the flow, whose modes all decay.
     * beta is taken at the exact binary value of the double the run uses.
     */
    public BigFraction stableBelow() {
        BigFraction b = new BigFraction(beta);
        BigFraction two = new BigFraction(2);
        return switch (kind) {
            case GRADIENT_DESCENT -> two;
            case HEAVY_BALL -> two.multiply(BigFraction.ONE.add(b));
            case NESTEROV ->
                    two.multiply(BigFraction.ONE.add(b)).divide(BigFraction.ONE.add(b.multiply(2)));
            case GRADIENT_FLOW -> null;
        };
    }

    /** The method's threshold in words, in terms of lambda_max of the matrix named. */
    public String thresholdText(String lambda) {
        return switch (kind) {
            case GRADIENT_DESCENT -> "2/" + lambda;
            case HEAVY_BALL -> "(2 + 2 beta)/" + lambda;
            case NESTEROV -> "(2 + 2 beta)/((1 + 2 beta) " + lambda + ")";
            case GRADIENT_FLOW -> "none";
        };
    }

    /** The method in words. */
    public String methodName() {
        return switch (kind) {
            case GRADIENT_DESCENT -> "constant-step gradient descent";
            case HEAVY_BALL -> "heavy ball with a constant step";
            case NESTEROV -> "Nesterov with a constant step";
            case GRADIENT_FLOW -> "the gradient flow";
        };
    }

    /**
     * {B, C} of a mode's characteristic polynomial z^2 - B z + C at mu = s eta lambda, exactly:
     * gradient descent z^2 - (1 - mu) z (roots 1 - mu and 0), heavy ball z^2 - (1 + beta - mu) z +
     * beta, Nesterov z^2 - (1 + beta)(1 - mu) z + beta (1 - mu); the mode's error contracts by the
     * largest root modulus per step. Null for the flow.
     */
    public BigFraction[] characteristic(BigFraction mu) {
        BigFraction b = new BigFraction(beta);
        BigFraction rest = BigFraction.ONE.subtract(mu);
        return switch (kind) {
            case GRADIENT_DESCENT -> new BigFraction[] {rest, BigFraction.ZERO};
            case HEAVY_BALL -> new BigFraction[] {rest.add(b), b};
            case NESTEROV ->
                    new BigFraction[] {rest.multiply(BigFraction.ONE.add(b)), rest.multiply(b)};
            case GRADIENT_FLOW -> null;
        };
    }

    /** The largest root modulus of the mode's characteristic polynomial at mu, in double. */
    public double modeRadius(double mu) {
        double b, c;
        switch (kind) {
            case GRADIENT_DESCENT -> {
                b = 1 - mu;
                c = 0;
            }
            case HEAVY_BALL -> {
                b = 1 + beta - mu;
                c = beta;
            }
            case NESTEROV -> {
                b = (1 + beta) * (1 - mu);
                c = beta * (1 - mu);
            }
            default -> {
                return Double.NaN;
            }
        }
        Complex disc = new Complex(b * b - 4 * c).sqrt();
        return Math.max(disc.add(b).norm(), disc.negate().add(b).norm()) / 2;
    }
}
