package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.Objective;

/**
 * grad psi(w_{t+1}) = grad psi(w_t) - eta_t grad L(w_t) (deck eq. 4). The dual point theta is the
 * state, so the mirror map is applied once per step and never re-derived from a rounded w.
 */
public record MirrorDescent(StepSize step, MirrorMap potential) implements Algorithm {
    @Override
    public <R> R descent(DescentForm<R> form) {
        return potential.separable() == null ? null : form.mirror(step, potential.separable());
    }

    @Override
    public String kind() {
        return "mirror-descent";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Vec w = w0.copy();
        Vec theta = w0.tier().zeros(w0.size());
        Vec g = w0.tier().zeros(w0.size());
        potential.gradient(w, theta);
        return new Stepper() {
            @Override
            public void step(long t) {
                objective.gradient(w, g);
                theta.axpy(-step.at(t), g);
                potential.inverse(theta, w);
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }
}
