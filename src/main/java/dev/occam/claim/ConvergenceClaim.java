package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.claim.ObservedFate.Outcome;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Word;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

/**
 * {@code converges}: the iterates have a limit; {@code diverges}: ||w_t|| -> infinity. Both read
 * {@link ObservedFate}:
 *
 * <ul>
 *   <li>The exact fate of a linear method on rational least squares decides both ({@link
 *       Evidence#EXACT}): a start exactly at a fixed point stays there even where rounding would
 *       excite an unstable mode, and an unstable mode with a start component of 1e-20 diverges
 *       although the run never sees it.
 *   <li>Else a finite tail bound shows a limit, with the bound's evidence (a proved bound, or an
 *       estimate of a geometric contraction); a floating-point blow-up is divergence only when the
 *       same run blows up again in arbitrary precision, where nothing overflows below 10^131072
 *       ({@link Evidence#ESTIMATE}: growth by 1e150 reproduced is not a proof of growth forever).
 *   <li>Otherwise INCONCLUSIVE: steps in the rounding floor, or a window that does not look
 *       geometric, say nothing about where the run goes.
 * </ul>
 */
public record ConvergenceClaim(boolean converges) implements Claim {
    @Override
    public String kind() {
        return converges ? "converges" : "diverges";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        ObservedFate seen = ObservedFate.of(run);
        if (seen.outcome() == Outcome.UNKNOWN) return result(Verdict.INCONCLUSIVE, seen);
        boolean holds = seen.outcome() == (converges ? Outcome.CONVERGES : Outcome.DIVERGES);
        return result(holds ? Verdict.HOLDS : Verdict.FAILS, seen).graded(seen.evidence());
    }

    private ClaimResult result(Verdict v, ObservedFate seen) {
        return ClaimResult.of(kind(), v, seen.how(), seen.message())
                .withFigures(
                        new Word(seen.stopped()), new Word(converges ? "converges" : "diverges"))
                .withBound(seen.bound());
    }
}
