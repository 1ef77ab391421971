package dev.occam.result;

import java.util.List;
import java.util.Map;

/**
 * The closed-form prediction as reported.
 *
 * @param value decimal strings (to the precision asked for plus guard digits)
 * @param exact Symja form of an exact value (e.g. "{5/27,-1/9,...}") or null
 * @param certificate named checks of the prediction itself (KKT residuals, duality gap, ...),
 *     values as strings
 * @param preconditions each precondition with how it was checked
 * @param unmet the precondition the problem does not meet, or null
 */
public record PredictionResult(
        String kind,
        List<String> value,
        String exact,
        Map<String, String> certificate,
        List<String> preconditions,
        String unmet) {}
