/**
 * What a theorem predicts for the limit of a run (max-margin directions, minimum-distance
 * interpolants, Bregman projections), computed exactly or in wide precision with certificates. It
 * may depend on problem, symbolic and numeric.
 */
package dev.occam.prediction;
