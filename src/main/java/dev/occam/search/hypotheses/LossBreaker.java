package dev.occam.search.hypotheses;

import java.util.List;
import java.util.Map;

/**
 * The loss: exponential and logistic are the classification losses occam offers, and both have the
 * exponential tail e^-u SHN+18's proof uses; the breach swaps one for the other, which leaves the
 * stated loss but not the tail (a loss without it cannot be written in a spec).
 */
final class LossBreaker implements Breaker {
    private static final String TAIL =
            "both losses have the exponential tail e^-u that SHN+18 needs; occam offers no"
                    + " classification loss without it, so the tail itself is not breached";

    @Override
    public String hypothesis() {
        return "exponential loss";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("loss exponential")
                || precondition.startsWith("loss logistic");
    }

    @Override
    public List<Breach> propose(Subject s) {
        s.classification();
        boolean exponential =
                s.doc().get("problem.loss") == null
                        || s.doc().get("problem.loss").equals("exponential");
        return List.of(
                exponential
                        ? new Breach(
                                "loss logistic",
                                "log(1 + e^-u) = e^-u - e^-2u/2 + ...: within e^-2u/2 of e^-u for u >= 0",
                                Map.of("problem.loss", "logistic"),
                                TAIL)
                        : new Breach(
                                "loss exponential",
                                "e^-u = log(1 + e^-u) + e^-2u/2 - ...: unbounded curvature as u -> -inf",
                                Map.of("problem.loss", "exponential"),
                                TAIL));
    }
}
