package dev.occam.prediction;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A closed-form prediction with the evidence that it is right.
 *
 * @param value the predicted point, to the requested digits plus guard digits
 * @param exact the exact rational point, or null
 * @param certificate named checks of the prediction itself (residuals, duality gap), in order
 * @param preconditions each precondition and how it was checked
 * @param unmet null when every precondition holds, else which one failed and why
 * @param references other named points shown beside it in reports (e.g. "argmin ||w - w0||_2")
 * @param derived symbolic objects for explain/reports: name to {text, tex, mathml}
 * @param quantities named vectors and scalars claims may need beside the point, e.g. "w_hat",
 *     "alpha", "margin" (length 1), "support" (point indices), "w_tilde"
 * @param outside null when the theorem's hypotheses hold, else the one that fails while the
 *     prediction could still be computed: the claims are evaluated all the same, outside the
 *     theorem (researchers look for counterexamples there)
 * @param marginNorm the exponent p of the l_p norm a max-margin prediction's margin is measured in
 *     (1, 2, a rational, or infinity for l_inf); 2 for every other prediction
 */
public record Prediction(
        String kind,
        BigDecimal[] value,
        BigFraction[] exact,
        Map<String, String> certificate,
        List<String> preconditions,
        String unmet,
        Map<String, BigDecimal[]> references,
        Map<String, Map<String, String>> derived,
        Map<String, BigDecimal[]> quantities,
        String outside,
        double marginNorm) {

    /** Inside the theorem's hypotheses. */
    public Prediction(
            String kind,
            BigDecimal[] value,
            BigFraction[] exact,
            Map<String, String> certificate,
            List<String> preconditions,
            String unmet,
            Map<String, BigDecimal[]> references,
            Map<String, Map<String, String>> derived,
            Map<String, BigDecimal[]> quantities) {
        this(
                kind,
                value,
                exact,
                certificate,
                preconditions,
                unmet,
                references,
                derived,
                quantities,
                null,
                2);
    }

    /** This prediction, computed although {@code hypothesis} fails (the first one named wins). */
    public Prediction outsideHypotheses(String hypothesis) {
        return new Prediction(
                kind,
                value,
                exact,
                certificate,
                preconditions,
                unmet,
                references,
                derived,
                quantities,
                outside != null ? outside : hypothesis,
                marginNorm);
    }

    /** This prediction, with its margin measured in the l_p norm of exponent {@code p}. */
    public Prediction inMarginNorm(double p) {
        return new Prediction(
                kind,
                value,
                exact,
                certificate,
                preconditions,
                unmet,
                references,
                derived,
                quantities,
                outside,
                p);
    }

    /** Whether the margin is measured in another norm than l2. */
    public boolean nonEuclideanMargin() {
        return marginNorm != 2;
    }

    /** Without named quantities. */
    public Prediction(
            String kind,
            BigDecimal[] value,
            BigFraction[] exact,
            Map<String, String> certificate,
            List<String> preconditions,
            String unmet,
            Map<String, BigDecimal[]> references,
            Map<String, Map<String, String>> derived) {
        this(kind, value, exact, certificate, preconditions, unmet, references, derived, Map.of());
    }

    public static Prediction unmet(String kind, List<String> preconditions, String why) {
        return new Prediction(
                kind, null, null, Map.of(), preconditions, why, Map.of(), Map.of(), Map.of());
    }

    public boolean available() {
        return unmet == null && value != null;
    }
}
