package dev.occam.algorithm;

import org.hipparchus.fraction.BigFraction;

/**
 * eta_t. Step sizes are hyper-parameters given in double: the run is then exact to the tier's
 * precision for those doubles (a spec's 0.01 is the double nearest 1/100).
 */
public interface StepSize {
    double at(long t);

    /** How the spec wrote it. */
    String describe();

    /** The constant value, or NaN when the step varies with t. */
    default double constant() {
        return Double.NaN;
    }

    /**
     * A proved upper bound of eta_t over every t >= from, +infinity when none is known:
     * certificates about the run's future rest on it (a schedule that grows after the run must not
     * be extrapolated). A constant step is its own bound; schedules override this with a proof.
     */
    default double supremumFrom(long from) {
        double c = constant();
        return Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
    }

    /**
     * A proved lower bound of t eta_t over every t >= from, 0 when none is known: positive means
     * sum_t eta_t diverges (at least like log t), so gradient descent does not stall short of a
     * minimum.
     */
    default double harmonicFloorFrom(long from) {
        double c = constant();
        return Double.isNaN(c) ? 0 : c * Math.max(1, from);
    }

    /**
     * The step as the spec wrote it, exactly (0.072 is 72/1000, not its double), or null when the
     * step is not a constant given exactly: statements about the exact-arithmetic run use it.
     */
    default BigFraction exactConstant() {
        return null;
    }

    /**
     * Whether the step scales with 1/L(w_t) ({@link LossScaledStep}); such steps need an objective
     * in the log domain and are applied to the normalized gradient grad L / L.
     */
    default boolean scalesWithLoss() {
        return false;
    }

    /**
     * eta when the step is eta / ||grad L(w_t)||_2 ({@link GradientNormStep}), NaN otherwise: the
     * method forms eta g / ||g|| itself and stops at a zero gradient.
     */
    default double overGradientNorm() {
        return Double.NaN;
    }

    /**
     * Whether the rule after the run is the rule during it (a constant, or a constant multiple of
     * 1/L), so that what the run's last windows show may be extrapolated.
     */
    default boolean stationary() {
        return Double.isFinite(constant());
    }

    /** eta_t L(w_t), the multiplier of grad L / L, from log L(w_t). */
    default double timesLoss(long t, double logLoss) {
        return at(t) * Math.exp(logLoss);
    }

    static StepSize constant(double eta, String text) {
        return constant(eta, text, null);
    }

    /** A constant step; {@code exact} is the spec's exact value, or null. */
    static StepSize constant(double eta, String text, BigFraction exact) {
        return new StepSize() {
            @Override
            public BigFraction exactConstant() {
                return exact;
            }

            @Override
            public double at(long t) {
                return eta;
            }

            @Override
            public String describe() {
                return text;
            }

            @Override
            public double constant() {
                return eta;
            }
        };
    }
}
