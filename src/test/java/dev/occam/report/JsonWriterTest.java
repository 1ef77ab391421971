package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Constants;
import dev.occam.result.Figure.Estimate;
import dev.occam.result.Figure.Fitted;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.Figure.Word;
import dev.occam.result.Legend;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Series;
import dev.occam.result.SpecIdentity;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class JsonWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesTheContractFieldsInTheContractOrder() throws Exception {
        JsonNode doc = parse(JsonWriter.toJson(List.of(SampleResults.holds("gd"))));
        assertThat(fields(doc)).containsExactly("tool", "version", "results");
        assertThat(doc.get("tool").asText()).isEqualTo("occam");
        assertThat(doc.get("version").asText()).matches("\\d+\\.\\d+.*");

        JsonNode r = doc.get("results").get(0);
        assertThat(fields(r))
                .startsWith(
                        "id",
                        "file",
                        "expect",
                        "verdict",
                        "as_expected",
                        "seconds",
                        "message",
                        "prediction",
                        "points");
        assertThat(r.get("id").asText()).isEqualTo("gd");
        assertThat(r.get("file").asText()).isEqualTo("theorems/gd.yaml");
        assertThat(r.get("expect").asText()).isEqualTo("holds");
        assertThat(r.get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(r.get("as_expected").asBoolean()).isTrue();
        assertThat(r.get("seconds").asDouble()).isEqualTo(0.412);
        assertThat(r.get("message").isNull()).isTrue();
        assertThat(r.get("precision").asInt()).isEqualTo(34);
        assertThat(r.get("family").asText()).isEqualTo("least-squares");

        JsonNode prediction = r.get("prediction");
        assertThat(fields(prediction)).startsWith("kind", "value", "exact", "certificate");
        assertThat(prediction.get("exact").asText()).isEqualTo("{5/27,-1/9}");
        assertThat(prediction.get("value").get(1).asText()).isEqualTo("-0.111111");

        JsonNode point = r.get("points").get(0);
        assertThat(fields(point))
                .contains("parameters", "iterations", "stopped", "final", "claims");
        assertThat(fields(point.get("parameters")))
                .containsExactly("algorithm.step", "algorithm.beta");
        assertThat(point.get("parameters").get("algorithm.step").asText()).isEqualTo("0.01");
        assertThat(point.get("iterations").asLong()).isEqualTo(1234);
        assertThat(point.get("stopped").asText()).isEqualTo("floor");

        JsonNode claim = point.get("claims").get(0);
        assertThat(fields(claim))
                .containsExactly(
                        "kind",
                        "verdict",
                        "measured",
                        "predicted",
                        "error",
                        "bound",
                        "tolerance",
                        "certified_by",
                        "evidence",
                        "scope",
                        "message");
        assertThat(claim.get("error").asText()).isEqualTo("3.10000e-31");
        assertThat(claim.get("predicted").get(0).asText()).isEqualTo("5/27");
        assertThat(claim.get("certified_by").asText()).startsWith("proved: a posteriori");
        assertThat(claim.get("evidence").asText()).isEqualTo("proved-bound");
        assertThat(claim.get("scope").asText()).isEqualTo("theorem");
        assertThat(
                        JsonWriter.tree(
                                        ClaimResult.of("rate", Verdict.HOLDS, null, null)
                                                .about("loss"))
                                .get("quantity")
                                .asText())
                .isEqualTo("loss");
    }

    /**
     * Jackson writes the records through the mix-ins of {@link JsonMixIns}: every field of the
     * contract and the extras, by name and in order, and nothing else (no record component or
     * method leaks in under its Java name).
     */
    @Test
    void writesExactlyTheContractsFieldsOfEachRecordInOrder() throws Exception {
        JsonNode r = parse(JsonWriter.toReportJson(SampleResults.holds("gd"))).at("/results/0");
        assertThat(fields(r))
                .containsExactly(
                        "id",
                        "file",
                        "expect",
                        "verdict",
                        "as_expected",
                        "seconds",
                        "message",
                        "prediction",
                        "points",
                        "evidence",
                        "outside_hypotheses",
                        "title",
                        "family",
                        "source",
                        "statement",
                        "data",
                        "precision",
                        "tier",
                        "derived",
                        "tables",
                        "series");
        assertThat(fields(r.get("prediction")))
                .containsExactly("kind", "value", "exact", "certificate", "preconditions");
        assertThat(fields(r.at("/points/0")))
                .containsExactly(
                        "parameters",
                        "iterations",
                        "stopped",
                        "final",
                        "verdict",
                        "claims",
                        "series");
        assertThat(fields(r.at("/points/0/series/0"))).containsExactly("role", "label", "x", "y");
        assertThat(fields(r.at("/tables/0"))).containsExactly("title", "header", "rows");
        assertThat(r.at("/tables/0/title").asText()).isEqualTo("Limit per sweep point");
        // a Map.of inside the derived objects is sorted too
        assertThat(fields(r.at("/derived/gradient"))).containsExactly("tex", "text");
        assertThat(r.get("evidence").asText()).isEqualTo("proved-bound");

        JsonNode contract = parse(JsonWriter.toJson(List.of(SampleResults.holds("gd"))));
        assertThat(fields(contract.at("/results/0"))).doesNotContain("series").hasSize(20);
        assertThat(fields(contract.at("/results/0/points/0")))
                .containsExactly(
                        "parameters", "iterations", "stopped", "final", "verdict", "claims");
    }

    /**
     * Byte for byte what the hand-built writer wrote before the records were serialized by Jackson
     * (the golden files were written by it): indentation, number forms and field order included,
     * which the tree comparison of the catalogue's golden JSON does not see.
     */
    @Test
    void writesTheSampleResultsByteForByteAsBefore() throws Exception {
        assertThat(JsonWriter.toReportJson(SampleResults.holds("gd")))
                .isEqualTo(golden("sample-report.json"));
        assertThat(
                        JsonWriter.toJson(
                                List.of(SampleResults.holds("gd"), SampleResults.fails("adam"))))
                .isEqualTo(golden("sample-results.json"));
    }

    private static String golden(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/golden", name))
                .replace(
                        "\"version\" : \"<version>\"",
                        "\"version\" : \"" + ToolVersion.get() + "\"");
    }

    @Test
    void writesMissingListsAndMapsAsEmptyAndOtherNullsAsNull() throws Exception {
        SpecResult bare =
                new SpecResult(
                        new SpecIdentity("bare", null, null, null, null, null, null, List.of()),
                        null,
                        false,
                        1.23456,
                        null,
                        new PredictionResult(null, null, null, null, null, "x"),
                        List.of(new PointResult(null, 0, null, null, List.of(), null, null)),
                        0,
                        null,
                        null,
                        null,
                        null);
        JsonNode r = parse(JsonWriter.toReportJson(bare)).at("/results/0");
        assertThat(r.get("seconds").asDouble()).isEqualTo(1.235);
        assertThat(r.get("verdict").isNull()).isTrue();
        assertThat(r.get("derived").isObject() && r.get("derived").isEmpty()).isTrue();
        assertThat(r.get("tables").isArray() && r.get("tables").isEmpty()).isTrue();
        assertThat(r.get("series").isArray() && r.get("series").isEmpty()).isTrue();
        assertThat(r.at("/prediction/certificate").isNull()).isTrue();
        assertThat(r.at("/prediction/preconditions/0").asText()).isEqualTo("NOT MET: x");
        assertThat(r.at("/points/0/parameters").isNull()).isTrue();
        assertThat(r.at("/points/0/series").isEmpty()).isTrue();

        SpecResult none =
                new SpecResult(
                        new SpecIdentity("none", null, null, null, null, null, null, List.of()),
                        Verdict.ERROR,
                        false,
                        0,
                        "m",
                        null,
                        null,
                        0,
                        null,
                        null,
                        null,
                        null);
        JsonNode n = parse(JsonWriter.toJson(List.of(none))).at("/results/0");
        assertThat(n.get("prediction").isNull()).isTrue();
        assertThat(n.get("points").isArray() && n.get("points").isEmpty()).isTrue();
        assertThat(n.get("evidence").asText()).isEqualTo("none");
    }

    @Test
    void writesASeriesRoleAndLabelAsTheirText() {
        JsonNode series =
                JsonWriter.tree(
                        new Series(
                                new Role(Panel.SEPARATOR, Role.Style.SCATTER, "positive"),
                                Legend.ROLE,
                                null,
                                new double[] {Double.NEGATIVE_INFINITY}));
        assertThat(series.get("role").asText()).isEqualTo("scatter:separator:positive");
        assertThat(series.get("label").asText()).isEqualTo("y = +1");
        assertThat(series.get("x").isArray() && series.get("x").isEmpty()).isTrue();
        assertThat(series.at("/y/0").asText()).isEqualTo("-Infinity");
        assertThat(
                        JsonWriter.tree(
                                        new Series(
                                                Role.fit(Panel.NORM),
                                                new Legend.LogLaw(1.5, -2),
                                                new double[] {1},
                                                new double[] {1}))
                                .get("label")
                                .asText())
                .isEqualTo("predicted 1.500 log t - 2.000");
    }

    @Test
    void keepsSeriesOutOfTheMainJsonAndPutsThemInTheReportJson() throws Exception {
        SpecResult r = SampleResults.holds("gd");
        assertThat(parse(JsonWriter.toJson(List.of(r))).at("/results/0/points/0").has("series"))
                .isFalse();
        JsonNode series = parse(JsonWriter.toReportJson(r)).at("/results/0/points/0/series/0");
        assertThat(series.get("role").asText()).isEqualTo("distance");
        assertThat(series.get("y").get(4).asDouble()).isEqualTo(1e-31);
    }

    @Test
    void isDeterministicAndSortsUnorderedMaps() throws Exception {
        SpecResult r = SampleResults.holds("gd");
        String json = JsonWriter.toJson(List.of(r, SampleResults.fails("adam")));
        assertThat(JsonWriter.toJson(List.of(r, SampleResults.fails("adam")))).isEqualTo(json);
        // the sample's certificate is a Map.of, whose iteration order is not stable across JVM runs
        assertThat(fields(parse(json).at("/results/0/prediction/certificate")))
                .containsExactly("feasibility", "kkt-residual");
    }

    @Test
    void writesNonFiniteSamplesAsStrings() throws Exception {
        SpecResult r =
                SampleResults.withSeries(
                        SampleResults.holds("gd"),
                        List.of(
                                new Series(
                                        Role.measured(Panel.LOSS),
                                        null,
                                        new double[] {1},
                                        new double[] {Double.NaN})));
        assertThat(
                        parse(JsonWriter.toReportJson(r))
                                .at("/results/0/points/0/series/0/y/0")
                                .asText())
                .isEqualTo("NaN");
    }

    @Test
    void writesAClaimsFiguresAsTheContractsStringsUnderTheContractsNames() {
        JsonNode rate =
                JsonWriter.tree(
                        ClaimResult.of("rate", Verdict.HOLDS, "trend: fit", "fits")
                                .withFigures(
                                        new Fitted(Map.of("r", new Estimate(0.99, 1.2e-9))),
                                        new Constants(Map.of("r", 0.99)))
                                .withError(1.23456e-7)
                                .withBound(0.0)
                                .withTolerance("1e-3")
                                .about("distance"));
        assertThat(fields(rate))
                .containsExactly(
                        "kind",
                        "verdict",
                        "quantity",
                        "measured",
                        "predicted",
                        "error",
                        "bound",
                        "tolerance",
                        "certified_by",
                        "evidence",
                        "scope",
                        "message");
        assertThat(rate.get("measured").get("r").asText()).isEqualTo("0.99000000 ± 1.2e-09");
        assertThat(rate.get("predicted").get("r").asText()).isEqualTo("0.99000000");
        assertThat(rate.get("error").asText()).isEqualTo("1.23456e-7");
        assertThat(rate.get("bound").asText()).isEqualTo("0");
        assertThat(rate.get("tolerance").asText()).isEqualTo("1e-3");

        JsonNode convergence =
                JsonWriter.tree(
                        ClaimResult.of("convergence", Verdict.HOLDS, null, null)
                                .withFigures(new Word("converged"), new Word("converges"))
                                .withBound(Double.POSITIVE_INFINITY));
        assertThat(convergence.get("measured").asText()).isEqualTo("converged");
        assertThat(convergence.get("bound").asText()).isEqualTo("inf");
        assertThat(convergence.get("error").isNull()).isTrue();

        JsonNode direction =
                JsonWriter.tree(
                        ClaimResult.of("direction", Verdict.HOLDS, null, null)
                                .withFigures(new Scalar(0.000123456), new Scalar(0)));
        assertThat(direction.get("measured").asText()).isEqualTo("0.000123");
        assertThat(direction.get("predicted").asText()).isEqualTo("0");
    }

    @Test
    void listsTheUnmetPreconditionLast() throws Exception {
        JsonNode preconditions =
                parse(JsonWriter.toJson(List.of(SampleResults.fails("adam"))))
                        .at("/results/0/prediction/preconditions");
        assertThat(preconditions.size()).isEqualTo(1);
        assertThat(preconditions.get(0).asText())
                .isEqualTo(
                        "NOT MET: linearly separable: points 0, 1 coincide with opposite labels");
    }
}
