package dev.occam.algorithm;

/**
 * eta_t = min(cap, c_t / (L(w_t) max(1, log 1/L(w_t))^p)) (deck Theorem 4's rule with c = 1/B^2 and
 * p = 0; normalized GD with cap = infinity; Lyu and Li's loss-based rate for an L-homogeneous model
 * with p = 2 - 2/L, under which the step stays below the inverse sharpness, which grows like L(w)
 * log(1/L(w))^(2 - 2/L)). Applied to the normalized gradient: eta_t grad L = min(cap L, c_t) (grad
 * L / L), so neither the tiny loss nor the huge step is ever formed. c_t is a constant or a
 * schedule in t (c / (t + 1) is the gradient flow in the clock dS = L dt with steps that shrink to
 * 0).
 */
public record LossScaledStep(StepSize c, double cap, String text, double logPower)
        implements StepSize {

    /** Without the log factor (p = 0). */
    public LossScaledStep(StepSize c, double cap, String text) {
        this(c, cap, text, 0);
    }

    /** A constant multiplier c. */
    public LossScaledStep(double c, double cap, String text) {
        this(StepSize.constant(c, String.valueOf(c)), cap, text);
    }

    /** A constant multiplier c, with the log factor. */
    public LossScaledStep(double c, double cap, String text, double logPower) {
        this(StepSize.constant(c, String.valueOf(c)), cap, text, logPower);
    }

    @Override
    public double at(long t) {
        throw new UnsupportedOperationException("a loss-scaled step has no value without the loss");
    }

    @Override
    public String describe() {
        return text;
    }

    @Override
    public boolean scalesWithLoss() {
        return true;
    }

    /** The rule after the run is the rule during it when c is a constant. */
    @Override
    public boolean stationary() {
        return Double.isFinite(c.constant());
    }

    /**
     * min(c_t, cap L) from log L in [-inf, inf]. Without a cap the product is c for every L > 0 and
     * in the limit L -> 0+ (log L = -inf), where exp(log cap + log L) would be exp(inf - inf) =
     * NaN; a finite cap times L is formed as exp(log cap + log L), which neither underflows L first
     * nor overflows cap. A NaN log L stays NaN, for the runner to stop on.
     */
    @Override
    public double timesLoss(long t, double logLoss) {
        if (Double.isNaN(logLoss)) return Double.NaN;
        double ct = c.at(t);
        // log 1/L = inf (L = 0+) makes the factor infinite and the step 0
        if (logPower > 0) ct /= Math.pow(Math.max(1, -logLoss), logPower);
        if (cap == Double.POSITIVE_INFINITY) return ct;
        return Math.min(ct, Math.exp(Math.log(cap) + logLoss));
    }
}
