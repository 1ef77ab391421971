package dev.occam.problem;

import dev.occam.numeric.Vec;

import java.util.Map;

/**
 * The geometry of mirror descent: a strictly convex potential psi, its gradient (the mirror map)
 * and the gradient's inverse. The run uses the tier methods; predictions use the Dfp methods.
 */
public interface MirrorMap extends ConvexPotential {

    /** How the spec wrote it, e.g. "x*Log(x) - x" or "half-norm-squared lp:3". */
    String describe();

    /** theta = grad psi(w). */
    void gradient(Vec w, Vec theta);

    /** w = (grad psi)^{-1}(theta). */
    void inverse(Vec theta, Vec w);

    /**
     * Null when w lies in the potential's domain, else why not (e.g. "w[2] = -1 is outside (0,
     * inf)").
     */
    String domainViolation(double[] w);

    /** Domain in words, e.g. "w > 0" or "all of R^d". */
    String domain();

    /** Symbolic objects for explain and reports: name to {text, tex, mathml}. */
    Map<String, Map<String, String>> derived();

    /**
     * The potential as a sum of one-dimensional potentials, for per-coordinate interval bounds;
     * null when it is not one.
     */
    default SeparablePotential separable() {
        return null;
    }
}
