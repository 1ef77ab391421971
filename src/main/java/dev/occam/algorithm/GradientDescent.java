package dev.occam.algorithm;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Vec;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.Objective;

/** w_{t+1} = w_t - eta_t grad L(w_t). */
public record GradientDescent(StepSize step) implements Algorithm {
    @Override
    public LinearUpdate linearUpdate() {
        if (!Double.isNaN(step.overGradientNorm())) return null;
        return new LinearUpdate(LinearUpdate.Kind.GRADIENT_DESCENT, step, 0);
    }

    @Override
    public <R> R descent(DescentForm<R> form) {
        if (!Double.isNaN(step.overGradientNorm())) return null;
        return form.gradientDescent(step);
    }

    @Override
    public boolean shnFamily() {
        return !step.scalesWithLoss() && Double.isFinite(step.constant());
    }

    @Override
    public String kind() {
        return "gradient-descent";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Vec w = w0.copy();
        Vec g = w0.tier().zeros(w0.size());
        double length = step.overGradientNorm();
        Scalar minusEta = Double.isNaN(length) ? null : w0.tier().scalar(-length);
        return new Stepper() {
            private boolean stalled;

            @Override
            public void step(long t) {
                if (minusEta != null) {
                    objective.gradient(w, g);
                    Scalar norm = g.dot(g).sqrt();
                    // eta / ||g|| has no value at a stationary point: the run ends there
                    if (norm.signum() == 0) stalled = true;
                    else w.axpy(minusEta.divide(norm), g);
                } else if (step.scalesWithLoss()) {
                    double logLoss =
                            ((LogDomainObjective) objective).normalizedGradient(w, g).doubleValue();
                    w.axpy(-step.timesLoss(t, logLoss), g);
                } else {
                    objective.gradient(w, g);
                    w.axpy(-step.at(t), g);
                }
            }

            @Override
            public Vec iterate() {
                return w;
            }

            @Override
            public boolean finished() {
                return stalled;
            }
        };
    }
}
