package dev.occam.problem;

import org.hipparchus.dfp.Dfp;

/**
 * A strictly convex potential psi in arbitrary precision: what a Bregman projection needs. {@link
 * MirrorMap} adds the tier-side maps a run needs.
 */
public interface ConvexPotential {

    Dfp value(Dfp[] w);

    /** grad psi(w). */
    Dfp[] gradient(Dfp[] w);

    /** (grad psi)^{-1}(theta). */
    Dfp[] inverse(Dfp[] theta);

    /** Jacobian of the inverse map at theta, i.e. the inverse Hessian of psi at inverse(theta). */
    Dfp[][] inverseJacobian(Dfp[] theta);

    /**
     * How psi's strict convexity on its domain is known, in words (a precondition of every Bregman
     * projection).
     */
    String convexity();
}
