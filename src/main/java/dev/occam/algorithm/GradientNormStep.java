package dev.occam.algorithm;

/**
 * eta_t = eta / ||grad L(w_t)||_2 (Arora, Li and Panigrahi 2022's normalized GD): every step has
 * length eta. Applied to the gradient by the method, which stops cleanly at a zero gradient (where
 * the rule has no value) instead of forming 0/0.
 */
public record GradientNormStep(double eta, String text) implements StepSize {

    @Override
    public double at(long t) {
        throw new UnsupportedOperationException(
                "a gradient-normalized step has no value without the gradient");
    }

    @Override
    public String describe() {
        return text;
    }

    @Override
    public double overGradientNorm() {
        return eta;
    }

    /** The rule after the run is the rule during it. */
    @Override
    public boolean stationary() {
        return true;
    }
}
