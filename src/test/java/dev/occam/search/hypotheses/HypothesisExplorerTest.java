package dev.occam.search.hypotheses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.cli.InProcessCli;
import dev.occam.plan.Planner;
import dev.occam.plan.SpecPlan;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.search.hypotheses.HypothesisRow.Reading;
import dev.occam.spec.SpecDocument;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The hypothesis explorer on SHN+18's four points (theorems/gd-separable-max-margin.yaml's data):
 * each breach checked against a derivation by hand, the verdicts read honestly, and one run end to
 * end through the command line.
 */
class HypothesisExplorerTest {
    /** z_n = y_n x_n: (2, 1/2), (-1/2, 1), (3, 2), (1, 3). */
    private static final String DATA =
            """
            problem:
              kind: classification
              loss: exponential
              X: [[2, "1/2"], ["1/2", -1], [3, 2], [-1, -3]]
              y: [1, -1, 1, -1]
            """;

    private static final SpecLoader LOADER =
            new SpecLoader(
                    text -> {
                        try {
                            return Symbolic.get().number(text, Duration.ofSeconds(5));
                        } catch (FormulaException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                    });

    @TempDir Path dir;

    private static String spec(String id, String algorithm, String prediction) {
        return "id: "
                + id
                + "\ntitle: SHN+18's four points\nexpect: holds\n"
                + DATA
                + algorithm
                + "prediction:\n  kind: "
                + prediction
                + "\nclaims:\n  - kind: direction\n    tolerance: 1e-2\n"
                + "run:\n  precision: 16\n  max-iterations: 2000\n  time-limit: 10s\n";
    }

    private static final String GD = "algorithm:\n  kind: gradient-descent\n  step: 0.02\n";

    private static synchronized SpecPlan plan(Path file, String text) {
        return Planner.plan(LOADER.load(file, text));
    }

    private Subject subject(String text) throws IOException {
        Path file = dir.resolve("four-points.yaml");
        Files.writeString(file, text);
        return new Subject(SpecDocument.parse(file, text), plan(file, text).points().get(0));
    }

    private static BigFraction fraction(String yaml) {
        String s = yaml.replace("\"", "").strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return new BigFraction(
                    new BigInteger(s.substring(0, slash)), new BigInteger(s.substring(slash + 1)));
        }
        BigDecimal d = new BigDecimal(s);
        return d.scale() <= 0
                ? new BigFraction(d.toBigIntegerExact())
                : new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    @Test
    void stepBreachesLieAboveTheBoundDerivedByHand() throws IOException {
        // beta: c_n e^-u_n <= L(w0) = 4 e^0 = 4 at w0 = 0, over the least weight 1.
        // sigma_max^2(Z Z^T) = lambda_max(Z^T Z), Z^T Z = [[57/4, 19/2], [19/2, 57/4]]: its
        // eigenvalues are 57/4 +- 19/2, the largest 95/4. The bound 2/(beta sigma_max^2) = 2/95.
        BigFraction[][] z = {
            {new BigFraction(2), new BigFraction(1, 2)},
            {new BigFraction(-1, 2), new BigFraction(1)},
            {new BigFraction(3), new BigFraction(2)},
            {new BigFraction(1), new BigFraction(3)}
        };
        BigFraction a = BigFraction.ZERO, b = BigFraction.ZERO, c = BigFraction.ZERO;
        for (BigFraction[] zn : z) {
            a = a.add(zn[0].multiply(zn[0]));
            b = b.add(zn[0].multiply(zn[1]));
            c = c.add(zn[1].multiply(zn[1]));
        }
        assertThat(List.of(a, b, c))
                .containsExactly(
                        new BigFraction(57, 4), new BigFraction(19, 2), new BigFraction(57, 4));
        BigFraction bound = new BigFraction(2).divide(new BigFraction(4).multiply(a.add(b)));
        assertThat(bound).isEqualTo(new BigFraction(2, 95));

        List<Breach> breaches =
                new StepBoundBreaker()
                        .propose(subject(spec("four-points", GD, "max-margin-offset")));

        assertThat(breaches).hasSize(StepBoundBreaker.FACTORS.length);
        for (int i = 0; i < breaches.size(); i++) {
            BigFraction eta = fraction(breaches.get(i).edits().get("algorithm.step"));
            double factor = StepBoundBreaker.FACTORS[i];
            assertThat(eta.compareTo(bound)).as("eta %s above 2/95", eta).isPositive();
            // at least the factor asked for, and at most 1% more (rounded up to 3 digits)
            assertThat(eta.doubleValue() / bound.doubleValue()).isBetween(factor, factor * 1.01);
        }
        assertThat(breaches.get(0).distance()).contains("1.01 x the bound", "0.0210526");
    }

    @Test
    void supportVectorBreachesAreTheHandDerivedDegenerateAndDependentData() throws IOException {
        // w_hat solves z_0.w = z_1.w = 1 (support {0, 1}, alpha > 0): w_hat = (2/9, 10/9), so
        // ||w_hat||^2 = 104/81 and p = w_hat/||w_hat||^2 = (9/52, 45/52). |z_1 - p| < |z_0 - p|:
        // point 1 (label -1) moves to x_1 = -p. The midpoint of z_0 and z_1 is (3/4, 3/4).
        List<Breach> breaches =
                new SupportVectorBreaker()
                        .propose(subject(spec("four-points", GD, "max-margin-offset")));

        assertThat(breaches).hasSize(3);
        assertThat(breaches.get(0).edits())
                .containsExactly(
                        Map.entry(
                                "problem.X",
                                "[[2, 0.5], [\"-9/52\", \"-45/52\"], [3, 2], [-1, -3]]"));
        assertThat(breaches.get(1).edits())
                .containsEntry("prediction.kind", "max-margin")
                .containsEntry("problem.X", breaches.get(0).edits().get("problem.X"));
        assertThat(breaches.get(2).edits())
                .containsEntry("problem.X", "[[2, 0.5], [0.5, -1], [3, 2], [-1, -3], [0.75, 0.75]]")
                .containsEntry("problem.y", "[1, -1, 1, -1, 1]");
    }

    @Test
    void separabilityBreachesMakeTheDataInseparable() throws IOException {
        // adding x_0 = (2, 1/2) with label -1 puts z_0 and -z_0 in the data. Flipping y_0 or y_1
        // leaves them separable (w = (-1, 2), resp. (1, 0), has every z_n.w > 0); flipping y_2
        // does not: 7/15 z_0 + 11/30 (-z_2) + 1/6 z_3 = 0, a convex combination.
        BigFraction[][] z = {
            {new BigFraction(2), new BigFraction(1, 2)},
            {new BigFraction(-1, 2), new BigFraction(1)},
            {new BigFraction(3), new BigFraction(2)},
            {new BigFraction(1), new BigFraction(3)}
        };
        assertThat(margins(z, 0, -1, 2)).allMatch(m -> m.signum() > 0);
        assertThat(margins(z, 1, 1, 0)).allMatch(m -> m.signum() > 0);
        for (int j = 0; j < 2; j++) {
            BigFraction sum =
                    z[0][j].multiply(new BigFraction(7, 15))
                            .subtract(z[2][j].multiply(new BigFraction(11, 30)))
                            .add(z[3][j].multiply(new BigFraction(1, 6)));
            assertThat(sum).isEqualTo(BigFraction.ZERO);
        }
        assertThat(SeparabilityBreaker.firstInseparableFlip(z)).isEqualTo(2);

        List<Breach> breaches =
                new SeparabilityBreaker()
                        .propose(subject(spec("four-points", GD, "max-margin-offset")));

        assertThat(breaches.get(0).edits())
                .containsEntry("problem.X", "[[2, 0.5], [0.5, -1], [3, 2], [-1, -3], [2, 0.5]]")
                .containsEntry("problem.y", "[1, -1, 1, -1, -1]");
        assertThat(breaches.get(1).edits())
                .containsExactly(Map.entry("problem.y", "[1, -1, -1, -1]"));
    }

    @Test
    void theSupportSpanBreachAddsADimensionAndAPointAtMarginTwo() throws IOException {
        // support {0, 1}: 2 mean(z_S) = z_0 + z_1 = (3/2, 3/2), whose margin under w_hat =
        // (2/9, 10/9) is 1/3 + 5/3 = 2; the new point is (3/2, 3/2, 1), 1 off the support's span
        List<Breach> breaches =
                new SupportSpanBreaker()
                        .propose(subject(spec("four-points", GD, "max-margin-offset")));

        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).edits())
                .containsExactly(
                        Map.entry(
                                "problem.X",
                                "[[2, 0.5, 0], [0.5, -1, 0], [3, 2, 0], [-1, -3, 0], [1.5, 1.5, 1]]"),
                        Map.entry("problem.y", "[1, -1, 1, -1, 1]"));
    }

    @Test
    void stepScheduleAndLossBreachesAreTheIntendedEdits() throws IOException {
        Subject s = subject(spec("four-points", GD, "max-margin-offset"));

        assertThat(new ConstantStepBreaker().propose(s))
                .extracting(b -> b.edits().get("algorithm.step"))
                .containsExactly("\"0.02*(1 - 1/(t + 2))\"", "\"0.02*(t + 1)^(-1/2)\"");
        Breach logistic = new LossBreaker().propose(s).get(0);
        assertThat(logistic.edits()).containsExactly(Map.entry("problem.loss", "logistic"));
        assertThat(logistic.note()).contains("exponential tail");
    }

    @Test
    void aDependentRowIsAddedConsistentlyAndNot() throws IOException {
        // x_0 + x_1 = (2, -1, 0, 3) + (1, 1, -2, 0) = (3, 0, -2, 3); y_0 + y_1 = 1 + 1/3 = 4/3
        String text =
                """
                id: four-points
                title: least squares
                expect: holds
                problem:
                  kind: least-squares
                  X: [[2, -1, 0, 3], [1, 1, -2, 0]]
                  y: [1, "1/3"]
                algorithm:
                  kind: gradient-descent
                  step: 0.01
                prediction:
                  kind: min-distance-interpolant
                claims:
                  - kind: limit
                    tolerance: 1e-10
                """;

        List<Breach> breaches = new RowIndependenceBreaker().propose(subject(text));

        String x = "[[2, -1, 0, 3], [1, 1, -2, 0], [3, 0, -2, 3]]";
        assertThat(breaches.get(0).edits())
                .containsExactly(
                        Map.entry("problem.X", x), Map.entry("problem.y", "[1, \"1/3\", \"4/3\"]"));
        assertThat(breaches.get(1).edits())
                .containsExactly(
                        Map.entry("problem.X", x), Map.entry("problem.y", "[1, \"1/3\", \"7/3\"]"));
    }

    @Test
    void preconditionsNoBreakerKnowsAreListedNotExplored() throws IOException {
        String text = spec("four-points", GD, "max-margin-offset");
        Path file = dir.resolve("four-points.yaml");
        Files.writeString(file, text);
        SpecResult real = check(file, text);
        PredictionResult p = real.prediction();
        // the checker reports two preconditions: one guaranteed by the problem, one nobody knows
        SpecResult fake =
                new SpecResult(
                        real.spec(),
                        Verdict.HOLDS,
                        true,
                        0,
                        null,
                        new PredictionResult(
                                p.kind(),
                                p.value(),
                                p.exact(),
                                p.certificate(),
                                List.of(
                                        "labels y_n in {-1, +1}: guaranteed by the classification problem",
                                        "the moon is full"),
                                null),
                        real.points(),
                        real.precision(),
                        real.tier(),
                        real.derived(),
                        real.limits(),
                        real.series());

        HypothesisTable table =
                new HypothesisExplorer(
                                file,
                                text,
                                plan(file, text),
                                t -> fake,
                                new HypothesisExplorer.Options(1, Evidence.PROVED_BOUND))
                        .run();

        assertThat(table.rows())
                .extracting(HypothesisRow::reading)
                .containsExactly(Reading.NOT_EXPLORED, Reading.NOT_EXPLORED);
        assertThat(table.rows().get(1).detail())
                .isEqualTo("no breaker recognises this precondition");
        assertThat(table.rows().get(0).detail()).contains("refused when the spec is read");
        assertThat(table.broken()).isFalse();
        assertThat(table.decided()).as("nothing was explored").isFalse();
        assertThat(table.markdown()).contains("| (unrecognised) |", "the moon is full");
    }

    @Test
    void aFailsBreaksTheClaimOnlyOnTheRequiredEvidence() throws IOException {
        String text = spec("four-points", GD, "max-margin-offset");
        Path file = dir.resolve("four-points.yaml");
        Files.writeString(file, text);
        SpecResult real = check(file, text);

        HypothesisTable certified = explore(file, text, real, Evidence.PROVED_BOUND);
        HypothesisTable trend = explore(file, text, real, Evidence.TREND);

        List<HypothesisRow> explored =
                certified.rows().stream().filter(r -> r.outcome() != null).toList();
        assertThat(explored).isNotEmpty().allMatch(r -> r.reading() == Reading.BROKE);
        assertThat(explored.get(0).detail()).startsWith("monotone FAILS: the loss rose at t = 3");
        assertThat(certified.broken()).isTrue();
        List<HypothesisRow> weak = trend.rows().stream().filter(r -> r.outcome() != null).toList();
        assertThat(weak).allMatch(r -> r.reading() == Reading.INCONCLUSIVE);
        assertThat(weak.get(0).verdict()).isEqualTo("FAILS (trend)");
        assertThat(weak.get(0).detail())
                .startsWith("FAILS on trend evidence, below the required proved-bound");
        assertThat(trend.broken()).isFalse();
        assertThat(trend.decided()).isFalse();
    }

    /** The explorer over a checker that fails every breach's monotone claim on {@code grade}. */
    private HypothesisTable explore(Path file, String text, SpecResult real, Evidence grade) {
        ClaimResult fails =
                ClaimResult.of("monotone", Verdict.FAILS, "seen", "the loss rose at t = 3")
                        .graded(grade);
        PointResult point =
                new PointResult(
                        Map.of(),
                        10,
                        "budget",
                        List.of(),
                        List.of(fails),
                        List.of(),
                        Verdict.FAILS);
        SpecResult failing =
                new SpecResult(
                        real.spec(),
                        Verdict.FAILS,
                        false,
                        0,
                        null,
                        real.prediction(),
                        List.of(point),
                        real.precision(),
                        real.tier(),
                        real.derived(),
                        real.limits(),
                        real.series());
        return new HypothesisExplorer(
                        file,
                        text,
                        plan(file, text),
                        t -> t.equals(text) ? real : failing,
                        new HypothesisExplorer.Options(2, Evidence.PROVED_BOUND))
                .run();
    }

    @Test
    void endToEndTheNonSeparableBreachesLeaveThePredictionUndefined() throws IOException {
        String text =
                spec("gd-points", GD, "max-margin")
                        .replace(
                                "run:",
                                "  - kind: monotone\n    quantity: loss\n    direction: nonincreasing\nrun:");
        Files.writeString(dir.resolve("gd-points.yaml"), text);
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = InProcessCli.occam(dir);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));

        int code =
                cmd.execute(
                        "search",
                        "--break-hypotheses",
                        "gd-points.yaml",
                        "--jobs",
                        "2",
                        "--report",
                        "out");

        assertThat(err.toString()).isEmpty();
        JsonNode json =
                new ObjectMapper().readTree(dir.resolve("out/gd-points-hypotheses.json").toFile());
        List<JsonNode> rows = toList(json.get("rows"));
        // max-margin declares labels (guaranteed), separability and the step bound
        assertThat(rows)
                .extracting(r -> r.get("hypothesis").asText())
                .containsExactly(
                        "labels in {-1, +1}",
                        "linearly separable",
                        "linearly separable",
                        "step bound eta < 2/(beta sigma_max^2)",
                        "step bound eta < 2/(beta sigma_max^2)",
                        "step bound eta < 2/(beta sigma_max^2)",
                        "step bound eta < 2/(beta sigma_max^2)",
                        "step bound eta < 2/(beta sigma_max^2)",
                        "step bound eta < 2/(beta sigma_max^2)");
        for (JsonNode r : rows.subList(1, 3)) {
            assertThat(r.get("reading").asText()).isEqualTo("UNDEFINED");
            assertThat(r.get("verdict").asText()).doesNotContain("FAILS");
            assertThat(r.get("outside").asText()).startsWith("yes");
            assertThat(r.get("detail").asText()).contains("not linearly separable");
        }
        // just above the bound the descent lemma no longer proves the loss monotone
        JsonNode above = rows.get(3);
        assertThat(above.get("outside").asText()).startsWith("yes");
        assertThat(above.get("detail").asText())
                .contains("monotone (loss): HOLDS (proved-bound) -> HOLDS (estimate)");
        assertThat(code)
                .as("no breach breaks the claims; the step breaches are trend-graded")
                .isEqualTo(3);
        assertThat(Files.readString(dir.resolve("out/gd-points-hypotheses.md")))
                .contains(
                        "| hypothesis | breach | how far outside | outside? | verdict | reading |")
                .contains("prediction undefined");
        assertThat(out.toString()).contains("# Hypotheses of gd-points");
    }

    /** z_n.w for every n with point {@code flipped}'s sign flipped. */
    private static List<BigFraction> margins(BigFraction[][] z, int flipped, int w1, int w2) {
        java.util.ArrayList<BigFraction> out = new java.util.ArrayList<>();
        for (int n = 0; n < z.length; n++) {
            BigFraction m = z[n][0].multiply(w1).add(z[n][1].multiply(w2));
            out.add(n == flipped ? m.negate() : m);
        }
        return out;
    }

    private static List<JsonNode> toList(JsonNode array) {
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static SpecResult check(Path file, String text) {
        return new Checker(new CheckOptions(null, Evidence.TREND))
                .check(plan(file, text), Progress.NONE);
    }
}
