package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.Numbers;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Word;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

/**
 * {@code converges}: the iterates have a limit; {@code diverges}: ||w_t|| -> infinity.
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
        LinearDynamics.Decision fate = run.fate();
        String stopped =
                "stopped ("
                        + run.trajectory().stopped()
                        + ") after "
                        + run.trajectory().iterations()
                        + " iterations";
        if (fate != null) {
            boolean limit = fate.converges();
            boolean infinite = fate.fate() == LinearDynamics.Fate.DIVERGES;
            boolean holds = converges ? limit : infinite;
            return result(
                            holds ? Verdict.HOLDS : Verdict.FAILS,
                            stopped,
                            null,
                            fate.reason(),
                            (limit
                                            ? "the iterates converge"
                                            : infinite
                                                    ? "the iterates diverge"
                                                    : "the iterates stay bounded without converging")
                                    + " in exact arithmetic (the run "
                                    + stopped
                                    + ")")
                    .graded(Evidence.EXACT);
        }
        if (run.trajectory().blewUp()) {
            boolean confirmed = run.tier().digits() > 32;
            if (!confirmed) {
                return result(
                        Verdict.INCONCLUSIVE,
                        stopped,
                        null,
                        null,
                        "the run blew up in "
                                + run.tier().name()
                                + ", which may be floating-point overflow rather than divergence, and was not confirmed in arbitrary precision");
            }
            return result(
                            converges ? Verdict.FAILS : Verdict.HOLDS,
                            stopped,
                            null,
                            "estimate: the iterates grew past 1e150 times "
                                    + "their start in "
                                    + run.tier().name()
                                    + " (no overflow there); nothing proves they keep growing",
                            "the iterates blew up after "
                                    + run.trajectory().iterations()
                                    + " iterations")
                    .graded(Evidence.ESTIMATE);
        }
        if (run.tail().finite()) {
            return result(
                            converges ? Verdict.HOLDS : Verdict.FAILS,
                            stopped,
                            run.limitBound(),
                            run.tail().premises(),
                            "the iterates have a limit within "
                                    + Numbers.sci(run.limitBound())
                                    + " of w_T")
                    .graded(run.tail().evidence());
        }
        return result(
                Verdict.INCONCLUSIVE,
                stopped,
                null,
                null,
                "neither a limit nor divergence is established: " + run.tail().premises());
    }

    private ClaimResult result(
            Verdict v, String stopped, Double bound, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withFigures(new Word(stopped), new Word(converges ? "converges" : "diverges"))
                .withBound(bound);
    }
}
