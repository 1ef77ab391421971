package dev.occam.result;

import dev.occam.certify.Evidence;
import dev.occam.certify.Scope;

/**
 * One claim at one sweep point. Numbers that need more than double are decimal strings.
 *
 * @param measured    what the run gives (a decimal string, or a vector of them), may be null
 * @param predicted   what the theorem predicts, may be null
 * @param error       |measured - predicted| (or the claim's own discrepancy), decimal string, may be null
 * @param bound       bound on how far the run's limit can be from {@code measured}, may be null; it is
 *                    proved only when {@code evidence} says so
 * @param certifiedBy the premises of the verdict in words a reader can check (what was proved, what
 *                    was measured, what is assumed)
 * @param quantity    the named quantity a rate, value or monotone claim is about (loss, distance, ...), else null
 * @param evidence    how the verdict is known ({@link Evidence#NONE} for INCONCLUSIVE and ERROR)
 * @param scope       inside the theorem's hypotheses, or outside them with the prediction still computable
 */
public record ClaimResult(String kind, Verdict verdict, Object measured, Object predicted, String error,
                          String bound, String tolerance, String certifiedBy, String message, String quantity,
                          Evidence evidence, Scope scope) {

    /** A result not about a named quantity, with no evidence yet ({@link #graded} adds it), inside the theorem. */
    public ClaimResult(String kind, Verdict verdict, Object measured, Object predicted, String error,
                       String bound, String tolerance, String certifiedBy, String message) {
        this(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy, message, null, Evidence.NONE, Scope.THEOREM);
    }

    /** An internal error in evaluating a claim: a defect of occam, reported rather than thrown. */
    public static ClaimResult error(String kind, String message) {
        return new ClaimResult(kind, Verdict.ERROR, null, null, null, null, null, null, message);
    }

    /** How a reader names the claim: its kind, and its quantity when it has one ("rate (distance)"). */
    public String label() {
        return quantity == null ? kind : kind + " (" + quantity + ")";
    }

    /** This result, about {@code q}. */
    public ClaimResult about(String q) {
        return new ClaimResult(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy, message, q, evidence, scope);
    }

    /** This result with its evidence grade. */
    public ClaimResult graded(Evidence e) {
        return new ClaimResult(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy, message, quantity, e, scope);
    }

    /** This result with another verdict and message (e.g. demoted to INCONCLUSIVE), the figures kept. */
    public ClaimResult as(Verdict v, String why) {
        return new ClaimResult(kind, v, measured, predicted, error, bound, tolerance, certifiedBy, why, quantity,
                v == Verdict.HOLDS || v == Verdict.FAILS ? evidence : Evidence.NONE, scope);
    }

    /** This result, evaluated outside the theorem's hypotheses; the message names the hypothesis that failed. */
    public ClaimResult outside(String hypothesis) {
        return new ClaimResult(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy,
                (message == null ? "" : message + " ") + "[outside the theorem's hypotheses: " + hypothesis + "]",
                quantity, evidence, Scope.OUTSIDE_HYPOTHESES);
    }

    /** This result with a remark about the run appended to its message. */
    public ClaimResult noted(String remark) {
        return new ClaimResult(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy,
                (message == null ? "" : message + " ") + "(" + remark + ")", quantity, evidence, scope);
    }

    /** Whether this is a decided verdict (HOLDS or FAILS). */
    public boolean decided() {
        return verdict == Verdict.HOLDS || verdict == Verdict.FAILS;
    }
}
