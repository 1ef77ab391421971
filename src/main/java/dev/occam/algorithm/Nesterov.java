package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

/**
 * Nesterov's accelerated gradient with constant momentum: y_t = w_t + beta (w_t - w_{t-1}),
 * w_{t+1} = y_t - eta_t grad L(y_t), w_{-1} = w_0.
 */
public record Nesterov(StepSize step, double beta) implements Algorithm {
    @Override
    public String kind() {
        return "nesterov";
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
                // y = w + beta (w - previous): a coefficient 1 + beta would be rounded to double
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
