/**
 * The claim kinds: each evaluates a {@link dev.occam.run.PointRun} into a graded {@link
 * dev.occam.result.ClaimResult}, and may ask to watch every iterate or add a curve to the plots
 * (default methods of {@link dev.occam.claim.Claim}). It may depend on run, result, certify and the
 * packages below them; plan builds claims, check evaluates them.
 */
package dev.occam.claim;
