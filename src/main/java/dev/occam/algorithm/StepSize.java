package dev.occam.algorithm;

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
     * Whether the step scales with 1/L(w_t) ({@link LossScaledStep}); such steps need an objective
     * in the log domain and are applied to the normalized gradient grad L / L.
     */
    default boolean scalesWithLoss() {
        return false;
    }

    /** eta_t L(w_t), the multiplier of grad L / L, from log L(w_t). */
    default double timesLoss(long t, double logLoss) {
        return at(t) * Math.exp(logLoss);
    }

    static StepSize constant(double eta, String text) {
        return new StepSize() {
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
