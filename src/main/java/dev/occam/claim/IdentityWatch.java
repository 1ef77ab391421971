package dev.occam.claim;

import dev.occam.algorithm.FactorizedModel;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Vec;

/**
 * Evaluates a factorization identity at every iterate of a run ({@link FactorIdentities}) and keeps
 * the largest residual, where it occurred, and the balancedness there.
 */
final class IdentityWatch implements IterationWatch {
    private final boolean singularValues;
    private long observed;
    private long skipped;
    private double worst = -1;
    private long worstT = -1;
    private double balancednessThere;
    private int depth;
    private int size;
    private boolean noFactors;

    IdentityWatch(boolean singularValues) {
        this.singularValues = singularValues;
    }

    @Override
    public void observe(long t, double time, Vec w, Stepper stepper) {
        FactorizedModel model = stepper == null ? null : stepper.factorized();
        if (model == null) {
            noFactors = true;
            return;
        }
        FactorIdentities.Residuals r = FactorIdentities.at(model, w);
        double rho = singularValues ? r.singularValues() : r.endToEnd();
        if (Double.isNaN(rho)) {
            skipped++;
            return;
        }
        observed++;
        depth = model.depth();
        size = Math.max(model.rows(), model.cols());
        // NaN-safe: an infinite residual is the worst
        if (!(rho <= worst)) {
            worst = rho;
            worstT = t;
            balancednessThere = model.balancedness();
        }
    }

    boolean noFactors() {
        return noFactors;
    }

    long observed() {
        return observed;
    }

    /**
     * Iterates where the identity was not evaluated (W singular, a hidden width below min(m, n), or
     * a zero velocity).
     */
    long skipped() {
        return skipped;
    }

    double worst() {
        return worst;
    }

    long worstT() {
        return worstT;
    }

    /** N and max(m, n) of the factorization seen (0 before any iterate). */
    int depth() {
        return depth;
    }

    int size() {
        return size;
    }

    double balancednessThere() {
        return balancednessThere;
    }
}
