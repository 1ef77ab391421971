package dev.occam.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.occam.plan.Planner;
import dev.occam.report.JsonWriter;
import dev.occam.result.SpecResult;
import dev.occam.spec.Spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Same spec, same seed: the same results apart from timings (docs/spec-format.md). */
class DeterminismTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The document with every "seconds" field removed, at any depth. */
    static JsonNode withoutSeconds(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            strip(tree);
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) o.remove("seconds");
        node.forEach(DeterminismTest::strip);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "theorems/gd-least-squares-min-distance.yaml",
                "theorems/mirror-descent-half-squared-lp.yaml",
                "counterexamples/steepest-descent-l43-step-size.yaml"
            })
    void checkingTwiceGivesTheSameResults(String file) {
        Spec spec = CheckTestSupport.LOADER.load(Path.of(file));
        SpecResult first =
                new Checker(CheckOptions.defaults()).check(Planner.plan(spec), Progress.NONE);
        SpecResult second =
                new Checker(CheckOptions.defaults()).check(Planner.plan(spec), Progress.NONE);
        String a = JsonWriter.toReportJson(first), b = JsonWriter.toReportJson(second);
        assertThat(a).contains("\"seconds\"");
        assertThat(withoutSeconds(b)).isEqualTo(withoutSeconds(a));
        assertThat(withoutSeconds(JsonWriter.toJson(List.of(second))))
                .isEqualTo(withoutSeconds(JsonWriter.toJson(List.of(first))));
    }
}
