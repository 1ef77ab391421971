package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

/** Heavy ball: v_{t+1} = beta v_t - eta_t grad L(w_t), w_{t+1} = w_t + v_{t+1}, v_0 = 0. */
public record Momentum(StepSize step, double beta) implements Algorithm {
    @Override
    public LinearUpdate linearUpdate() {
        return new LinearUpdate(LinearUpdate.Kind.HEAVY_BALL, step, beta);
    }

    @Override
    public <R> R descent(DescentForm<R> form) {
        return form.momentum(step, beta, false);
    }

    @Override
    public boolean shnFamily() {
        return true;
    }

    @Override
    public String kind() {
        return "momentum";
    }

    /**
     * Once its velocity has settled, heavy ball moves like gradient descent with step eta / (1 -
     * beta).
     */
    @Override
    public double asymptoticStep() {
        return step.constant() / (1 - beta);
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Vec w = w0.copy();
        Vec v = w0.tier().zeros(w0.size());
        Vec g = w0.tier().zeros(w0.size());
        return new Stepper() {
            @Override
            public void step(long t) {
                objective.gradient(w, g);
                v.combine(beta, -step.at(t), g);
                w.axpy(1, v);
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }
}
