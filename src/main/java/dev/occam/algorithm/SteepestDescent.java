package dev.occam.algorithm;

import dev.occam.numeric.Norm;
import dev.occam.numeric.Vec;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.Objective;

/** w_{t+1} = w_t + eta_t dw_t, dw_t = argmin_v <grad L(w_t), v> + 1/2 ||v||^2 (deck eq. 6). */
public record SteepestDescent(StepSize step, Norm norm) implements Algorithm {
    @Override
    public String kind() {
        return "steepest-descent";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Vec w = w0.copy();
        Vec g = w0.tier().zeros(w0.size());
        Vec direction = w0.tier().zeros(w0.size());
        return new Stepper() {
            @Override
            public void step(long t) {
                // the steepest direction is positively homogeneous, so a loss-scaled step may use grad L / L
                double eta;
                if (step.scalesWithLoss()) {
                    eta = step.timesLoss(t, ((LogDomainObjective) objective).normalizedGradient(w, g).doubleValue());
                } else {
                    objective.gradient(w, g);
                    eta = step.at(t);
                }
                norm.steepest(g, direction);
                w.axpy(eta, direction);
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }
}
