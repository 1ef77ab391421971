package dev.occam.result;

/**
 * A curve for a report plot, e.g. distance to the prediction against iteration, or the fitted law.
 *
 * @param legend what its legend says beyond the role, null for no legend
 */
public record Series(Role role, Legend legend, double[] x, double[] y) {}
