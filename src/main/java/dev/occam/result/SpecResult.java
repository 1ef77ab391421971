package dev.occam.result;

import dev.occam.certify.Evidence;
import dev.occam.certify.Scope;

import java.util.List;
import java.util.Map;

/**
 * The result of checking one spec: the JSON contract of docs/spec-format.md (see {@code
 * report.JsonWriter}).
 *
 * @param spec which spec it is and what it states; {@link #id()}, {@link #title()} and the like
 *     read it
 * @param derived symbolic objects shown by explain and reports: name to {text, tex, mathml}
 * @param limits each sweep point's limit beside the prediction and references, null with one point
 *     and no references
 * @param series curves across sweep points (e.g. each point's limit against the prediction), may be
 *     empty
 */
public record SpecResult(
        SpecIdentity spec,
        Verdict verdict,
        boolean asExpected,
        double seconds,
        String message,
        PredictionResult prediction,
        List<PointResult> points,
        int precision,
        String tier,
        Map<String, Map<String, String>> derived,
        LimitTable limits,
        List<Series> series) {

    public String id() {
        return spec.id();
    }

    public String file() {
        return spec.file();
    }

    public String title() {
        return spec.title();
    }

    public String source() {
        return spec.source();
    }

    public String statement() {
        return spec.statement();
    }

    public String expect() {
        return spec.expect();
    }

    public String family() {
        return spec.family();
    }

    /** The data files the spec's matrices and vectors came from, empty when none. */
    public List<DataSource> data() {
        return spec.data();
    }

    /**
     * What the spec's verdict rests on: for HOLDS the weakest evidence among its claims (every one
     * had to hold), for FAILS the strongest among the failing claims (one certain counterexample
     * suffices), {@link dev.occam.certify.Evidence#NONE} otherwise.
     */
    public Evidence evidence() {
        Evidence e = verdict == Verdict.HOLDS ? Evidence.EXACT : Evidence.NONE;
        if (points == null || !(verdict == Verdict.HOLDS || verdict == Verdict.FAILS))
            return Evidence.NONE;
        for (PointResult p : points) {
            for (ClaimResult c : p.claims()) {
                if (verdict == Verdict.HOLDS) e = e.and(c.evidence());
                else if (c.verdict() == Verdict.FAILS && c.evidence().atLeast(e)) e = c.evidence();
            }
        }
        return e;
    }

    /** Whether some claim was evaluated outside the theorem's hypotheses. */
    public boolean outsideHypotheses() {
        return points != null
                && points.stream()
                        .flatMap(p -> p.claims().stream())
                        .anyMatch(c -> c.scope() == Scope.OUTSIDE_HYPOTHESES);
    }
}
