package dev.occam.claim;

import dev.occam.claim.ObservedFate.Outcome;
import dev.occam.prediction.Prediction;
import dev.occam.prediction.StabilityThreshold;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Word;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.math.BigDecimal;

/**
 * {@code stability}: the run does what the side of the step threshold eta* it lies on predicts (the
 * deck's "GD converges below 2/lambda_max and diverges above"): below eta* the iterates converge,
 * above it they diverge, exactly at it they stay bounded without converging (the top mode keeps
 * modulus 1). The side is the {@code stability-threshold} prediction's, decided in rationals for
 * the spec's method and exact step; what the iterates do is {@link ObservedFate}'s (the exact fate
 * of the linear iteration where there is one, so a floating-point run that rounding pushed onto an
 * unstable mode is not taken for the iteration). It FAILS when the behaviour is on the other side:
 * a start with no component on any unstable mode converges above eta*.
 */
public record StabilityClaim() implements Claim {
    @Override
    public String kind() {
        return "stability";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        Prediction p = run.prediction();
        BigDecimal[] side = p == null ? null : p.quantities().get(StabilityThreshold.SIDE);
        ObservedFate seen = ObservedFate.of(run);
        if (side == null) {
            String why =
                    p != null && p.unmet() != null
                            ? "precondition not met: " + p.unmet()
                            : "no side of a step threshold: stability needs prediction.kind stability-threshold and "
                                    + "gradient descent, momentum or nesterov with a constant step";
            return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, null, why)
                    .withFigures(new Word(seen.outcome().words), new Word("unknown"));
        }
        int at = side[0].signum();
        Outcome expected =
                at < 0 ? Outcome.CONVERGES : at > 0 ? Outcome.DIVERGES : Outcome.OSCILLATES;
        String where = at < 0 ? "below eta*" : at > 0 ? "above eta*" : "at eta*";
        String sideHow = sideCertificate(p);
        Word predicted = new Word(expected.words + " (" + where + ")");
        if (seen.outcome() == Outcome.UNKNOWN) {
            return ClaimResult.of(
                            kind(),
                            Verdict.INCONCLUSIVE,
                            sideHow,
                            "the step is "
                                    + where
                                    + ", but "
                                    + (at == 0
                                            ? "a run cannot show that iterates stay bounded forever without converging ("
                                                    + seen.message()
                                                    + ")"
                                            : seen.message()))
                    .withFigures(new Word(seen.outcome().words), predicted);
        }
        boolean holds = seen.outcome() == expected;
        return ClaimResult.of(
                        kind(),
                        holds ? Verdict.HOLDS : Verdict.FAILS,
                        sideHow + "; " + seen.how(),
                        "the step is "
                                + where
                                + ", where the iterates should "
                                + (at < 0
                                        ? "converge"
                                        : at > 0 ? "diverge" : "stay bounded without converging")
                                + "; "
                                + seen.message())
                .withFigures(new Word(seen.outcome().words), predicted)
                .withBound(seen.bound())
                .graded(seen.evidence());
    }

    /** The prediction's certificate line for the step's side. */
    private static String sideCertificate(Prediction p) {
        return p.certificate().entrySet().stream()
                .filter(e -> e.getKey().startsWith(StabilityThreshold.STEP_ENTRY))
                .map(e -> "exact: " + e.getKey() + " is " + e.getValue())
                .findFirst()
                .orElse("exact side of the threshold");
    }
}
