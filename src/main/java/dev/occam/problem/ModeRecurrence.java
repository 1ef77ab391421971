package dev.occam.problem;

import org.hipparchus.complex.Complex;
import org.hipparchus.fraction.BigFraction;

/**
 * How one mode of a linear method evolves on a loss with an affine gradient ({@link LinearModes}):
 * with mu = s eta lambda for an eigenvalue lambda of K, the mode's error follows a recurrence with
 * characteristic polynomial z^2 - B z + C, gradient descent z^2 - (1 - mu) z (roots 1 - mu and 0),
 * heavy ball (v <- beta v - eta grad, w <- w + v) z^2 - (1 + beta - mu) z + beta, Nesterov (y = w +
 * beta (w - w_prev), w <- y - eta grad L(y)) z^2 - (1 + beta)(1 - mu) z + beta (1 - mu). The
 * method's threshold, the side of it a step lies on and its contraction all follow from it.
 *
 * @param beta the momentum (0 for gradient descent), 0 <= beta < 1, taken at the exact binary value
 *     of the double the run uses
 */
public record ModeRecurrence(Method method, double beta) {
    public enum Method {
        GRADIENT_DESCENT,
        HEAVY_BALL,
        NESTEROV
    }

    public static final ModeRecurrence GRADIENT_DESCENT =
            new ModeRecurrence(Method.GRADIENT_DESCENT, 0);

    /**
     * mu* with a mode contracting iff 0 < mu < mu*, and keeping modulus exactly 1 at mu = mu* (a
     * root -1): 2 for gradient descent, 2 + 2 beta for heavy ball, (2 + 2 beta)/(1 + 2 beta) for
     * Nesterov, by the Schur-Cohn (Jury) conditions 1 - B + C > 0, 1 + B + C > 0, |C| < 1 on z^2 -
     * B z + C.
     */
    public BigFraction stableBelow() {
        BigFraction b = new BigFraction(beta);
        BigFraction two = new BigFraction(2);
        return switch (method) {
            case GRADIENT_DESCENT -> two;
            case HEAVY_BALL -> two.multiply(BigFraction.ONE.add(b));
            case NESTEROV ->
                    two.multiply(BigFraction.ONE.add(b)).divide(BigFraction.ONE.add(b.multiply(2)));
        };
    }

    /** {B, C} of the mode's characteristic polynomial z^2 - B z + C at mu, exactly. */
    public BigFraction[] characteristic(BigFraction mu) {
        BigFraction b = new BigFraction(beta);
        BigFraction rest = BigFraction.ONE.subtract(mu);
        return switch (method) {
            case GRADIENT_DESCENT -> new BigFraction[] {rest, BigFraction.ZERO};
            case HEAVY_BALL -> new BigFraction[] {rest.add(b), b};
            case NESTEROV ->
                    new BigFraction[] {rest.multiply(BigFraction.ONE.add(b)), rest.multiply(b)};
        };
    }

    /** The largest root modulus of the mode's characteristic polynomial at mu, in double. */
    public double radius(double mu) {
        double b =
                switch (method) {
                    case GRADIENT_DESCENT -> 1 - mu;
                    case HEAVY_BALL -> 1 + beta - mu;
                    case NESTEROV -> (1 + beta) * (1 - mu);
                };
        double c =
                switch (method) {
                    case GRADIENT_DESCENT -> 0;
                    case HEAVY_BALL -> beta;
                    case NESTEROV -> beta * (1 - mu);
                };
        Complex disc = new Complex(b * b - 4 * c).sqrt();
        return Math.max(disc.add(b).norm(), disc.negate().add(b).norm()) / 2;
    }

    /** The step threshold in words, in terms of the largest eigenvalue named. */
    public String thresholdText(String lambda) {
        return switch (method) {
            case GRADIENT_DESCENT -> "2/" + lambda;
            case HEAVY_BALL -> "(2 + 2 beta)/" + lambda;
            case NESTEROV -> "(2 + 2 beta)/((1 + 2 beta) " + lambda + ")";
        };
    }

    /** The method in words. */
    public String methodName() {
        return switch (method) {
            case GRADIENT_DESCENT -> "constant-step gradient descent";
            case HEAVY_BALL -> "heavy ball with a constant step";
            case NESTEROV -> "Nesterov with a constant step";
        };
    }
}
