package dev.occam.result;

import java.util.List;
import java.util.Map;

/**
 * The run at one sweep point and its claims.
 *
 * @param stopped "converged", "budget" or "diverged"
 * @param finalIterate the last iterate as decimal strings in the run's precision
 * @param series curves for plots (log-spaced samples)
 */
public record PointResult(
        Map<String, String> parameters,
        long iterations,
        String stopped,
        List<String> finalIterate,
        List<ClaimResult> claims,
        List<Series> series,
        Verdict verdict) {}
