/**
 * The objectives a spec poses (least squares, classification losses) and the mirror maps and
 * potentials of mirror descent, evaluated in every numeric tier. It may depend on symbolic and
 * numeric.
 */
package dev.occam.problem;
