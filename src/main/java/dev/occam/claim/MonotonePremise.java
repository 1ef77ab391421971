package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

/**
 * A spec's own {@code monotone} claim on a quantity, seen to hold at every iterate of the run, used
 * as the premise of another claim (a limit or a value already beyond its tolerance, moving away):
 * the monotone claim stays a separate, visible claim, so the premise is in the report. Its grade is
 * the monotone claim's: {@link Evidence#PROVED_BOUND} when a descent lemma proves it for every
 * later t, else {@link Evidence#ESTIMATE} (the iterates after the run are not seen).
 *
 * @param increasing nondecreasing (else nonincreasing)
 * @param after the first iteration compared
 * @param evidence the monotone claim's own grade
 * @param why the monotone claim's how-certified text
 */
record MonotonePremise(boolean increasing, long after, Evidence evidence, String why) {

    /**
     * The run's monotone claim on {@code quantity} (a name or a formula's text) that saw no
     * violation over at least one comparison and HOLDS, or null.
     */
    static MonotonePremise of(PointRun run, String quantity) {
        for (var entry : run.watches().entrySet()) {
            if (entry.getKey() instanceof MonotoneClaim m
                    && m.quantity().equals(quantity)
                    && entry.getValue() instanceof MonotoneWatch w
                    && w.violation() == null
                    && w.compared() > 0) {
                ClaimResult held = m.evaluate(run, run);
                if (held.verdict() != Verdict.HOLDS) continue;
                return new MonotonePremise(
                        m.increasing(), m.after(), held.evidence(), held.certifiedBy());
            }
        }
        return null;
    }

    String direction() {
        return increasing ? "nondecreasing" : "nonincreasing";
    }

    /** The premise in words, for a claim's how-certified text. */
    String premise(String quantity, long iterations) {
        return evidence.word()
                + ": "
                + quantity
                + " is "
                + direction()
                + " at every iterate from t = "
                + after
                + " to "
                + iterations
                + " (the monotone claim"
                + (evidence == Evidence.PROVED_BOUND
                        ? ", proved for every later t: " + why
                        : "; if it stays so")
                + ")";
    }
}
