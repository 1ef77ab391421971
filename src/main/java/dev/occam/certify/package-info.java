/**
 * Certification between a run and its claims: proved tail bounds, exact linear dynamics, spectral
 * bounds, power-law trends, law fits and the {@link dev.occam.certify.Evidence} grades they carry.
 * It may depend on algorithm, prediction, problem, symbolic and numeric; run, claim, check, result,
 * report, cli and testkit use it.
 */
package dev.occam.certify;
