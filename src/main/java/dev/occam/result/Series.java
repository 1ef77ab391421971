package dev.occam.result;

/** A curve for a report plot, e.g. distance to the prediction against iteration, or the fitted law. */
public record Series(Role role, String label, double[] x, double[] y) {
}
