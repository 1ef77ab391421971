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

    @Override
    public double timesLoss(long t, double logLoss) {
        // cap L as exp(log cap + log L): an infinite cap times an underflowed L must not give NaN
        return Math.min(c, Math.exp(Math.log(cap) + logLoss));
    }
}
