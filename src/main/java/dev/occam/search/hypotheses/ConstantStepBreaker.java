package dev.occam.search.hypotheses;

import java.util.List;
import java.util.Map;

/**
 * A constant step: replaced by a schedule in t that tends to the same eta from below (so the step
 * bound still holds), and by one that decays to 0 (its sum still diverges, as convergence needs).
 */
final class ConstantStepBreaker implements Breaker {
    @Override
    public String hypothesis() {
        return "constant step";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("constant step eta = ");
    }

    @Override
    public List<Breach> propose(Subject s) {
        String eta = s.doc().get("algorithm.step");
        if (eta == null || !eta.matches("[0-9.eE+-]+")) {
            throw new NotExplored("algorithm.step is not a plain number to make vary");
        }
        return List.of(
                new Breach(
                        "step eta_t = " + eta + " (1 - 1/(t + 2))",
                        "varies from eta/2 up to eta: |eta_t - eta| = eta/(t + 2) -> 0",
                        Map.of("algorithm.step", "\"" + eta + "*(1 - 1/(t + 2))\"")),
                new Breach(
                        "step eta_t = " + eta + " / sqrt(t + 1)",
                        "decays to 0 (the steps' sum still diverges)",
                        Map.of("algorithm.step", "\"" + eta + "*(t + 1)^(-1/2)\"")));
    }
}
