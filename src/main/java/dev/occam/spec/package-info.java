/**
 * Loads and validates spec files (YAML) into {@link dev.occam.spec.Spec}: problem, algorithm,
 * prediction, claims, run settings, sweeps and generated data. It may depend only on numeric, for
 * {@link dev.occam.numeric.Value}, the exact numbers it reads.
 */
package dev.occam.spec;
