package dev.occam.result;

import dev.occam.certify.Evidence;
import dev.occam.certify.Scope;

/**
 * One claim at one sweep point, its figures as numbers and {@link Figure}s; {@code report} writes
 * them. Start from {@link #of} and add what the claim has with the {@code with...} methods.
 *
 * @param measured what the run gives, may be null
 * @param predicted what the theorem predicts, may be null
 * @param error |measured - predicted| (or the claim's own discrepancy), may be null
 * @param bound bound on how far the run's limit can be from {@code measured}, may be null; it is
 *     proved only when {@code evidence} says so
 * @param tolerance the spec's tolerance as written there, may be null
 * @param certifiedBy the premises of the verdict in words a reader can check (what was proved, what
 *     was measured, what is assumed)
 * @param quantity the named quantity a rate, value or monotone claim is about (loss, distance,
 *     ...), else null
 * @param evidence how the verdict is known ({@link Evidence#NONE} for INCONCLUSIVE and ERROR)
 * @param scope inside the theorem's hypotheses, or outside them with the prediction still
 *     computable
 * @param kkt the KKT certificate of claim kkt, else null
 */
public record ClaimResult(
        String kind,
        Verdict verdict,
        Figure measured,
        Figure predicted,
        Double error,
        Double bound,
        String tolerance,
        String certifiedBy,
        String message,
        String quantity,
        Evidence evidence,
        Scope scope,
        KktTable kkt) {

    /**
     * A result with a verdict and its reasons only: no figures, not about a named quantity, no
     * evidence yet, inside the theorem.
     */
    public static ClaimResult of(String kind, Verdict verdict, String certifiedBy, String message) {
        return new ClaimResult(
                kind,
                verdict,
                null,
                null,
                null,
                null,
                null,
                certifiedBy,
                message,
                null,
                Evidence.NONE,
                Scope.THEOREM,
                null);
    }

    /** An internal error in evaluating a claim: a defect of occam, reported rather than thrown. */
    public static ClaimResult error(String kind, String message) {
        return of(kind, Verdict.ERROR, null, message);
    }

    /** This result with what the run gives and what the theorem predicts (either may be null). */
    public ClaimResult withFigures(Figure m, Figure p) {
        return new ClaimResult(
                kind,
                verdict,
                m,
                p,
                error,
                bound,
                tolerance,
                certifiedBy,
                message,
                quantity,
                evidence,
                scope,
                kkt);
    }

    /** This result with the KKT certificate of the last direction. */
    public ClaimResult withKkt(KktTable k) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                bound,
                tolerance,
                certifiedBy,
                message,
                quantity,
                evidence,
                scope,
                k);
    }

    /** This result with its error (null: none). */
    public ClaimResult withError(Double e) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                e,
                bound,
                tolerance,
                certifiedBy,
                message,
                quantity,
                evidence,
                scope,
                kkt);
    }

    /**
     * This result with a bound on the distance of the run's limit from {@code measured} (null:
     * none).
     */
    public ClaimResult withBound(Double b) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                b,
                tolerance,
                certifiedBy,
                message,
                quantity,
                evidence,
                scope,
                kkt);
    }

    /** This result with the spec's tolerance as written there. */
    public ClaimResult withTolerance(String t) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                bound,
                t,
                certifiedBy,
                message,
                quantity,
                evidence,
                scope,
                kkt);
    }

    /**
     * How a reader names the claim: its kind, and its quantity when it has one ("rate (distance)").
     */
    public String label() {
        return quantity == null ? kind : kind + " (" + quantity + ")";
    }

    /** This result, about {@code q}. */
    public ClaimResult about(String q) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                bound,
                tolerance,
                certifiedBy,
                message,
                q,
                evidence,
                scope,
                kkt);
    }

    /** This result with its evidence grade. */
    public ClaimResult graded(Evidence e) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                bound,
                tolerance,
                certifiedBy,
                message,
                quantity,
                e,
                scope,
                kkt);
    }

    /**
     * This result with another verdict and message (e.g. demoted to INCONCLUSIVE), the figures
     * kept.
     */
    public ClaimResult as(Verdict v, String why) {
        return new ClaimResult(
                kind,
                v,
                measured,
                predicted,
                error,
                bound,
                tolerance,
                certifiedBy,
                why,
                quantity,
                v == Verdict.HOLDS || v == Verdict.FAILS ? evidence : Evidence.NONE,
                scope,
                kkt);
    }

    /**
     * This result, evaluated outside the theorem's hypotheses; the message names the hypothesis
     * that failed.
     */
    public ClaimResult outside(String hypothesis) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                bound,
                tolerance,
                certifiedBy,
                (message == null ? "" : message + " ")
                        + "[outside the theorem's hypotheses: "
                        + hypothesis
                        + "]",
                quantity,
                evidence,
                Scope.OUTSIDE_HYPOTHESES,
                kkt);
    }

    /** This result with a remark about the run appended to its message. */
    public ClaimResult noted(String remark) {
        return new ClaimResult(
                kind,
                verdict,
                measured,
                predicted,
                error,
                bound,
                tolerance,
                certifiedBy,
                (message == null ? "" : message + " ") + "(" + remark + ")",
                quantity,
                evidence,
                scope,
                kkt);
    }

    /** Whether this is a decided verdict (HOLDS or FAILS). */
    public boolean decided() {
        return verdict == Verdict.HOLDS || verdict == Verdict.FAILS;
    }
}
