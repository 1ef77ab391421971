package dev.occam.claim;

import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Tiers;
import dev.occam.run.PointRun;

/**
 * Where a run's iterates go, as far as occam can tell, with the evidence: the exact fate of a
 * linear method on an affine-gradient problem ({@link Evidence#EXACT}); else a floating-point
 * blow-up reproduced in arbitrary precision (divergence, an {@link Evidence#ESTIMATE}) or a finite
 * tail bound (a limit, with the bound's evidence); else unknown. {@code converges}, {@code
 * diverges}, {@code bounded} and {@code stability} read their verdicts off it.
 *
 * @param outcome what the iterates do; UNKNOWN when nothing is established
 * @param how the argument (null when none)
 * @param bound the tail bound's radius around w_T when the limit rests on it, else null
 * @param stopped how the run stopped, in words
 * @param message the finding in a sentence
 */
record ObservedFate(
        Outcome outcome,
        Evidence evidence,
        String how,
        Double bound,
        String stopped,
        String message) {

    enum Outcome {
        CONVERGES("converges"),
        OSCILLATES("stays bounded without converging"),
        DIVERGES("diverges"),
        UNKNOWN("unknown");

        final String words;

        Outcome(String words) {
            this.words = words;
        }
    }

    static ObservedFate of(PointRun run) {
        LinearDynamics.Decision fate = run.fate();
        String stopped =
                "stopped ("
                        + run.trajectory().stopped()
                        + ") after "
                        + run.trajectory().iterations()
                        + " iterations";
        if (fate != null) {
            Outcome outcome =
                    fate.converges()
                            ? Outcome.CONVERGES
                            : fate.fate() == LinearDynamics.Fate.DIVERGES
                                    ? Outcome.DIVERGES
                                    : Outcome.OSCILLATES;
            return new ObservedFate(
                    outcome,
                    Evidence.EXACT,
                    fate.reason(),
                    null,
                    stopped,
                    (outcome == Outcome.CONVERGES
                                    ? "the iterates converge"
                                    : outcome == Outcome.DIVERGES
                                            ? "the iterates diverge"
                                            : "the iterates stay bounded without converging")
                            + " in exact arithmetic (the run "
                            + stopped
                            + ")"
                            + disagreement(run, outcome));
        }
        if (run.trajectory().blewUp()) {
            if (Tiers.hasDoubleRange(run.tier())) {
                return new ObservedFate(
                        Outcome.UNKNOWN,
                        null,
                        null,
                        null,
                        stopped,
                        "the run blew up in "
                                + run.tier().name()
                                + ", which may be floating-point overflow rather than divergence, and was not confirmed in arbitrary precision");
            }
            return new ObservedFate(
                    Outcome.DIVERGES,
                    Evidence.ESTIMATE,
                    "estimate: the iterates grew past 1e150 times "
                            + "their start in "
                            + run.tier().name()
                            + " (no overflow there); nothing proves they keep growing",
                    null,
                    stopped,
                    "the iterates blew up after " + run.trajectory().iterations() + " iterations");
        }
        if (run.tail().finite()) {
            return new ObservedFate(
                    Outcome.CONVERGES,
                    run.tail().evidence(),
                    run.tail().premises(),
                    run.limitBound(),
                    stopped,
                    "the iterates have a limit within "
                            + Numbers.sci(run.limitBound())
                            + " of w_T");
        }
        return new ObservedFate(
                Outcome.UNKNOWN,
                null,
                null,
                null,
                stopped,
                "neither a limit nor divergence is established: " + run.tail().premises());
    }

    /**
     * When the floating-point run went elsewhere than the exact iteration, why that does not count:
     * rounding puts mass on modes the exact start does not excite (an unstable one grows from
     * ~1e-16 to overflow), or leaves an excited unstable component below the tier's resolution; the
     * exact fate is about the iteration the spec states.
     */
    private static String disagreement(PointRun run, Outcome exact) {
        if (run.trajectory().blewUp() && exact != Outcome.DIVERGES) {
            return "; the "
                    + run.tier().name()
                    + " run blew up at iteration "
                    + run.trajectory().iterations()
                    + " because rounding put mass on an unstable mode that the exact start does not excite: "
                    + "a property of the rounded run, not of the iteration";
        }
        boolean settled =
                Trajectory.FLOOR.equals(run.trajectory().stopped()) || run.tail().finite();
        if (!run.trajectory().blewUp() && exact == Outcome.DIVERGES && settled) {
            return "; the "
                    + run.tier().name()
                    + " run settled at its rounding floor because the excited unstable component is below its "
                    + "resolution: a property of the rounded run, not of the iteration";
        }
        return "";
    }
}
