package dev.occam.algorithm;

/**
 * eta_t = min(cap, c / L(w_t)) (deck Theorem 4's rule with c = 1/B^2; normalized GD with cap =
 * infinity). Applied to the normalized gradient: eta_t grad L = min(cap L, c) (grad L / L), so
 * neither the tiny loss nor the huge step is ever formed.
 */
public record LossScaledStep(double c, double cap, String text) implements StepSize {
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

    /**
     * min(c, cap L) from log L in [-inf, inf]. Without a cap the product is c for every L > 0 and
     * in the limit L -> 0+ (log L = -inf), where exp(log cap + log L) would be exp(inf - inf) =
     * NaN; a finite cap times L is formed as exp(log cap + log L), which neither underflows L first
     * nor overflows cap. A NaN log L stays NaN, for the runner to stop on.
     */
    @Override
    public double timesLoss(long t, double logLoss) {
        if (Double.isNaN(logLoss)) return Double.NaN;
        if (cap == Double.POSITIVE_INFINITY) return c;
        return Math.min(c, Math.exp(Math.log(cap) + logLoss));
    }
}
