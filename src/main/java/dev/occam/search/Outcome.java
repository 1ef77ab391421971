package dev.occam.search;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking one candidate came to: one line of the results file.
 *
 * @param key the candidate's {@link Candidate#key()}
 * @param values each searched path's value as YAML text
 * @param phase search, threshold or shrink
 * @param verdict the candidate spec's verdict, ERROR also for an invalid candidate
 * @param evidence the evidence word of that verdict (none, trend, estimate, proved-bound, exact)
 * @param category what the search makes of it: a counterexample (FAILS with at least the required
 *     evidence, the only kind that counts), holds (HOLDS with it), inconclusive (any verdict on
 *     weaker evidence, or INCONCLUSIVE), error (occam failed) or invalid (the candidate spec is)
 * @param claim the failing claim (kind and sweep point) of a FAILS, else the claim nearest to
 *     failing
 * @param gap that claim's error (its measured discrepancy), null when it has none
 * @param score how far the candidate goes toward failing: the largest error / tolerance over its
 *     claims (above 1 fails), what the adaptive search climbs
 * @param message the claim's or the spec's message
 */
public record Outcome(
        String key,
        Map<String, String> values,
        String phase,
        Verdict verdict,
        String evidence,
        Category category,
        String claim,
        Double gap,
        double score,
        String message,
        double seconds) {

    static Outcome of(Candidate c, String phase, SpecResult r, Evidence required, double seconds) {
        Evidence evidence = r.evidence();
        Category category =
                switch (r.verdict()) {
                    case FAILS ->
                            evidence.atLeast(required)
                                    ? Category.COUNTEREXAMPLE
                                    : Category.INCONCLUSIVE;
                    case HOLDS ->
                            evidence.atLeast(required) ? Category.HOLDS : Category.INCONCLUSIVE;
                    case INCONCLUSIVE -> Category.INCONCLUSIVE;
                    case ERROR -> Category.ERROR;
                };
        ClaimResult worst = null;
        String where = null;
        double score = Double.NEGATIVE_INFINITY;
        for (PointResult p : r.points() == null ? List.<PointResult>of() : r.points()) {
            for (ClaimResult claim : p.claims()) {
                double s = score(claim);
                boolean failing = claim.verdict() == Verdict.FAILS;
                boolean better =
                        worst == null
                                || (failing && worst.verdict() != Verdict.FAILS)
                                || (failing == (worst.verdict() == Verdict.FAILS) && s > score);
                if (better) {
                    worst = claim;
                    score = s;
                    where =
                            claim.kind()
                                    + (p.parameters().isEmpty() ? "" : " at " + p.parameters());
                }
            }
        }
        Double gap = worst != null ? worst.error() : null;
        String message = worst != null && worst.message() != null ? worst.message() : r.message();
        return new Outcome(
                c.key(),
                yaml(c),
                phase,
                r.verdict(),
                evidence.word(),
                category,
                where,
                gap,
                Double.isFinite(score) ? score : 0,
                message,
                seconds);
    }

    /** A candidate occam could not check: its spec is invalid (wrong shapes, a bad value). */
    static Outcome invalid(Candidate c, String phase, String message, double seconds) {
        return unchecked(c, phase, Category.INVALID, "invalid candidate: " + message, seconds);
    }

    /** A defect of occam met while checking the candidate: reported, never a counterexample. */
    static Outcome internal(Candidate c, String phase, RuntimeException e, double seconds) {
        return unchecked(c, phase, Category.ERROR, "internal error: " + e, seconds);
    }

    private static Outcome unchecked(
            Candidate c, String phase, Category category, String message, double seconds) {
        return new Outcome(
                c.key(),
                yaml(c),
                phase,
                Verdict.ERROR,
                Evidence.NONE.word(),
                category,
                null,
                null,
                0,
                message,
                seconds);
    }

    /** error / tolerance where both are numbers; 2 for a FAILS without figures, 0 otherwise. */
    private static double score(ClaimResult c) {
        Double tolerance = number(c.tolerance());
        if (c.error() != null && tolerance != null && tolerance > 0) {
            return c.error() / tolerance;
        }
        return c.verdict() == Verdict.FAILS ? 2 : 0;
    }

    private static Double number(String text) {
        if (text == null) return null;
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> yaml(Candidate c) {
        Map<String, String> out = new LinkedHashMap<>();
        c.values().forEach((path, draw) -> out.put(path, draw.yaml()));
        return out;
    }

    boolean counterexample() {
        return category == Category.COUNTEREXAMPLE;
    }

    /** A verdict the search may rest on: a counterexample or a HOLDS with the required evidence. */
    boolean decided() {
        return category == Category.COUNTEREXAMPLE || category == Category.HOLDS;
    }

    public enum Category {
        COUNTEREXAMPLE,
        HOLDS,
        INCONCLUSIVE,
        ERROR,
        INVALID
    }
}
