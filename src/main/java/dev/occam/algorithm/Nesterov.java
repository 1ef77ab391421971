package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

/**
 * Nesterov's accelerated gradient with constant momentum: y_t = w_t + beta (w_t - w_{t-1}), w_{t+1}
 * = y_t - eta_t grad L(y_t), w_{-1} = w_0.
 */
public record Nesterov(StepSize step, double beta) implements Algorithm {
    @Override
    public LinearUpdate linearUpdate() {
        return new LinearUpdate(LinearUpdate.Kind.NESTEROV, step, beta);
    }

    @Override
    public <R> R descent(DescentForm<R> form) {
        return form.momentum(step, beta, true);
    }

    @Override
    public boolean shnFamily() {
        return true;
    }

    @Override
    public String kind() {
        return "nesterov";
    }

    /**
     * eta / (1 - beta), as for heavy ball: once the iterates move with a constant velocity v = w_t
     * - w_{t-1}, the look-ahead is y - w = beta v and v = beta v - eta grad L(y), so v = -eta/(1 -
     * beta) grad L; with eta alone, asymptotic results such as SHN+18's offset w~ would be stated
     * for a step 1 - beta too small.
     */
    @Override
    public double asymptoticStep() {
        return step.constant() / (1 - beta);
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Vec w = w0.copy();
        Vec previous = w0.copy();
        Vec y = w0.copy();
        Vec g = w0.tier().zeros(w0.size());
        return new Stepper() {
            @Override
            public void step(long t) {
                // y = w + beta (w - previous), not (1 + beta) w - beta previous: 1 + beta rounded
                // to
                // double differs from 1 + beta, which would move the fixed point off the limit by
                // ~1e-16
                y.set(w);
                y.axpy(-1, previous);
                y.combine(beta, 1, w);
                objective.gradient(y, g);
                previous.set(w);
                w.set(y);
                w.axpy(-step.at(t), g);
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }
}
