package dev.occam.algorithm;

import dev.occam.numeric.LogDomainNorm;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Vec;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.Objective;

/**
 * w_{t+1} = w_t + eta_t dw_t, dw_t = argmin_v <grad L(w_t), v> + 1/2 ||v||^2 (deck eq. 6).
 *
 * <p>On a loss in the log domain with a {@link LogDomainNorm} (l1, linf, lp) the direction is
 * formed from grad L / L in log-polar form: sign descent moves a coordinate by the full step
 * whatever the size of its gradient component, so a component made only of underflowed terms must
 * keep its sign (with the plain normalized gradient it was 0, and the coordinate froze for good).
 */
public record SteepestDescent(StepSize step, Norm norm) implements Algorithm {
    @Override
    public <R> R descent(DescentForm<R> form) {
        return form.steepest(step, norm);
    }

    @Override
    public String kind() {
        return "steepest-descent";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        Vec w = w0.copy();
        Vec g = w0.tier().zeros(w0.size());
        Vec direction = w0.tier().zeros(w0.size());
        LogDomainObjective logDomain = objective instanceof LogDomainObjective l ? l : null;
        LogDomainNorm logNorm = logDomain != null && norm instanceof LogDomainNorm n ? n : null;
        Vec signs = logNorm == null ? null : w0.tier().zeros(w0.size());
        Vec logs = logNorm == null ? null : w0.tier().zeros(w0.size());
        return new Stepper() {
            @Override
            public void step(long t) {
                // the steepest direction is positively homogeneous, so it may be taken of grad L /
                // L
                // and scaled by L (in the tier) or folded into a loss-scaled step
                double eta;
                if (logNorm != null) {
                    Scalar logLoss = logDomain.normalizedGradient(w, signs, logs);
                    logNorm.steepest(signs, logs, direction);
                    if (step.scalesWithLoss()) {
                        eta = step.timesLoss(t, logLoss.doubleValue());
                    } else {
                        direction.scale(logLoss.exp());
                        eta = step.at(t);
                    }
                } else {
                    if (step.scalesWithLoss()) {
                        eta =
                                step.timesLoss(
                                        t,
                                        ((LogDomainObjective) objective)
                                                .normalizedGradient(w, g)
                                                .doubleValue());
                    } else {
                        objective.gradient(w, g);
                        eta = step.at(t);
                    }
                    norm.steepest(g, direction);
                }
                w.axpy(eta, direction);
            }

            @Override
            public Vec iterate() {
                return w;
            }
        };
    }
}
