package dev.occam.search.hypotheses;

import dev.occam.certify.Evidence;
import dev.occam.result.PredictionResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.search.Checked;
import dev.occam.search.Outcome;

import java.util.Map;

/**
 * One line of the hypothesis table: a breach of one precondition and what checking it came to, or a
 * precondition left unexplored with the reason.
 *
 * @param hypothesis the hypothesis in a few words
 * @param precondition the precondition as the prediction declares it on the unbroken spec
 * @param change the breach, in words (null when not explored)
 * @param distance how far outside it lands, in words and numbers (null when not explored)
 * @param edits spec path to YAML value (empty when not explored)
 * @param outside whether the checked spec is outside the precondition, as occam's own check of it
 *     says: "yes: ..." or "no: ..." (null when not explored or not checked)
 * @param verdict the breached spec's verdict with its evidence, e.g. "FAILS (trend)"
 * @param reading what the breach did to the claim
 * @param detail why: the failing or nearest claim's message, the unmet precondition, the reason for
 *     not exploring, and the breach's note
 * @param outcome the breach as the search records a candidate (null when not explored)
 */
public record HypothesisRow(
        String hypothesis,
        String precondition,
        String change,
        String distance,
        Map<String, String> edits,
        String outside,
        String verdict,
        Reading reading,
        String detail,
        Outcome outcome) {

    /** What breaking the hypothesis did to the claim. */
    public enum Reading {
        /** A certified FAILS: some claim failed with at least the required evidence. */
        BROKE("broke the claim"),
        /** HOLDS with at least the required evidence. */
        HELD("still holds"),
        /** A verdict on weaker evidence than required, or INCONCLUSIVE. */
        INCONCLUSIVE("inconclusive"),
        /** The prediction is not defined on the breached spec: there is nothing to compare. */
        UNDEFINED("prediction undefined"),
        /** The breached spec could not be checked (invalid, or an error of occam's). */
        ERROR("not checked"),
        NOT_EXPLORED("not explored");

        private final String words;

        Reading(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    static HypothesisRow notExplored(String hypothesis, String precondition, String reason) {
        return new HypothesisRow(
                hypothesis,
                precondition,
                null,
                null,
                Map.of(),
                null,
                null,
                Reading.NOT_EXPLORED,
                reason,
                null);
    }

    /** The row of a checked breach of {@code breaker}'s precondition. */
    static HypothesisRow checked(
            Breaker breaker,
            String precondition,
            Breach breach,
            Checked checked,
            SpecResult baseline,
            Evidence required) {
        Outcome o = checked.outcome();
        SpecResult r = checked.result();
        String verdict =
                o.verdict()
                        + (o.evidence().equals(Evidence.NONE.word())
                                ? ""
                                : " (" + o.evidence() + ")");
        PredictionResult p = r == null ? null : r.prediction();
        String unmet = p == null ? null : p.unmet();
        Reading reading =
                switch (o.category()) {
                    case COUNTEREXAMPLE -> Reading.BROKE;
                    case HOLDS -> Reading.HELD;
                    case INCONCLUSIVE -> unmet != null ? Reading.UNDEFINED : Reading.INCONCLUSIVE;
                    case ERROR, INVALID -> Reading.ERROR;
                };
        String why =
                switch (reading) {
                    case BROKE -> o.claim() + " FAILS: " + o.message();
                    case UNDEFINED -> unmet;
                    case HELD -> "HOLDS on " + o.evidence() + " evidence";
                    case INCONCLUSIVE ->
                            o.verdict() == Verdict.INCONCLUSIVE
                                    ? ClaimChanges.first(r, Verdict.INCONCLUSIVE)
                                    : o.verdict()
                                            + " on "
                                            + o.evidence()
                                            + " evidence, below the required "
                                            + required.word();
                    default -> o.message();
                };
        if (r != null && baseline != null)
            why = why + ". Claims against the unbroken spec: " + ClaimChanges.between(baseline, r);
        if (breach.note() != null) why = why + ". Note: " + breach.note();
        return new HypothesisRow(
                breaker.hypothesis(),
                precondition,
                breach.change(),
                breach.distance(),
                breach.edits(),
                r == null ? null : outside(breaker, r, unmet),
                verdict,
                reading,
                why,
                o);
    }

    /** Whether occam's own check puts the breached spec outside the precondition. */
    private static String outside(Breaker breaker, SpecResult r, String unmet) {
        if (r.prediction() == null) return "not known: the check reported no prediction";
        if (unmet != null) return "yes: the prediction's preconditions fail";
        if (r.outsideHypotheses()) return "yes: occam marks the claims outside the hypotheses";
        if (r.prediction() != null && r.prediction().preconditions() != null) {
            for (String line : r.prediction().preconditions()) {
                if (breaker.recognises(line)) return "no: occam still declares '" + line + "'";
            }
        }
        return "yes: the precondition is no longer declared";
    }
}
