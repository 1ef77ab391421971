package dev.occam.check;

/**
 * One claim at one sweep point. Numbers that need more than double are decimal strings.
 *
 * @param measured    what the run gives (a decimal string, or a vector of them), may be null
 * @param predicted   what the theorem predicts, may be null
 * @param error       |measured - predicted| (or the claim's own discrepancy), decimal string, may be null
 * @param bound       certified upper bound on how far the run's limit can be from {@code measured}, may be null
 * @param certifiedBy how {@code bound} is known, in words a reader can check
 * @param quantity    the named quantity a rate, value or monotone claim is about (loss, distance, ...), else null
 */
public record ClaimResult(String kind, Verdict verdict, Object measured, Object predicted, String error,
                          String bound, String tolerance, String certifiedBy, String message, String quantity) {

    /** A result not about a named quantity (or whose quantity {@link #about} adds later). */
    public ClaimResult(String kind, Verdict verdict, Object measured, Object predicted, String error,
                       String bound, String tolerance, String certifiedBy, String message) {
        this(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy, message, null);
    }

    /** How a reader names the claim: its kind, and its quantity when it has one ("rate (distance)"). */
    public String label() {
        return quantity == null ? kind : kind + " (" + quantity + ")";
    }

    /** This result, about {@code q}. */
    public ClaimResult about(String q) {
        return new ClaimResult(kind, verdict, measured, predicted, error, bound, tolerance, certifiedBy, message, q);
    }
}
