package dev.occam.search.hypotheses;

import java.util.List;

/** A precondition no valid spec can leave (the spec reader refuses it): listed, not explored. */
record GuaranteedPrecondition(String hypothesis, String prefix, String reason) implements Breaker {
    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith(prefix);
    }

    @Override
    public List<Breach> propose(Subject subject) {
        throw new NotExplored(reason);
    }
}
