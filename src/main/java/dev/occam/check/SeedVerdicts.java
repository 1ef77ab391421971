package dev.occam.check;

import dev.occam.certify.ClopperPearson;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.Verdict;
import dev.occam.spec.RunSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * A point of a stochastic method run with N seeds: each claim is decided from how many seeds it
 * holds for. With k_H seeds HOLDS and k_F seeds FAILS out of N, and Clopper-Pearson intervals at
 * the spec's confidence, the claim HOLDS when the interval of k_H / N lies above {@code
 * probability} (the claim holds with probability > p), FAILS when the interval of (N - k_F) / N
 * lies below it (even counting every undecided seed as holding, the probability is < p), and is
 * INCONCLUSIVE otherwise; an ERROR at any seed is an ERROR. The grade is the weakest grade of the
 * seeds that decided it, and at most {@link Evidence#ESTIMATE}: a confidence interval is not a
 * proof.
 */
final class SeedVerdicts {
    private SeedVerdicts() {}

    /**
     * One point's result from its results per seed (the first is seed {@code first}), which keeps
     * the first seed's run (iterate, curves, each claim's figures) and replaces each claim's
     * verdict by its verdict over seeds, the count in the message.
     */
    static PointResult combine(
            List<PointResult> perSeed,
            long first,
            RunSettings.Seeds seeds,
            java.util.function.UnaryOperator<ClaimResult> review) {
        PointResult head = perSeed.get(0);
        List<ClaimResult> claims = new ArrayList<>();
        for (int j = 0; j < head.claims().size(); j++) {
            List<ClaimResult> results = new ArrayList<>();
            for (PointResult p : perSeed) results.add(p.claims().get(j));
            claims.add(review.apply(claim(results, first, seeds)));
        }
        return new PointResult(
                head.parameters(),
                head.iterations(),
                head.stopped(),
                head.finalIterate(),
                claims,
                head.series(),
                Verdict.combine(claims.stream().map(ClaimResult::verdict).toList()));
    }

    static ClaimResult claim(List<ClaimResult> results, long first, RunSettings.Seeds seeds) {
        ClaimResult head = results.get(0);
        int n = results.size();
        int holds = 0;
        int fails = 0;
        Evidence holdsGrade = Evidence.ESTIMATE;
        Evidence failsGrade = Evidence.ESTIMATE;
        List<String> failing = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            ClaimResult r = results.get(s);
            if (r.verdict() == Verdict.ERROR) return r.noted("seed " + (first + s));
            if (r.verdict() == Verdict.HOLDS) {
                holds++;
                holdsGrade = holdsGrade.and(r.evidence());
            } else if (r.verdict() == Verdict.FAILS) {
                fails++;
                failsGrade = failsGrade.and(r.evidence());
                if (failing.size() < 3) failing.add("seed " + (first + s) + ": " + r.message());
            }
        }
        ClopperPearson holding = ClopperPearson.of(holds, n, seeds.confidence());
        ClopperPearson notFailing = ClopperPearson.of(n - fails, n, seeds.confidence());
        double p = seeds.probability();
        Verdict verdict =
                holding.lower() > p
                        ? Verdict.HOLDS
                        : notFailing.upper() < p ? Verdict.FAILS : Verdict.INCONCLUSIVE;
        String interval =
                Math.round(seeds.confidence() * 1000) / 10.0
                        + "% Clopper-Pearson interval of P(holds) ["
                        + Numbers.sci(holding.lower())
                        + ", "
                        + Numbers.sci(
                                verdict == Verdict.FAILS ? notFailing.upper() : holding.upper())
                        + "]";
        String message =
                "holds for "
                        + holds
                        + " of "
                        + n
                        + " seeds ("
                        + first
                        + ".."
                        + (first + n - 1)
                        + "), fails for "
                        + fails
                        + "; "
                        + interval
                        + (verdict == Verdict.HOLDS
                                ? ", above p = " + p
                                : verdict == Verdict.FAILS
                                        ? ", below p = "
                                                + p
                                                + " even counting undecided seeds as holding"
                                        : ", not separated from p = " + p)
                        + (failing.isEmpty() ? "" : "; " + String.join("; ", failing))
                        + "; seed "
                        + first
                        + ": "
                        + head.message();
        ClaimResult out =
                ClaimResult.of(head.kind(), verdict, head.certifiedBy(), message)
                        .withFigures(head.measured(), head.predicted())
                        .withTolerance(head.tolerance())
                        .about(head.quantity());
        if (verdict == Verdict.HOLDS) out = out.graded(holdsGrade);
        if (verdict == Verdict.FAILS) out = out.graded(failsGrade);
        return out;
    }
}
