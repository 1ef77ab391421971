package dev.occam.claim;

import dev.occam.claim.ObservedFate.Outcome;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Word;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

/**
 * {@code bounded}: sup_t ||w_t|| is finite. It HOLDS when the iterates converge or oscillate with
 * modulus 1 (a linear method exactly at its threshold), FAILS when they diverge, each with the
 * evidence of {@link ObservedFate}; a run that stayed bounded for T iterations without a limit
 * proves nothing about t > T, so that is INCONCLUSIVE.
 */
public record BoundedClaim() implements Claim {
    @Override
    public String kind() {
        return "bounded";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        ObservedFate seen = ObservedFate.of(run);
        ClaimResult r;
        if (seen.outcome() == Outcome.UNKNOWN) {
            r = ClaimResult.of(kind(), Verdict.INCONCLUSIVE, seen.how(), seen.message());
        } else {
            Verdict v = seen.outcome() == Outcome.DIVERGES ? Verdict.FAILS : Verdict.HOLDS;
            r =
                    ClaimResult.of(
                                    kind(),
                                    v,
                                    seen.how(),
                                    seen.message()
                                            + (v == Verdict.HOLDS
                                                    ? ": sup_t ||w_t|| is finite"
                                                    : ": ||w_t|| -> infinity"))
                            .graded(seen.evidence());
        }
        return r.withFigures(new Word(seen.outcome().words), new Word("bounded"))
                .withBound(seen.bound());
    }
}
