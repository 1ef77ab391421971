package dev.occam.report;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Digits;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.Legend.Text;
import dev.occam.result.LimitTable;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;
import dev.occam.result.SpecIdentity;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built results shaped like the checker's, for report and CLI tests. */
public final class SampleResults {
    private SampleResults() {}

    /** A theorem that holds at two step sizes, with distance curves, fits and a limits plot. */
    public static SpecResult holds(String id) {
        double[] t = {1, 10, 100, 1000, 10000};
        List<Series> series =
                List.of(
                        new Series(
                                Role.measured(Panel.DISTANCE),
                                new Text("||w_t - w*||"),
                                t,
                                new double[] {1, 1e-3, 1e-8, 1e-20, 1e-31}),
                        new Series(
                                Role.fit(Panel.DISTANCE),
                                new Text("c*r^t"),
                                t,
                                new double[] {2, 2e-3, 2e-8, 2e-20, 2e-31}),
                        new Series(
                                new Role(Panel.LIMIT, Style.MEASURED, "w1"),
                                new Text("w1"),
                                new double[] {0.001, 0.01, 0.05},
                                new double[] {0.2, 0.2, 0.2}));
        ClaimResult limit =
                ClaimResult.of(
                                "limit",
                                Verdict.HOLDS,
                                "proved: a posteriori bound from contraction 0.98",
                                null)
                        .withFigures(
                                new Digits(List.of("0.185185", "-0.111111")),
                                new Digits(List.of("5/27", "-1/9")))
                        .withError(3.1e-31)
                        .withBound(4e-30)
                        .withTolerance("1e-25")
                        .graded(Evidence.PROVED_BOUND);
        return new SpecResult(
                new SpecIdentity(
                        id,
                        "theorems/" + id + ".yaml",
                        "GD reaches the nearest interpolant",
                        "Gunasekar et al. 2018, Prop. 1",
                        "w_t -> argmin ||w - w0||",
                        "holds",
                        "least-squares",
                        java.util.List.of()),
                Verdict.HOLDS,
                true,
                0.41234,
                null,
                new PredictionResult(
                        "min-distance-interpolant",
                        List.of("0.185185", "-0.111111"),
                        "{5/27,-1/9}",
                        Map.of("kkt-residual", "0", "feasibility", "0"),
                        List.of("X has full row rank: exact rank 2"),
                        null),
                List.of(point("0.01", 1234, limit, series), point("0.05", 321, limit, List.of())),
                34,
                "double-double",
                Map.of("gradient", Map.of("text", "2*X^T.(X.w-y)", "tex", "2X^\\top(Xw-y)")),
                new LimitTable(
                        List.of("algorithm.step"),
                        List.of(
                                new LimitTable.Point(
                                        1,
                                        List.of("0.01"),
                                        decimals("0.18518518", "-0.11111111"),
                                        1e-6,
                                        Evidence.PROVED_BOUND,
                                        3e-7),
                                new LimitTable.Point(
                                        2,
                                        List.of("0.05"),
                                        null,
                                        Double.POSITIVE_INFINITY,
                                        Evidence.NONE,
                                        null)),
                        List.of(
                                new LimitTable.Reference(
                                        "min-distance-interpolant",
                                        true,
                                        decimals(
                                                "0.18518518518518518518518518518518518",
                                                "-0.11111111111111111111111111111111111")))),
                List.of());
    }

    private static BigDecimal[] decimals(String... v) {
        return Arrays.stream(v).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    /** A counterexample that fails as expected. */
    public static SpecResult fails(String id) {
        ClaimResult limit =
                ClaimResult.of(
                                "limit",
                                Verdict.FAILS,
                                "proved: duality gap",
                                "limit misses the max-margin direction")
                        .withFigures(new Scalar(0.75), new Scalar(0.5))
                        .withError(0.25)
                        .withBound(1e-20)
                        .withTolerance("1e-10")
                        .graded(Evidence.PROVED_BOUND);
        return new SpecResult(
                new SpecIdentity(
                        id,
                        "counterexamples/" + id + ".yaml",
                        "Adam does not find the max margin",
                        "Wilson 2017",
                        "Adam converges to a different direction",
                        "fails",
                        "classification",
                        java.util.List.of()),
                Verdict.FAILS,
                true,
                2.5,
                "limit FAILS at point 1",
                new PredictionResult(
                        "max-margin",
                        List.of("0.5"),
                        null,
                        Map.of(),
                        List.of(),
                        "linearly separable: points 0, 1 coincide with opposite labels"),
                List.of(point("0.1", 100, limit, List.of())),
                16,
                "double",
                Map.of(),
                null,
                List.of());
    }

    public static SpecResult withVerdict(SpecResult r, Verdict verdict, boolean asExpected) {
        return new SpecResult(
                r.spec(),
                verdict,
                asExpected,
                r.seconds(),
                "because " + verdict,
                r.prediction(),
                r.points(),
                r.precision(),
                r.tier(),
                r.derived(),
                r.limits(),
                r.series());
    }

    /** The result with its first point's series replaced. */
    public static SpecResult withSeries(SpecResult r, List<Series> series) {
        List<PointResult> points = new ArrayList<>(r.points());
        PointResult p = points.get(0);
        points.set(
                0,
                new PointResult(
                        p.parameters(),
                        p.iterations(),
                        p.stopped(),
                        p.finalIterate(),
                        p.claims(),
                        series,
                        p.verdict()));
        return new SpecResult(
                r.spec(),
                r.verdict(),
                r.asExpected(),
                r.seconds(),
                r.message(),
                r.prediction(),
                points,
                r.precision(),
                r.tier(),
                r.derived(),
                r.limits(),
                r.series());
    }

    private static PointResult point(
            String step, long iterations, ClaimResult claim, List<Series> series) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("algorithm.step", step);
        parameters.put("algorithm.beta", "0.9");
        return new PointResult(
                parameters,
                iterations,
                "floor",
                List.of("0.185185", "-0.111111"),
                List.of(claim),
                series,
                claim.verdict());
    }
}
