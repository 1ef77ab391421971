package dev.occam.check;

/**
 * One claim at one sweep point. Numbers that need more than double are decimal strings.
 *
 * @param measured    what the run gives (a decimal string, or a vector of them), may be null
 * @param predicted   what the theorem predicts, may be null
 * @param error       |measured - predicted| (or the claim's own discrepancy), decimal string, may be null
 * @param bound       certified upper bound on how far the run's limit can be from {@code measured}, may be null
 * @param certifiedBy how {@code bound} is known, in words a reader can check
 */
public record ClaimResult(String kind, Verdict verdict, Object measured, Object predicted, String error,
                          String bound, String tolerance, String certifiedBy, String message) {
}
