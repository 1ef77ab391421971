package dev.occam.result;

/**
 * A curve for a report plot, e.g. distance to the prediction against iteration, or the fitted law.
 *
 * @param role what it is: "distance", "loss", "fit:distance", "norm", ...
 */
public record Series(String role, String label, double[] x, double[] y) {
}
