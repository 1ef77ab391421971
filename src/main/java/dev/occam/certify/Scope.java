package dev.occam.certify;

/**
 * Whether a claim was evaluated inside the theorem's hypotheses, or outside them: a hypothesis
 * failed (a step above the theorem's bound, an algorithm the theorem is not about) while the
 * prediction could still be computed, so the run still answers; researchers look for
 * counterexamples exactly there.
 */
public enum Scope {
    THEOREM,
    OUTSIDE_HYPOTHESES;

    /** "theorem" or "outside-hypotheses". */
    public String word() {
        return this == THEOREM ? "theorem" : "outside-hypotheses";
    }

    @Override
    public String toString() {
        return word();
    }
}
